using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Compounding.Features.GetBatches;

/// <summary>The batch queue: filter by status, search by batch number or formula, newest first.</summary>
public sealed record GetBatches(string? Search, BatchStatus? Status, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<BatchSummary>>;

public sealed record BatchSummary(
    Guid Id, string BatchNumber, string FormulaCode, string FormulaName, int FormulaVersion, bool NoApprovedFormula, decimal Quantity,
    string Unit, string Status, int FillCount, DateTimeOffset PlannedAt, DateTimeOffset? BeyondUseDate, string? BudLimitedBy);

internal sealed class GetBatchesHandler(CompoundingDbContext db) : IQueryHandler<GetBatches, PagedResult<BatchSummary>>
{
    public async ValueTask<PagedResult<BatchSummary>> Handle(GetBatches query, CancellationToken cancellationToken)
    {
        var paging = new PageRequest(query.Page, query.PageSize);
        var batches = db.Batches.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{query.Search.Trim()}%";
            batches = batches.Where(b =>
                EF.Functions.Like(b.BatchNumber, pattern) || EF.Functions.Like(b.FormulaCode, pattern) || EF.Functions.Like(b.FormulaName, pattern));
        }

        if (query.Status is { } status)
        {
            batches = batches.Where(b => b.Status == status);
        }

        var total = await batches.CountAsync(cancellationToken);
        var items = await batches
            .OrderByDescending(b => b.PlannedAt).ThenByDescending(b => b.BatchNumber)
            .Skip(paging.Skip).Take(paging.SafePageSize)
            .Select(b => new BatchSummary(
                b.Id.Value, b.BatchNumber, b.FormulaCode, b.FormulaName, b.FormulaVersion, b.NoApprovedFormula, b.Quantity, b.Unit,
                b.Status.ToString(), b.Fills.Count, b.PlannedAt, b.BeyondUseDate, b.BudLimitedBy == null ? null : b.BudLimitedBy.ToString()))
            .ToListAsync(cancellationToken);
        return new PagedResult<BatchSummary>(items, paging.SafePage, paging.SafePageSize, total);
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
