using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

public sealed class SterilePreparationMustNameItsSterilizationMethodRule(PreparationType preparation, SterilizationMethod? method) : IBusinessRule
{
    public bool IsBroken() => preparation != PreparationType.NonSterile && method is null;

    public string Message => "A sterile preparation must say how it is made sterile: aseptically or terminally sterilized.";
}
