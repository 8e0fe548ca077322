namespace Pharmacy.Shared.Kernel;

/// <summary>An invariant of the business, named after what it protects.</summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Message { get; }
}

/// <summary>Thrown when a command would break a business rule; the API answers 422 with the rule's message.</summary>
public sealed class BusinessRuleValidationException(IBusinessRule brokenRule) : Exception(brokenRule.Message)
{
    public IBusinessRule BrokenRule { get; } = brokenRule;

    /// <summary>The rule's type name, so that tests and clients can tell which rule broke.</summary>
    public string RuleName => BrokenRule.GetType().Name;
}
