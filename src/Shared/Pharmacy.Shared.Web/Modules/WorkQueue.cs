using System.Security.Claims;
using Mediator;

namespace Pharmacy.Shared.Web.Modules;

/// <summary>
/// A queue of work that people of some roles do (prescriptions to verify, batches to check, clinic messages to read),
/// shown on their home page with how many records wait in it. <see cref="Count"/> asks the module through its own query,
/// so the number is the one its page shows.
/// </summary>
public sealed record WorkQueue(
    string Title, string Path, int Order, IReadOnlyList<string> Roles, Func<ISender, CancellationToken, ValueTask<int>> Count, string Hint);

/// <summary>Every work queue of the enabled modules, in order.</summary>
public sealed class WorkQueueRegistry(IEnumerable<WorkQueue> queues)
{
    private readonly IReadOnlyList<WorkQueue> _queues = queues.OrderBy(queue => queue.Order).ToList();

    /// <summary>The queues a person with these roles works; none for a role that has no queue.</summary>
    public IReadOnlyList<WorkQueue> For(ClaimsPrincipal user) => _queues.Where(queue => queue.Roles.Any(user.IsInRole)).ToList();
}
