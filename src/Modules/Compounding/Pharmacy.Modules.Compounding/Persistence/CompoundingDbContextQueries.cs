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

    /// <summary>The next batch number of the day the batch is planned on (B261129-001, -002 and so on).</summary>
    public static async Task<string> NextBatchNumberAsync(this CompoundingDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        var prefix = BatchNumbers.PrefixFor(day);
        var last = await db.Batches
            .Where(b => b.BatchNumber.StartsWith(prefix))
            .OrderByDescending(b => b.BatchNumber)
            .Select(b => b.BatchNumber)
            .FirstOrDefaultAsync(cancellationToken);
        return BatchNumbers.Next(day, last);
    }
}
