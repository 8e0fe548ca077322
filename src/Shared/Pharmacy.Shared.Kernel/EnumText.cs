using System.Collections.Concurrent;
using System.Reflection;

namespace Pharmacy.Shared.Kernel;

/// <summary>
/// The words people read for one value of an enum, written once on the value itself:
/// <c>[DisplayText("Room temperature (20–25 °C)")] Room</c>. Values without it read as their name in words.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class DisplayTextAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}

/// <summary>
/// The one way every page, message and history shows an enum value: its <see cref="DisplayTextAttribute"/>, or else its
/// name in words ("ReadyToDispense" reads "Ready to dispense"; "MD" and "CII" stay as they are).
/// </summary>
public static class EnumText
{
    private static readonly ConcurrentDictionary<Enum, string> Texts = new();

    public static string Of(Enum value) => Texts.GetOrAdd(value, static value =>
        value.GetType().GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<DisplayTextAttribute>()?.Text
        ?? Words(value.ToString()));

    /// <summary>The text of a value sent by its name (as read models and messages carry it); "—" for none.</summary>
    public static string Of<TEnum>(string? name)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(name) ? "—" : Enum.TryParse<TEnum>(name, ignoreCase: false, out var value) ? Of(value) : Words(name);

    /// <summary>The text as it reads inside a sentence: "the prescription is ready to dispense". Abbreviations keep their capitals.</summary>
    public static string InSentence(Enum value) => LowerFirst(Of(value));

    /// <summary>The text of a value sent by its name, as it reads inside a sentence.</summary>
    public static string InSentence<TEnum>(string? name)
        where TEnum : struct, Enum => LowerFirst(Of<TEnum>(name));

    /// <summary>"ReadyToDispense" reads "Ready to dispense"; a name in capitals ("MD", "CII") is kept.</summary>
    public static string Words(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return name;
        }

        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || (char.IsUpper(name[i]) && char.IsLower(name[i - 1])))
            {
                words.Add(name[start..i]);
                start = i;
            }
        }

        return string.Join(' ', words.Select((word, i) => i == 0 || word.All(char.IsUpper) ? word : word.ToLowerInvariant()));
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
