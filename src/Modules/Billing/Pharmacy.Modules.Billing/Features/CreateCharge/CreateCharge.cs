using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Shared.Infrastructure;

namespace Pharmacy.Modules.Billing.Features.CreateCharge;

/// <summary>A fill was dispensed: charge it to the patient (cash) at the pricing agreement in force that day, or the list price.</summary>
public sealed record CreateCharge(DispensedFill Fill) : ICommand<ChargeCreatedResponse>
{
    public static CreateCharge From(FillDispensed message) => new(new DispensedFill(
        message.FillId, message.PrescriptionId, message.RxNumber, message.FormulaCode, message.Quantity, message.PrescriberId,
        message.PayerName, message.OccurredAt));
}

public sealed record ChargeCreatedResponse(Guid Id, bool AlreadyCharged);

internal sealed class CreateChargeHandler(BillingDbContext db, TimeProvider clock, PharmacyTimeZone zone) : ICommandHandler<CreateCharge, ChargeCreatedResponse>
{
    public async ValueTask<ChargeCreatedResponse> Handle(CreateCharge command, CancellationToken cancellationToken)
    {
        // Idempotent by fill: the same dispensing announced again (a new message id for the same fact) is not charged twice.
        var existing = await db.Charges.AsNoTracking()
            .Where(charge => charge.FillId == command.Fill.FillId)
            .Select(charge => (ChargeId?)charge.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return new ChargeCreatedResponse(id.Value, AlreadyCharged: true);
        }

        var dispensingDay = DateOnly.FromDateTime(zone.Local(command.Fill.DispensedAt).DateTime);
        var price = await db.PriceOnAsync(command.Fill.FormulaCode, command.Fill.PrescriberId, dispensingDay, cancellationToken);
        var charge = Charge.ForDispensedFill(command.Fill, price, clock.GetUtcNow());
        db.Charges.Add(charge);
        return new ChargeCreatedResponse(charge.Id.Value, AlreadyCharged: false);
    }
}
