namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>
/// Something on the compounding record a checker must assess before signing: <see cref="Key"/> names it stably
/// ("line-2", "yield") so that a tick on the check form refers to exactly this flag.
/// </summary>
public sealed record BatchFlag(string Key, string Description)
{
    public const string YieldKey = "yield";

    public static string LineKey(int line) => $"line-{line}";
}
