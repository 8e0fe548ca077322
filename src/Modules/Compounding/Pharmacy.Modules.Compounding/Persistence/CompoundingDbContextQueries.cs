using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Compounding.Persistence;

/// <summary>
/// Loading an aggregate with its owned lines. Split queries: one query joining several line collections would
/// multiply the rows (fills x ingredients x lots).
/// </summary>
internal static class CompoundingDbContextQueries
{
    public static async Task<Batch> FindBatchAsync(this CompoundingDbContext db, BatchId id, CancellationToken cancellationToken) =>
        await db.Batches.AsSplitQuery().SingleOrDefaultAsync(batch => batch.Id == id, cancellationToken)
        ?? throw new NotFoundException("Batch", id);

    /// <summary>The version of a formula that is compounded today, if the code has one.</summary>
    public static Task<Formula?> ApprovedFormulaAsync(this CompoundingDbContext db, string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return db.Formulas.AsSplitQuery().SingleOrDefaultAsync(f => f.Code == normalized && f.Status == FormulaStatus.Approved, cancellationToken);
    }

    public static async Task<Formula> FindFormulaAsync(this CompoundingDbContext db, string code, int version, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return await db.Formulas.AsSplitQuery().SingleOrDefaultAsync(f => f.Code == normalized && f.VersionNumber == version, cancellationToken)
               ?? throw new NotFoundException("Formula", $"{normalized} version {version}");
    }
}
