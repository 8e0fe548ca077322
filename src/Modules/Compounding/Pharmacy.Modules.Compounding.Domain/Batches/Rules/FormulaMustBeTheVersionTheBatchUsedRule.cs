using System.Globalization;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

public sealed class FormulaMustBeTheVersionTheBatchUsedRule(string formulaCode, int formulaVersion, Formula formula) : IBusinessRule
{
    public bool IsBroken() => formula.Code != formulaCode || formula.VersionNumber != formulaVersion;

    public string Message => $"This batch was made from {formulaCode} version {formulaVersion}, not {formula.Code} version {formula.VersionNumber}.";
}
