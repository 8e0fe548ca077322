using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Quality.Signing;

internal static class DecisionSignatures
{
    /// <summary>The signature the pipeline verified for this command; none when the command was not signed.</summary>
    public static DecisionSignature? AsDecisionSignature(this SignatureScope scope) =>
        scope.Current is { } signed ? new DecisionSignature(signed.UserName, signed.Meaning, signed.SignedAt) : null;
}
