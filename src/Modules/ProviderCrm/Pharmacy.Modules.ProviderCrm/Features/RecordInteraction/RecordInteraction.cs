using FluentValidation;
using Mediator;
using Pharmacy.Modules.ProviderCrm.Domain.Accounts;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.ProviderCrm.Features.RecordInteraction;

/// <summary>Records a call, visit, email or note with a provider or an organisation, and its outcome.</summary>
[Access(CrmAccess.Write)]
public sealed record RecordInteraction(string AccountKind, Guid AccountId, string Kind, DateOnly OccurredOn, string Summary, string? Outcome = null)
    : ICommand<InteractionRecordedResponse>;

public sealed record InteractionRecordedResponse(Guid Id);

internal sealed class RecordInteractionValidator : InputValidator<RecordInteraction>
{
    public RecordInteractionValidator(TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RuleFor(command => command.AccountKind).NotEmpty().IsEnumName(typeof(AccountKind), caseSensitive: false)
            .WithMessage("The account is a Provider or an Organisation.");
        RuleFor(command => command.AccountId).NotEmpty();
        RuleFor(command => command.Kind).NotEmpty().WithMessage("Choose a call, visit, email or note.")
            .IsEnumName(typeof(InteractionKind), caseSensitive: false).WithMessage("Choose a call, visit, email or note.");
        RuleFor(command => command.OccurredOn).NotEqual(default(DateOnly)).WithMessage("Enter the day it happened.")
            .InclusiveBetween(today.AddYears(-5), today.AddDays(1)).WithMessage("Enter a day within the last five years, not in the future.");
        RuleFor(command => command.Summary).NotEmpty().WithMessage("Say what was discussed.").MaximumLength(2000);
        RuleFor(command => command.Outcome).MaximumLength(500);
    }
}

internal sealed class RecordInteractionHandler(ProviderCrmDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordInteraction, InteractionRecordedResponse>
{
    public async ValueTask<InteractionRecordedResponse> Handle(RecordInteraction command, CancellationToken cancellationToken)
    {
        var kind = Enum.Parse<AccountKind>(command.AccountKind, ignoreCase: true);
        var interaction = Interaction.Record(
            kind, command.AccountId, await db.AccountExistsAsync(kind, command.AccountId, cancellationToken),
            Enum.Parse<InteractionKind>(command.Kind, ignoreCase: true), command.OccurredOn, command.Summary, command.Outcome, user.Name,
            clock.GetUtcNow());
        db.Interactions.Add(interaction);
        return new InteractionRecordedResponse(interaction.Id.Value);
    }
}
