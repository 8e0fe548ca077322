using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Prescriptions.Features.CheckRefill;

/// <summary>
/// Answers the portal before a clinic's refill request leaves, with the refill's own rules (<see cref="Prescription.RefusalOfRefill"/>)
/// at this moment; nothing is kept. A prescription of another organisation is as unknown as a made-up id.
/// </summary>
internal sealed class RefillCheck(PrescriptionsDbContext db, TimeProvider clock) : IRefillCheck
{
    public const string UnknownPrescription = "The pharmacy has no such prescription.";

    public async Task<string?> RefusalOfRefillAsync(Guid prescriptionId, CancellationToken cancellationToken)
    {
        try
        {
            var prescription = await db.FindPrescriptionAsync(prescriptionId, cancellationToken);
            return prescription.RefusalOfRefill(clock.GetUtcNow());
        }
        catch (NotFoundException)
        {
            return UnknownPrescription;
        }
    }
}
