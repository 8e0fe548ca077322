using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>An out-of-specification result is investigated under a pharmacist's responsibility; quality assurance alone may not close it.</summary>
public sealed class QcInvestigationMustBeSignedByAPharmacistRule(DecisionSignature? signature, bool signedByPharmacist) : IBusinessRule
{
    public bool IsBroken() => signature is null || string.IsNullOrWhiteSpace(signature.SignedBy) || string.IsNullOrWhiteSpace(signature.Meaning)
                              || !signedByPharmacist;

    public string Message => !signedByPharmacist
        ? "The investigation of a failed QC result is documented and signed by a pharmacist: ask a pharmacist to sign it with their password."
        : "Documenting the investigation needs your electronic signature: your password and the meaning of your signature.";
}
