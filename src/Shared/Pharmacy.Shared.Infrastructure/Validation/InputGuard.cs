using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using FluentValidation.Results;

namespace Pharmacy.Shared.Infrastructure.Validation;

/// <summary>
/// The rules every command and query gets by existing, before its own validator runs: a value the type says is
/// required is there (no silent defaults), text is bounded and free of control characters, enums name a defined
/// value, numbers and dates stay inside what any pharmacy record could hold, and lists are bounded and hold no
/// empty entries. A message's own validator then states the plausible range of each field for what it is.
/// </summary>
public static class InputGuard
{
    /// <summary>The longest text any field takes unless it says otherwise with [MaxLength] or [StringLength].</summary>
    public const int DefaultMaxTextLength = 2000;

    /// <summary>The most entries a list in one request may hold (a batch has dozens of ingredients at most).</summary>
    public const int MaxListLength = 500;

    /// <summary>No quantity, weight or amount in a pharmacy comes near a billion of its unit.</summary>
    public const decimal MaxMagnitude = 1_000_000_000m;

    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2199, 12, 31);

    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, GuardedProperty[]> Properties = new();
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly Lock NullabilityLock = new();

    public static List<ValidationFailure> Check(object message)
    {
        var failures = new List<ValidationFailure>();
        CheckObject(message, "", failures, 0);
        return failures;
    }

    private static void CheckObject(object value, string path, List<ValidationFailure> failures, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var property in PropertiesOf(value.GetType()))
        {
            var name = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            CheckValue(property.Getter(value), property, name, failures, depth);
        }
    }

    private static void CheckValue(object? value, GuardedProperty property, string name, List<ValidationFailure> failures, int depth)
    {
        if (value is null)
        {
            if (property.Required)
            {
                failures.Add(new ValidationFailure(name, "Enter a value: this field is required."));
            }

            return;
        }

        switch (value)
        {
            case string text:
                CheckText(text, property.MaxLength, name, failures);
                break;
            case Enum choice when !Enum.IsDefined(choice.GetType(), choice):
                failures.Add(new ValidationFailure(name, $"Choose one of {string.Join(", ", Enum.GetNames(choice.GetType()))}."));
                break;
            case decimal number when Math.Abs(number) > MaxMagnitude:
                failures.Add(new ValidationFailure(name, "The number is far beyond anything this field can hold."));
                break;
            case double number when double.IsNaN(number) || double.IsInfinity(number) || Math.Abs(number) > (double)MaxMagnitude:
                failures.Add(new ValidationFailure(name, "The number is far beyond anything this field can hold."));
                break;
            case DateOnly date when date < EarliestDate || date > LatestDate:
                failures.Add(new ValidationFailure(name, DateMessage));
                break;
            case DateTimeOffset moment when !IsSaneDate(DateOnly.FromDateTime(moment.UtcDateTime)):
                failures.Add(new ValidationFailure(name, DateMessage));
                break;
            case DateTime moment when !IsSaneDate(DateOnly.FromDateTime(moment)):
                failures.Add(new ValidationFailure(name, DateMessage));
                break;
            case IEnumerable list when property.ElementType is not null:
                CheckList(list, property, name, failures, depth);
                break;
            default:
                if (IsOwnType(value.GetType()))
                {
                    CheckObject(value, name, failures, depth + 1);
                }

                break;
        }
    }

    private static void CheckList(IEnumerable list, GuardedProperty property, string name, List<ValidationFailure> failures, int depth)
    {
        var index = 0;
        foreach (var element in list)
        {
            if (index == MaxListLength)
            {
                failures.Add(new ValidationFailure(name, $"List at most {MaxListLength.ToString("N0", CultureInfo.InvariantCulture)} entries."));
                return;
            }

            var elementName = $"{name}[{index}]";
            if (element is null)
            {
                failures.Add(new ValidationFailure(elementName, "Remove the empty entry from this list."));
            }
            else
            {
                CheckValue(element, property.ForElement(), elementName, failures, depth + 1);
            }

            index++;
        }
    }

    private static void CheckText(string text, int maxLength, string name, List<ValidationFailure> failures)
    {
        if (text.Length > maxLength)
        {
            failures.Add(new ValidationFailure(name, $"Use at most {maxLength.ToString("N0", CultureInfo.InvariantCulture)} characters."));
            return;
        }

        foreach (var character in text)
        {
            if (char.IsControl(character) && character is not ('\n' or '\r' or '\t'))
            {
                failures.Add(new ValidationFailure(name, "Remove the invisible control characters from this text (often pasted from another program)."));
                return;
            }
        }
    }

    private const string DateMessage = "Enter a date between 1900 and 2199.";

    private static bool IsSaneDate(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>Records of this product are checked field by field; framework and system types are values.</summary>
    private static bool IsOwnType(Type type) =>
        type is { IsClass: true, Namespace: not null } && type.Namespace.StartsWith("Pharmacy.", StringComparison.Ordinal);

    private static GuardedProperty[] PropertiesOf(Type type) => Properties.GetOrAdd(type, static type =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanRead && property.GetIndexParameters().Length == 0 && property.GetMethod!.IsPublic)
            .Select(GuardedProperty.For)]);

    private sealed record GuardedProperty(string Name, Func<object, object?> Getter, bool Required, int MaxLength, Type? ElementType, bool ElementRequired)
    {
        public static GuardedProperty For(PropertyInfo property)
        {
            NullabilityInfo nullability;
            lock (NullabilityLock)
            {
                nullability = Nullability.Create(property);
            }

            var maxLength = property.GetCustomAttribute<MaxLengthAttribute>()?.Length
                ?? property.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength
                ?? DefaultMaxTextLength;
            var elementType = ElementTypeOf(property.PropertyType);
            var required = !property.PropertyType.IsValueType && nullability.ReadState == NullabilityState.NotNull;
            return new GuardedProperty(property.Name, property.GetValue, required, maxLength, elementType, ElementRequired: true);
        }

        public GuardedProperty ForElement() => this with { Required = ElementRequired, ElementType = ElementTypeOf(ElementType!) };

        private static Type? ElementTypeOf(Type type)
        {
            if (type == typeof(string))
            {
                return null;
            }

            if (type.IsArray)
            {
                return type.GetElementType();
            }

            return type.GetInterfaces().Append(type)
                .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0];
        }
    }
}
