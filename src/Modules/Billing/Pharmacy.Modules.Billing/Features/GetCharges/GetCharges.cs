using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Billing.Features.GetCharges;

/// <summary>The charges queue, newest dispensing first: search by Rx number or payer, filter by status or by "needs pricing".</summary>
public sealed record GetCharges(
    string? Search, ChargeStatus? Status, bool NeedsPricingOnly = false, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<ChargeSummary>>;

public sealed record ChargeSummary(
    Guid Id, long RxNumber, string FormulaCode, decimal Quantity, string Unit, decimal Amount, decimal AmountPaid, string Currency,
    string PayerType, string PayerName, string Status, bool NeedsPricing, DateTimeOffset DispensedAt)
{
    public decimal Balance => Amount - AmountPaid;
}

internal sealed class GetChargesHandler(BillingDbContext db) : IQueryHandler<GetCharges, PagedResult<ChargeSummary>>
{
    public async ValueTask<PagedResult<ChargeSummary>> Handle(GetCharges query, CancellationToken cancellationToken)
    {
        var charges = db.Charges.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            if (long.TryParse(term.TrimStart('#'), out var rxNumber))
            {
                charges = charges.Where(charge => charge.RxNumber == rxNumber);
            }
            else
            {
                // LIKE ignores case on both providers; the user's wildcards are taken literally.
                var pattern = LikePattern.Containing(term);
                charges = charges.Where(charge => EF.Functions.Like(charge.PayerName, pattern, LikePattern.EscapeCharacter));
            }
        }

        if (query.Status is { } status)
        {
            charges = charges.Where(charge => charge.Status == status);
        }

        if (query.NeedsPricingOnly)
        {
            charges = charges.Where(charge => charge.NeedsPricing);
        }

        return await charges
            .OrderByDescending(charge => charge.DispensedAt)
            .Select(charge => new ChargeSummary(
                charge.Id.Value, charge.RxNumber, charge.FormulaCode, charge.Quantity, charge.Unit, charge.Amount, charge.AmountPaid,
                charge.Currency, charge.PayerType.ToString(), charge.PayerName, charge.Status.ToString(), charge.NeedsPricing, charge.DispensedAt))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}

internal static class GetChargesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/charges", (string? search, ChargeStatus? status, bool? needsPricing, int? page, int? pageSize, ISender sender,
                    CancellationToken cancellationToken) =>
                sender.Send(new GetCharges(search, status, needsPricing ?? false, page ?? 1, pageSize ?? PageRequest.DefaultPageSize), cancellationToken))
            .WithName(nameof(GetCharges))
            .WithSummary("List charges: search by Rx number or payer, filter by status, paging")
            .Produces<PagedResult<ChargeSummary>>();
}
