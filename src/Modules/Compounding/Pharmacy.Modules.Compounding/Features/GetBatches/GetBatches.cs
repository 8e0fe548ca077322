using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Compounding.Features.GetBatches;

/// <summary>The batch queue: filter by status, search by batch number or formula, newest first.</summary>
public sealed record GetBatches(string? Search, BatchStatus? Status, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<BatchSummary>>;

public sealed record BatchSummary(
    Guid Id, string BatchNumber, string FormulaCode, string FormulaName, int FormulaVersion, bool NoApprovedFormula, decimal Quantity,
    string Unit, string Status, int FillCount, DateTimeOffset PlannedAt, DateTimeOffset? BeyondUseDate, string? BudLimitedBy, bool ForStock = false);

internal sealed partial class GetBatchesHandler(CompoundingDbContext db) : IQueryHandler<GetBatches, PagedResult<BatchSummary>>
{
    public async ValueTask<PagedResult<BatchSummary>> Handle(GetBatches query, CancellationToken cancellationToken)
    {
        var batches = db.Batches.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            batches = batches.Where(await SearchAsync(query.Search.Trim(), cancellationToken));
        }

        if (query.Status is { } status)
        {
            batches = batches.Where(b => b.Status == status);
        }

        return await batches
            .OrderByDescending(b => b.PlannedAt).ThenByDescending(b => b.BatchNumber)
            .Select(b => new BatchSummary(
                b.Id.Value, b.BatchNumber, b.FormulaCode, b.FormulaName, b.FormulaVersion, b.NoApprovedFormula, b.Quantity, b.Unit,
                b.Status.ToString(), b.Fills.Count, b.PlannedAt, b.BeyondUseDate, b.BudLimitedBy == null ? null : b.BudLimitedBy.ToString(), b.ForStock))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }

    [GeneratedRegex("^B[0-9]{1,6}(-[0-9]{0,3})?$")]
    private static partial Regex BatchNumberStart();

    /// <summary>
    /// The start of a batch number ("B261129", "B261129-004"), as a range of the unique index on it; and the formulas
    /// whose code starts with the term or whose name holds it, matched in the small formula table and then sought by code.
    /// </summary>
    private async Task<Expression<Func<Batch, bool>>> SearchAsync(string term, CancellationToken cancellationToken)
    {
        var upper = term.ToUpperInvariant();
        var formulas = (await db.Formulas.AsNoTracking().Select(f => new { f.Code, f.Name }).ToListAsync(cancellationToken))
            .Where(f => f.Code.StartsWith(upper, StringComparison.Ordinal) || f.Name.Contains(term, StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Code)
            .Distinct()
            .ToList();
        if (!BatchNumberStart().IsMatch(upper))
        {
            return b => formulas.Contains(b.FormulaCode);
        }

        // A day's numbers all continue with "-": without it the range is the same, and no collation has to order a hyphen.
        // The successor carries past 9 ("B2609" runs to "B261"), so it is a digit or a letter under any collation.
        var from = upper.TrimEnd('-');
        var kept = from.TrimEnd('9');
        var before = kept[..^1] + (char)(kept[^1] + 1);
        return b => (string.Compare(b.BatchNumber, from) >= 0 && string.Compare(b.BatchNumber, before) < 0) || formulas.Contains(b.FormulaCode);
    }
}

internal static class GetBatchesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/batches", (string? search, BatchStatus? status, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetBatches(search, status, page ?? 1, pageSize ?? PageRequest.DefaultPageSize), cancellationToken))
            .WithName(nameof(GetBatches))
            .WithSummary("List batches (compounding records), with status filter, search and paging")
            .Produces<PagedResult<BatchSummary>>();
}
