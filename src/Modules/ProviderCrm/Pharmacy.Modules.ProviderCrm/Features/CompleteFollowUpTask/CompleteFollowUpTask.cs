using Mediator;
using Pharmacy.Modules.ProviderCrm.Domain.Accounts;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.ProviderCrm.Features.CompleteFollowUpTask;

/// <summary>Marks a follow-up task done, by whom and when.</summary>
[Access(CrmAccess.Write)]
public sealed record CompleteFollowUpTask(Guid TaskId) : ICommand;

internal sealed class CompleteFollowUpTaskHandler(ProviderCrmDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CompleteFollowUpTask>
{
    public async ValueTask<Unit> Handle(CompleteFollowUpTask command, CancellationToken cancellationToken)
    {
        var task = await db.FindFollowUpTaskAsync(FollowUpTaskId.From(command.TaskId), cancellationToken);
        task.Complete(user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}
