using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class CertificateOfAnalysisMustBeOnFileToReleaseRule(string? certificate, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(certificate);

    public string Message => $"Lot {lotNumber} has no certificate of analysis on file; it cannot be released without one.";
}
