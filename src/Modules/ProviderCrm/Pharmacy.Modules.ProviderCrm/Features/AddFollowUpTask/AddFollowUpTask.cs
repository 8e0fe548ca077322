using FluentValidation;
using Mediator;
using Pharmacy.Modules.ProviderCrm.Domain.Accounts;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.ProviderCrm.Features.AddFollowUpTask;

/// <summary>Adds a follow-up task for a provider or an organisation, due on a day, for someone (the person adding it when none is named).</summary>
[Access(CrmAccess.Write)]
public sealed record AddFollowUpTask(string AccountKind, Guid AccountId, string Title, DateOnly DueOn, string? AssignedTo = null)
    : ICommand<FollowUpTaskAddedResponse>;

public sealed record FollowUpTaskAddedResponse(Guid Id);

internal sealed class AddFollowUpTaskValidator : InputValidator<AddFollowUpTask>
{
    public AddFollowUpTaskValidator(TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RuleFor(command => command.AccountKind).NotEmpty().IsEnumName(typeof(AccountKind), caseSensitive: false)
            .WithMessage("The account is a Provider or an Organisation.");
        RuleFor(command => command.AccountId).NotEmpty();
        RuleFor(command => command.Title).NotEmpty().WithMessage("Say what is to be done.").MaximumLength(300);
        RuleFor(command => command.DueOn).NotEqual(default(DateOnly)).WithMessage("Enter the day it is due.")
            .InclusiveBetween(today.AddYears(-1), today.AddYears(3)).WithMessage("Enter a due day within the next three years.");
        RuleFor(command => command.AssignedTo).MaximumLength(200);
    }
}

internal sealed class AddFollowUpTaskHandler(ProviderCrmDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AddFollowUpTask, FollowUpTaskAddedResponse>
{
    public async ValueTask<FollowUpTaskAddedResponse> Handle(AddFollowUpTask command, CancellationToken cancellationToken)
    {
        var kind = Enum.Parse<AccountKind>(command.AccountKind, ignoreCase: true);
        var task = FollowUpTask.Add(
            kind, command.AccountId, await db.AccountExistsAsync(kind, command.AccountId, cancellationToken), command.Title, command.DueOn,
            string.IsNullOrWhiteSpace(command.AssignedTo) ? user.Name : command.AssignedTo, user.Name, clock.GetUtcNow());
        db.FollowUpTasks.Add(task);
        return new FollowUpTaskAddedResponse(task.Id.Value);
    }
}
