using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

/// <summary>One version of a master formulation record (a code has one id per version).</summary>
public readonly record struct FormulaId(Guid Value) : ITypedId<FormulaId>
{
    public static FormulaId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}
