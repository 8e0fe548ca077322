namespace Pharmacy.Modules.Inventory.Features;

internal static class SearchPatterns
{
    public const string EscapeCharacter = "\\";

    /// <summary>A search term taken literally in a LIKE pattern: its %, _ and [ match themselves.</summary>
    public static string Escape(string term) =>
        term.Replace(EscapeCharacter, EscapeCharacter + EscapeCharacter, StringComparison.Ordinal)
            .Replace("%", EscapeCharacter + "%", StringComparison.Ordinal)
            .Replace("_", EscapeCharacter + "_", StringComparison.Ordinal)
            .Replace("[", EscapeCharacter + "[", StringComparison.Ordinal);
}
