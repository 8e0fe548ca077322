using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Pharmacy.Shared.Web.Problems;

/// <summary>
/// Names the field of a request the API could not read: a JSON value of the wrong type or format, a required field
/// missing or null, a field the API does not know, a route or query value that is not of its type. The answer
/// has the same shape as a validation error (<c>errors.quantity</c>), and never shows the server's type names.
/// </summary>
public static partial class UnreadableRequest
{
    public const string BodyField = "body";

    public static Dictionary<string, string[]> FieldErrors(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            return FromJson(json);
        }

        var parameter = ParameterPattern().Match(exception.Message);
        if (parameter.Success)
        {
            var name = parameter.Groups["name"].Value;
            var isBody = exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase);
            return isBody
                ? Single(BodyField, "Send the request body as JSON.")
                : Single(name, exception.Message.StartsWith("Required", StringComparison.Ordinal)
                    ? "Enter a value: this field is required."
                    : "The value is not of the right type or format for this field.");
        }

        return Single(BodyField, exception.StatusCode == StatusCodes.Status415UnsupportedMediaType
            ? "Send the request body as JSON (Content-Type: application/json)."
            : "The request could not be read.");
    }

    private static Dictionary<string, string[]> FromJson(JsonException json)
    {
        var path = FieldPath(json.Path);
        var missing = MissingPattern().Match(json.Message);
        if (missing.Success)
        {
            var names = QuotedPattern().Matches(missing.Groups["names"].Value).Select(match => match.Groups[1].Value);
            return names.ToDictionary(name => Join(path, name), _ => new[] { "Enter a value: this field is required." });
        }

        var unknown = UnknownPattern().Match(json.Message);
        if (unknown.Success)
        {
            // The reader's path already ends at the unknown field.
            var name = unknown.Groups["name"].Value;
            var field = path is not null && (path.Equals(name, StringComparison.OrdinalIgnoreCase) || path.EndsWith("." + name, StringComparison.OrdinalIgnoreCase))
                ? path
                : Join(path, name);
            return Single(field, "This field is not part of the request; check its spelling.");
        }

        if (json.Message.Contains("null", StringComparison.OrdinalIgnoreCase) && json.Message.Contains("nullability", StringComparison.OrdinalIgnoreCase))
        {
            return Single(path ?? BodyField, "Enter a value: this field cannot be null.");
        }

        if (json.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase))
        {
            return Single(BodyField, "The JSON is nested too deeply.");
        }

        return path is null
            ? Single(BodyField, "The body is not valid JSON.")
            : Single(path, "The value is not of the right type or format for this field.");
    }

    /// <summary>"$.patient.sex" becomes "patient.sex"; "$" (the body itself) becomes null.</summary>
    private static string? FieldPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return null;
        }

        var path = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        return ProblemDetailsExceptionHandler.JsonName(path.Replace("['", ".", StringComparison.Ordinal).Replace("']", "", StringComparison.Ordinal).TrimStart('.'));
    }

    private static string Join(string? path, string name) => path is null ? name : $"{path}.{name}";

    private static Dictionary<string, string[]> Single(string field, string message) => new() { [field] = [message] };

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex("missing required properties,? including:? (?<names>.*)", RegexOptions.Singleline)]
    private static partial Regex MissingPattern();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex("property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex UnknownPattern();
}
