using Mediator;
using Pharmacy.Shared.Infrastructure.Pipeline;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Shared.Infrastructure.Tests;

/// <summary>One access rule per act, found by name: the pipeline refuses the wrong people, and a rule nobody declares is an error.</summary>
public sealed class AccessRulesTests
{
    private const string Pharmacist = "Pharmacist";
    private const string Technician = "Technician";

    private static readonly AccessRule SignRule = new(SignNote.Rule, null, [Pharmacist]);

    [Fact]
    public async Task A_person_outside_the_rules_roles_is_refused_the_act_and_nothing_runs()
    {
        var ran = false;

        await Assert.ThrowsAsync<ForbiddenActException>(() => SendAsync(new SignNote(), new Person(Technician), () => ran = true));

        Assert.False(ran);
    }

    [Fact]
    public async Task A_person_in_the_rules_roles_and_the_system_itself_pass()
    {
        var runs = 0;

        await SendAsync(new SignNote(), new Person(Pharmacist), () => runs++);
        await SendAsync(new SignNote(), SystemUser.Instance, () => runs++);
        await SendAsync(new FileNote(), new Person(Technician), () => runs++);

        Assert.Equal(3, runs);
    }

    [Fact]
    public async Task An_act_naming_a_rule_nobody_declares_fails_in_the_pipeline_even_for_the_system()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SendAsync(new DiscardNote(), SystemUser.Instance, () => { }));

        Assert.Contains(nameof(DiscardNote), refused.Message, StringComparison.Ordinal);
        Assert.Contains(DiscardNote.Rule, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_up_stops_when_an_act_names_a_rule_nobody_declares()
    {
        var rules = new AccessRules([SignRule]);

        var refused = Assert.Throws<InvalidOperationException>(() => rules.EnsureEveryActFindsItsRule([typeof(AccessRulesTests).Assembly]));
        new AccessRules([SignRule, new AccessRule(DiscardNote.Rule, null, [Pharmacist])]).EnsureEveryActFindsItsRule([typeof(AccessRulesTests).Assembly]);

        Assert.Contains(typeof(DiscardNote).FullName!, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(SignNote), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_different_rules_under_one_name_are_refused()
    {
        var twin = new AccessRule(SignNote.Rule, "notes:write", [Pharmacist, Technician]);

        Assert.Throws<InvalidOperationException>(() => new AccessRules([SignRule, twin]));
        Assert.Same(SignRule, new AccessRules([SignRule, SignRule]).Of<SignNote>());
    }

    private static async Task SendAsync<TCommand>(TCommand command, ICurrentUser user, Action handler)
        where TCommand : ICommand
    {
        var behavior = new AuthorizationBehavior<TCommand, Unit>(user, new AccessRules([SignRule]));
        await behavior.Handle(command, (_, _) =>
        {
            handler();
            return ValueTask.FromResult(Unit.Value);
        }, CancellationToken.None);
    }

    [Access(Rule)]
    private sealed record SignNote : ICommand
    {
        public const string Rule = "notes.sign";
    }

    [Access(Rule)]
    private sealed record DiscardNote : ICommand
    {
        public const string Rule = "notes.discard";
    }

    /// <summary>Work of the system: names no rule.</summary>
    private sealed record FileNote : ICommand;

    private sealed class Person(params string[] roles) : ICurrentUser
    {
        public string Id => "person-1";

        public string Name => "A person";

        public bool IsPerson => true;

        public bool IsApiClient => false;

        public bool IsInRole(string role) => roles.Contains(role);
    }
}
