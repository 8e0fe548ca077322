using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Quality.Persistence;

internal static class QualityDbContextQueries
{
    public static async Task<ReleaseTask> FindReleaseTaskAsync(this QualityDbContext db, ReleaseTaskId id, CancellationToken cancellationToken) =>
        await db.ReleaseTasks.SingleOrDefaultAsync(task => task.Id == id, cancellationToken)
        ?? throw new NotFoundException("Release task", id);
}
