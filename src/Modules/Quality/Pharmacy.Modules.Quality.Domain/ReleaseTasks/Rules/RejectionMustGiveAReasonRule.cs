using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

public sealed class RejectionMustGiveAReasonRule(string? reason) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => "Give the reason for rejecting the batch.";
}
