using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Billing.Features.GetCharge;

public sealed record GetCharge(Guid ChargeId) : IQuery<ChargeDetails>;

public sealed record ChargeDetails(
    Guid Id, Guid FillId, Guid PrescriptionId, long RxNumber, string FormulaCode, decimal Quantity, string Unit, decimal UnitPrice,
    decimal Amount, decimal AmountPaid, string Currency, string PayerType, string PayerName, string Status, bool NeedsPricing,
    DateTimeOffset DispensedAt, DateTimeOffset CreatedAt, DateTimeOffset? PaidAt, IReadOnlyList<PaymentDetails> Payments,
    IReadOnlyList<HistoryEntry> History)
{
    public decimal Balance => Amount - AmountPaid;

    public bool CanTakePayment => !NeedsPricing && Status != nameof(ChargeStatus.Paid);
}

public sealed record PaymentDetails(Guid Id, decimal Amount, string Currency, string Method, string ReceivedBy, DateTimeOffset ReceivedAt);

internal sealed class GetChargeHandler(BillingDbContext db, PharmacyTimeZone zone) : IQueryHandler<GetCharge, ChargeDetails>
{
    public async ValueTask<ChargeDetails> Handle(GetCharge query, CancellationToken cancellationToken)
    {
        var id = ChargeId.From(query.ChargeId);
        var charge = await db.Charges.AsNoTracking().Include(c => c.Payments).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                     ?? throw new NotFoundException("Charge", query.ChargeId);
        var history = await RecordHistory.ReadAsync(db, zone, nameof(Charge), id.Value, cancellationToken);
        return new ChargeDetails(
            charge.Id.Value, charge.FillId, charge.PrescriptionId, charge.RxNumber, charge.FormulaCode, charge.Quantity, charge.Unit,
            charge.UnitPrice.Amount, charge.Amount.Amount, charge.AmountPaid.Amount, charge.Currency, charge.PayerType.ToString(), charge.PayerName,
            charge.Status.ToString(), charge.NeedsPricing, charge.DispensedAt, charge.CreatedAt, charge.PaidAt,
            [.. charge.Payments.OrderBy(p => p.ReceivedAt).Select(p => new PaymentDetails(
                p.Id.Value, p.Amount.Amount, p.Amount.Currency, p.Method.ToString(), p.ReceivedBy, p.ReceivedAt))],
            history);
    }
}

internal static class GetChargeEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/charges/{id:guid}", (Guid id, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetCharge(id), cancellationToken))
            .WithName(nameof(GetCharge))
            .WithSummary("One charge with its payments and history")
            .Produces<ChargeDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
