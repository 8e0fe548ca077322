using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Features.GetShippingSlip;

/// <summary>What the shipping slip packed with a shipped fill prints.</summary>
public sealed record GetShippingSlip(Guid PrescriptionId, Guid FillId) : IQuery<ShippingSlip>;

public sealed record ShippingSlip(
    string PharmacyName, string? PharmacyAddress, string? PharmacyPhone,
    string FillStatus, string PatientName, ShippingSlipAddress? ShipTo,
    long RxNumber, int FillNumber, string FormulaCode, string? FormulaName, decimal Quantity, string? Unit,
    string? Storage, bool ColdChain, string? Carrier, string? TrackingNumber, DateTimeOffset? ShippedAt)
{
    /// <summary>A slip is printed for a fill that has shipped: before that it has no address, carrier or tracking number.</summary>
    public bool IsPrintable => FillStatus == nameof(Domain.Prescriptions.FillStatus.Shipped);

    /// <summary>The storage instruction in words; "Keep refrigerated" (or frozen) on the slip of a fill that travels in the cold chain.</summary>
    public string? StorageInstruction => Storage is null
        ? null
        : Enum.TryParse<StorageCondition>(Storage, out var storage) ? StorageConditions.LabelInstruction(storage) : Storage;
}

public sealed record ShippingSlipAddress(string Line1, string? Line2, string City, string State, string Zip);

internal sealed class GetShippingSlipHandler(PrescriptionsDbContext db, IOptions<PharmacyProfile> pharmacy) : IQueryHandler<GetShippingSlip, ShippingSlip>
{
    public async ValueTask<ShippingSlip> Handle(GetShippingSlip query, CancellationToken cancellationToken)
    {
        var id = PrescriptionId.From(query.PrescriptionId);
        var prescription = await db.Prescriptions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                           ?? throw new NotFoundException("Prescription", query.PrescriptionId);
        var fill = prescription.FindFill(FillId.From(query.FillId)) ?? throw new NotFoundException("Fill", query.FillId);
        var formula = await db.Formulas.AsNoTracking().SingleOrDefaultAsync(f => f.Code == prescription.FormulaCode, cancellationToken);
        var profile = pharmacy.Value;
        return new ShippingSlip(
            profile.Name, profile.Address, profile.Phone,
            fill.Status.ToString(), prescription.PatientName,
            fill.ShipTo is { } a ? new ShippingSlipAddress(a.Line1, a.Line2, a.City, a.State, a.Zip) : null,
            prescription.RxNumber, fill.Number, prescription.FormulaCode, formula?.Name, fill.Quantity, formula?.Unit.Symbol,
            fill.Storage ?? formula?.Storage, fill.NeedsColdChain, fill.Carrier, fill.TrackingNumber, fill.DispensedAt);
    }
}
