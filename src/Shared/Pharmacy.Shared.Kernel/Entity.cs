namespace Pharmacy.Shared.Kernel;

/// <summary>An object with an identity that lasts through its changes.</summary>
public abstract class Entity
{
    protected static void CheckRule(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }
    }
}
