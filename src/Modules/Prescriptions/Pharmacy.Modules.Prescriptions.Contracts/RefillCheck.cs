namespace Pharmacy.Modules.Prescriptions.Contracts;

/// <summary>
/// Asked by the portal before a clinic's refill request leaves: whether the prescription has a refill to give now. The
/// answer is null when it has, or the reason it has not in words a clinic understands (no refills left, expired, too
/// soon until a day). Prescriptions applies the same rules again when the request arrives.
/// </summary>
public interface IRefillCheck
{
    Task<string?> RefusalOfRefillAsync(Guid prescriptionId, CancellationToken cancellationToken);
}
