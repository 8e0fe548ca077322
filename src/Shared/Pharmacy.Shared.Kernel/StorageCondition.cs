namespace Pharmacy.Shared.Kernel;

/// <summary>
/// Where a preparation or an ingredient is kept, in the USP &lt;797&gt; temperature ranges. Compounding dates batches by
/// it, Inventory shelves items by it, labels tell patients about it: one set of words for all of them.
/// </summary>
public enum StorageCondition
{
    [DisplayText("Room temperature (20–25 °C)")]
    Room,

    [DisplayText("Refrigerator (2–8 °C)")]
    Refrigerator,

    [DisplayText("Freezer (−25 to −10 °C)")]
    Freezer,
}

public static class StorageConditions
{
    /// <summary>What the patient's label tells them to do.</summary>
    public static string LabelInstruction(StorageCondition storage) => storage switch
    {
        StorageCondition.Refrigerator => "keep refrigerated, 2-8 °C. Do not freeze.",
        StorageCondition.Freezer => "keep frozen, -25 to -10 °C.",
        _ => "store at room temperature, 20-25 °C.",
    };
}
