using System.Text;

namespace Pharmacy.Modules.Prescriptions.Persistence;

/// <summary>
/// The patient's names as the queue searches them: lower case, without spaces, hyphens, apostrophes and dots, so that
/// "o'brien", "OBrien" and "O Brien" find the same patient. The database computes the key from the name columns (one
/// expression that SQLite and SQL Server both read), and an index on the key answers a prefix search as a range seek;
/// <see cref="Of"/> normalises the search term the same way.
/// </summary>
internal static class PatientNameKeys
{
    public const string LastNameKey = "PatientLastNameKey";
    public const string FirstNameKey = "PatientFirstNameKey";
    public const int Length = 100;

    private static readonly char[] Ignored = [' ', '-', '\'', '.'];

    /// <summary>SQLite's lower() changes ASCII letters only, so the term is lowered the same way.</summary>
    public static string Of(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (Array.IndexOf(Ignored, c) < 0)
            {
                key.Append(char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c);
            }
        }

        return key.ToString();
    }

    /// <summary>The computed column's expression over a name column (plain identifiers: both providers read them).</summary>
    public static string ComputedFrom(string column)
    {
        var expression = column;
        foreach (var c in Ignored)
        {
            expression = $"replace({expression}, '{(c == '\'' ? "''" : c.ToString())}', '')";
        }

        return $"CAST(lower({expression}) AS nvarchar({Length}))";
    }

    /// <summary>
    /// The keys that start with <paramref name="prefix"/> are those from the prefix (inclusive) to its successor
    /// (exclusive): "smi" runs to "smj", "az" to "b". A prefix of only z's has no successor: every key from it on.
    /// The successor never ends in a character past 'z', so the range is the same under a linguistic SQL Server collation.
    /// </summary>
    public static (string From, string? Before) PrefixRange(string prefix)
    {
        var end = prefix.Length;
        while (end > 0 && prefix[end - 1] is 'z' or '9' or char.MaxValue)
        {
            end--;
        }

        return end == 0 ? (prefix, null) : (prefix, prefix[..(end - 1)] + (char)(prefix[end - 1] + 1));
    }
}
