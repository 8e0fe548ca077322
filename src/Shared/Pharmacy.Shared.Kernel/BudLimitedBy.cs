namespace Pharmacy.Shared.Kernel;

/// <summary>
/// Which of the three limits set a batch's beyond-use date (USP &lt;795&gt;/&lt;797&gt;): always recorded, and shown to staff
/// in Compounding and in Quality in the same words.
/// </summary>
public enum BudLimitedBy
{
    [DisplayText("USP limit")]
    UspLimit,

    [DisplayText("Stability reference")]
    Stability,

    [DisplayText("Ingredient lot expiry")]
    IngredientExpiry,
}
