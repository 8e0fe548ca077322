using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

public sealed class DecisionMustBeSignedRule(DecisionSignature? signature, string act) : IBusinessRule
{
    public bool IsBroken() => signature is null || string.IsNullOrWhiteSpace(signature.SignedBy) || string.IsNullOrWhiteSpace(signature.Meaning);

    public string Message => $"{act} a batch needs your electronic signature: your password and the meaning of your signature.";
}
