using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>Counselling is offered at every pickup; the answer, accepted or declined, is recorded.</summary>
public sealed class PickupNeedsACounsellingAnswerRule(CounsellingAnswer? answer) : IBusinessRule
{
    public bool IsBroken() => answer is null;

    public string Message => "Record whether counselling was accepted or declined: it is offered to whoever collects the fill.";
}
