using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

public sealed class QcResultMustSayPassOrFailRule(string checkName, QcOutcome? outcome) : IBusinessRule
{
    public bool IsBroken() => outcome is null;

    public string Message => $"Say whether the {checkName} result passes or fails.";
}
