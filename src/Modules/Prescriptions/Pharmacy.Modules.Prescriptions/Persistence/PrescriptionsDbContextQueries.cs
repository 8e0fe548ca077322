using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Prescriptions.Persistence;

internal static class PrescriptionsDbContextQueries
{
    public static async Task<Prescription> FindPrescriptionAsync(this PrescriptionsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var prescriptionId = PrescriptionId.From(id);
        return await db.Prescriptions.SingleOrDefaultAsync(prescription => prescription.Id == prescriptionId, cancellationToken)
               ?? throw new NotFoundException("Prescription", id);
    }

    /// <summary>The prescription and one of its fills; a fill id of another prescription is as unknown as a made-up one.</summary>
    public static async Task<(Prescription Prescription, Fill Fill)> FindFillAsync(
        this PrescriptionsDbContext db, Guid prescriptionId, Guid fillId, CancellationToken cancellationToken)
    {
        var prescription = await db.FindPrescriptionAsync(prescriptionId, cancellationToken);
        var fill = prescription.FindFill(FillId.From(fillId)) ?? throw new NotFoundException("Fill", fillId);
        return (prescription, fill);
    }

    /// <summary>The prescriptions that own any of these fills (a batch may serve fills of many prescriptions).</summary>
    public static Task<List<Prescription>> WithFillsAsync(this PrescriptionsDbContext db, IEnumerable<Guid> fillIds, CancellationToken cancellationToken)
    {
        var ids = fillIds.Select(FillId.From).Distinct().ToList();
        return db.Prescriptions.Where(prescription => prescription.Fills.Any(fill => ids.Contains(fill.Id))).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// What intake's rules read about a prescription before it is received: the prescriber by NPI, their licences and
    /// registrations, and the formula by its code (as sent, trimmed and upper-cased). Intake and the senders' pre-check
    /// read the same, so the pre-check's answer is intake's answer.
    /// </summary>
    public static async Task<(Prescriber? Prescriber, PrescribingAuthority Authority, string FormulaCode, OrderableFormula? Formula)> IntakeFactsAsync(
        this PrescriptionsDbContext db, string prescriberNpi, string formulaCode, CancellationToken cancellationToken)
    {
        var prescriber = await db.Prescribers.AsNoTracking().SingleOrDefaultAsync(p => p.Npi == prescriberNpi, cancellationToken);
        var authority = await db.PrescribingAuthorityOfAsync(prescriber?.ProviderId, cancellationToken);
        var code = formulaCode.Trim().ToUpperInvariant();
        var formula = await db.Formulas.AsNoTracking().SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        return (prescriber, authority, code, formula);
    }

    /// <summary>The formulas a new prescription may name: an approved version, not withdrawn.</summary>
    public static IQueryable<OrderableFormula> OrderableFormulas(this PrescriptionsDbContext db) =>
        db.Formulas.AsNoTracking().Where(formula => formula.WithdrawnAt == null);

    /// <summary>The prescriber's licences and DEA registrations as this module knows them; none for an unknown prescriber.</summary>
    public static async Task<PrescribingAuthority> PrescribingAuthorityOfAsync(
        this PrescriptionsDbContext db, Guid? providerId, CancellationToken cancellationToken)
    {
        if (providerId is not { } id)
        {
            return PrescribingAuthority.None;
        }

        var licences = await db.PrescriberLicences.AsNoTracking().Where(licence => licence.ProviderId == id).ToListAsync(cancellationToken);
        var registrations = await db.PrescriberDeaRegistrations.AsNoTracking().Where(dea => dea.ProviderId == id).ToListAsync(cancellationToken);
        return new PrescribingAuthority(licences, registrations);
    }
}

internal static class PatientQueries
{
    public static async Task<Patient> FindPatientAsync(this PrescriptionsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var patientId = PatientId.From(id);
        return await db.Patients.SingleOrDefaultAsync(patient => patient.Id == patientId, cancellationToken)
               ?? throw new NotFoundException("Patient", id);
    }

    /// <summary>
    /// The records born on that day whose names may be the patient's (the exact, case-blind comparison is the domain's:
    /// <see cref="PatientIntake"/>): the date of birth index narrows them to a handful.
    /// </summary>
    public static Task<List<Patient>> PatientsBornOnAsync(this PrescriptionsDbContext db, DateOnly dateOfBirth, CancellationToken cancellationToken) =>
        db.Patients.Where(patient => patient.DateOfBirth == dateOfBirth && patient.MergedInto == null).ToListAsync(cancellationToken);
}
