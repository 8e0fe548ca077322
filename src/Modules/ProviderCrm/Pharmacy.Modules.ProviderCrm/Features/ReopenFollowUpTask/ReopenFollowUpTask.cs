using Mediator;
using Pharmacy.Modules.ProviderCrm.Domain.Accounts;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.ProviderCrm.Features.ReopenFollowUpTask;

/// <summary>Undoes a task marked done by mistake: it is open again (the audit trail keeps both changes).</summary>
[Access(CrmAccess.Write)]
public sealed record ReopenFollowUpTask(Guid TaskId) : ICommand;

internal sealed class ReopenFollowUpTaskHandler(ProviderCrmDbContext db) : ICommandHandler<ReopenFollowUpTask>
{
    public async ValueTask<Unit> Handle(ReopenFollowUpTask command, CancellationToken cancellationToken)
    {
        var task = await db.FindFollowUpTaskAsync(FollowUpTaskId.From(command.TaskId), cancellationToken);
        task.Reopen();
        return Unit.Value;
    }
}
