using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

public sealed class WithdrawingAFormulaNeedsAReasonRule(string? reason) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => "Say why the formula is withdrawn (for example: the stability data no longer supports it); the reason is kept in its record.";
}
