using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

public sealed class InsuranceBinMustBeSixDigitsRule(string? bin) : IBusinessRule
{
    public bool IsBroken() => bin is not { Length: 6 } || !bin.All(char.IsAsciiDigit);

    public string Message => $"'{bin}' is not a BIN: the bank identification number on the insurance card is 6 digits (RxBIN).";
}
