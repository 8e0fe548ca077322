using Mediator;
using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Prescriptions.Features.GetFillLabel;

/// <summary>What the prescription label of one fill prints.</summary>
public sealed record GetFillLabel(Guid PrescriptionId, Guid FillId) : IQuery<FillLabel>;

public sealed record FillLabel(
    string PharmacyName, string? PharmacyAddress, string? PharmacyPhone,
    long RxNumber, int FillNumber, string FillStatus, string PatientName, DateOnly PatientDateOfBirth,
    string Directions, string FormulaCode, string? FormulaName, decimal Quantity, string? Unit,
    string PrescriberName, int RefillsRemaining, DateOnly ExpiresOn,
    string? BatchNumber, DateTimeOffset? BeyondUseDate, string? Storage, DateOnly FilledOn,
    string? VerifiedBy, IReadOnlyList<string> Warnings)
{
    /// <summary>What the barcode on the label holds: the Rx number and the fill, as the counter's scanner looks it up.</summary>
    public string BarcodeText => $"{RxNumber}-{FillNumber}";

    /// <summary>A label is printed once the batch is released; before that it would carry no lot and no use-by date.</summary>
    public bool IsPrintable => FillStatus is nameof(Domain.Prescriptions.FillStatus.ReadyToDispense)
        or nameof(Domain.Prescriptions.FillStatus.Dispensed) or nameof(Domain.Prescriptions.FillStatus.Shipped);
}

internal sealed class GetFillLabelHandler(PrescriptionsDbContext db, IOptions<PharmacyProfile> pharmacy, TimeProvider clock) : IQueryHandler<GetFillLabel, FillLabel>
{
    public async ValueTask<FillLabel> Handle(GetFillLabel query, CancellationToken cancellationToken)
    {
        var id = PrescriptionId.From(query.PrescriptionId);
        var prescription = await db.Prescriptions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                           ?? throw new NotFoundException("Prescription", query.PrescriptionId);
        var fill = prescription.FindFill(FillId.From(query.FillId)) ?? throw new NotFoundException("Fill", query.FillId);
        var formula = await db.Formulas.AsNoTracking().SingleOrDefaultAsync(f => f.Code == prescription.FormulaCode, cancellationToken);
        var profile = pharmacy.Value;
        return new FillLabel(
            profile.Name, profile.Address, profile.Phone,
            prescription.RxNumber, fill.Number, fill.Status.ToString(), prescription.PatientName, prescription.Patient.DateOfBirth,
            prescription.Directions, prescription.FormulaCode, formula?.Name, fill.Quantity, formula?.Unit.Symbol,
            prescription.PrescriberName, prescription.RefillsRemaining, prescription.ExpiresOn,
            fill.BatchNumber, fill.BeyondUseDate, fill.Storage ?? formula?.Storage,
            // A label printed before hand-out carries today's date, the day the fill is bagged.
            DateOnly.FromDateTime((fill.DispensedAt ?? clock.GetUtcNow()).UtcDateTime),
            prescription.VerifiedBy,
            formula is null ? [] : LabelWarnings.For(formula.DosageForm, formula.ControlledSchedule));
    }
}
