using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pharmacy.EndToEnd.Tests.Infrastructure;

/// <summary>One bad request: what was done to a well-formed one, and the request itself.</summary>
public sealed record BadRequest(string Method, string Path, string What, string? Body, string ContentType = "application/json")
{
    public override string ToString() => $"{Method} {Path} [{What}]";
}

/// <summary>
/// Derives a bounded, deterministic set of bad requests for one operation of an OpenAPI document: wrong and
/// absurd path and query values, and for a JSON body malformed JSON, each field missing, null, empty, of the wrong
/// type, overflowing, negative, far too long, with control characters or with SQL / HTML / script text, impossible
/// and far dates, huge lists and lists with an empty entry, and a field the API does not know. The fields are those
/// the document declares, so a new endpoint is covered without being listed.
/// </summary>
public sealed class BadRequests(JsonObject document)
{
    private const int MaxDepth = 3;
    private const int HugeListLength = 10_000;
    private static readonly string HugeText = new('x', 100_000);

    /// <summary>An id no record has: the same in every run, so the set of requests is deterministic.</summary>
    private static readonly Guid UnknownId = new("0190d0a0-0000-7000-8000-00000000dead");

    private static readonly (string What, JsonNode? Value)[] BadTexts =
    [
        ("100 kB text", JsonValue.Create(HugeText)),
        ("control characters", JsonValue.Create("abc\u0001\u0007\u001b[31m")),
        ("SQL", JsonValue.Create("'; DROP TABLE prescriptions; --")),
        ("HTML and script", JsonValue.Create("<script>alert(1)</script><img src=x onerror=alert(2)>")),
    ];

    private static readonly (string What, JsonNode? Value)[] BadNumbers =
    [
        ("text for a number", JsonValue.Create("abc")),
        ("overflowing number", JsonNode.Parse("92233720368547758070000")),
        ("negative number", JsonValue.Create(-1)),
        ("huge negative number", JsonNode.Parse("-1e30")),
        ("fraction", JsonValue.Create(0.5)),
    ];

    private static readonly (string What, JsonNode? Value)[] BadDates =
    [
        ("impossible date", JsonValue.Create("2026-02-30")),
        ("far future date", JsonValue.Create("9999-12-31")),
        ("far past date", JsonValue.Create("0001-01-01")),
        ("text for a date", JsonValue.Create("yesterday")),
    ];

    private static readonly string[] BadQueryValues =
    [
        "abc", "-1", "0", "99999999999999999999", "2026-02-30", "9999-12-31", "0001-01-01", "' OR 1=1 --", "<script>alert(1)</script>",
        "%01%07", new string('x', 5_000),
    ];

    public IEnumerable<BadRequest> For(string method, string pathTemplate, JsonObject operation, string? signaturePassword)
    {
        var parameters = operation["parameters"]?.AsArray().OfType<JsonObject>().ToList() ?? [];
        var wellFormedPath = FillPath(pathTemplate, parameters, _ => null);
        var body = BodySchema(operation);

        foreach (var parameter in parameters.Where(p => (string?)p["in"] == "path"))
        {
            var name = (string)parameter["name"]!;
            foreach (var bad in new[] { "not-an-id", "%01", new string('9', 400), Guid.Empty.ToString() })
            {
                yield return new BadRequest(method, FillPath(pathTemplate, parameters, n => n == name ? bad : null), $"path {name} = {Short(bad)}",
                    body is null ? null : Sample(body, 0, signaturePassword)?.ToJsonString());
            }
        }

        foreach (var parameter in parameters.Where(p => (string?)p["in"] == "query"))
        {
            var name = (string)parameter["name"]!;
            foreach (var bad in BadQueryValues)
            {
                yield return new BadRequest(method, $"{wellFormedPath}?{name}={Uri.EscapeDataString(bad).Replace("%2501%2507", "%01%07")}",
                    $"query {name} = {Short(bad)}", body is null ? null : Sample(body, 0, signaturePassword)?.ToJsonString());
            }
        }

        if (body is null)
        {
            yield break;
        }

        foreach (var (what, text) in new[] { ("malformed JSON", "{\"a\": "), ("not JSON", "hello"), ("empty body", ""), ("null body", "null"), ("list for an object", "[]"), ("deeply nested", new string('[', 5_000) + new string(']', 5_000)) })
        {
            yield return new BadRequest(method, wellFormedPath, what, text);
        }

        yield return new BadRequest(method, wellFormedPath, "form instead of JSON", "a=1", "application/x-www-form-urlencoded");

        var sample = (JsonObject)Sample(body, 0, signaturePassword)!;
        var extra = (JsonObject)sample.DeepClone();
        extra["unexpectedField"] = 1;
        yield return new BadRequest(method, wellFormedPath, "unknown field", extra.ToJsonString());

        foreach (var (fieldPath, schema) in Fields(body, "", 0))
        {
            foreach (var (what, value, remove) in Mutations(fieldPath, schema))
            {
                var mutated = (JsonObject)sample.DeepClone();
                if (Apply(mutated, fieldPath, value, remove))
                {
                    yield return new BadRequest(method, wellFormedPath, $"{fieldPath}: {what}", mutated.ToJsonString());
                }
            }
        }
    }

    private IEnumerable<(string What, JsonNode? Value, bool Remove)> Mutations(string fieldPath, JsonObject schema)
    {
        var isPassword = fieldPath.EndsWith("password", StringComparison.OrdinalIgnoreCase);
        yield return ("missing", null, true);
        yield return ("null", null, false);
        var type = TypeOf(schema);
        var format = (string?)schema["format"];
        switch (type)
        {
            case "string" when format is "date" or "date-time":
                foreach (var (what, value) in BadDates)
                {
                    yield return (what, value, false);
                }

                yield return ("number for a date", JsonValue.Create(20261130), false);
                break;
            case "string" when format == "uuid":
                yield return ("text for an id", JsonValue.Create("not-an-id"), false);
                yield return ("unknown id", JsonValue.Create(UnknownId), false);
                yield return ("empty id", JsonValue.Create(Guid.Empty), false);
                break;
            case "string":
                yield return ("empty text", JsonValue.Create(""), false);
                yield return ("number for text", JsonValue.Create(12345), false);
                yield return ("list for text", new JsonArray("a"), false);
                if (schema["enum"] is JsonArray)
                {
                    yield return ("unknown choice", JsonValue.Create("NoSuchChoice"), false);
                    yield return ("number for a choice", JsonValue.Create(99), false);
                }
                else if (!isPassword)
                {
                    foreach (var (what, value) in BadTexts)
                    {
                        yield return (what, value?.DeepClone(), false);
                    }
                }

                break;
            case "integer" or "number":
                foreach (var (what, value) in BadNumbers)
                {
                    yield return (what, value?.DeepClone(), false);
                }

                yield return ("huge number", JsonValue.Create(1e15), false);
                break;
            case "boolean":
                yield return ("text for a yes/no", JsonValue.Create("yes"), false);
                break;
            case "array":
                var items = Resolve(schema["items"] as JsonObject);
                var item = items is null ? JsonValue.Create(1) : Sample(items, 1, null);
                var huge = new JsonArray();
                for (var i = 0; i < HugeListLength; i++)
                {
                    huge.Add(item?.DeepClone());
                }

                yield return ("10,000 entries", huge, false);
                yield return ("an empty entry", new JsonArray((JsonNode?)null), false);
                yield return ("empty list", new JsonArray(), false);
                yield return ("object for a list", new JsonObject(), false);
                break;
            case "object":
                yield return ("text for an object", JsonValue.Create("x"), false);
                yield return ("empty object", new JsonObject(), false);
                break;
        }
    }

    /// <summary>Every field of the body, nested objects and the first entry of lists included, as a dotted path.</summary>
    private IEnumerable<(string Path, JsonObject Schema)> Fields(JsonObject schema, string prefix, int depth)
    {
        if (depth > MaxDepth || schema["properties"] is not JsonObject properties)
        {
            yield break;
        }

        foreach (var (name, node) in properties)
        {
            var property = Resolve(node as JsonObject);
            if (property is null)
            {
                continue;
            }

            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            yield return (path, property);
            if (TypeOf(property) == "object")
            {
                foreach (var nested in Fields(property, path, depth + 1))
                {
                    yield return nested;
                }
            }
            else if (TypeOf(property) == "array" && Resolve(property["items"] as JsonObject) is { } items && TypeOf(items) == "object")
            {
                foreach (var nested in Fields(items, $"{path}[0]", depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>A body of the declared shape: every field present with a value of its type (not necessarily a valid one).</summary>
    private JsonNode? Sample(JsonObject schema, int depth, string? signaturePassword, string name = "")
    {
        if (schema["enum"] is JsonArray choices && choices.Count > 0)
        {
            return choices.First(choice => choice is not null)!.DeepClone();
        }

        switch (TypeOf(schema))
        {
            case "object":
                var result = new JsonObject();
                if (depth <= MaxDepth && schema["properties"] is JsonObject properties)
                {
                    foreach (var (property, node) in properties)
                    {
                        if (Resolve(node as JsonObject) is { } propertySchema)
                        {
                            result[property] = Sample(propertySchema, depth + 1, signaturePassword, property);
                        }
                    }
                }

                return result;
            case "array":
                return Resolve(schema["items"] as JsonObject) is { } items ? new JsonArray(Sample(items, depth + 1, signaturePassword)) : new JsonArray();
            case "integer":
                return JsonValue.Create(1);
            case "number":
                return JsonValue.Create(1.5m);
            case "boolean":
                return JsonValue.Create(true);
            default:
                return (string?)schema["format"] switch
                {
                    "date" => JsonValue.Create("2026-11-20"),
                    "date-time" => JsonValue.Create("2026-11-20T10:00:00Z"),
                    "uuid" => JsonValue.Create(UnknownId),
                    _ when name.Equals("password", StringComparison.OrdinalIgnoreCase) && signaturePassword is not null => JsonValue.Create(signaturePassword),
                    _ => JsonValue.Create("sample"),
                };
        }
    }

    private static bool Apply(JsonObject body, string path, JsonNode? value, bool remove)
    {
        JsonNode? current = body;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var isLast = i == parts.Length - 1;
            if (part.EndsWith("[0]", StringComparison.Ordinal))
            {
                if (current?[part[..^3]] is not JsonArray list || list.Count == 0)
                {
                    return false;
                }

                current = list[0];
                if (isLast)
                {
                    return false;
                }

                continue;
            }

            if (current is not JsonObject target)
            {
                return false;
            }

            if (isLast)
            {
                if (remove)
                {
                    return target.Remove(part);
                }

                target[part] = value?.DeepClone();
                return true;
            }

            current = target[part];
        }

        return false;
    }

    private JsonObject? BodySchema(JsonObject operation) =>
        Resolve(operation["requestBody"]?["content"]?["application/json"]?["schema"] as JsonObject);

    /// <summary>Follows $ref, and of "one of" / "any of" (how OpenAPI 3.1 writes a nullable type) takes the first that is not null.</summary>
    private JsonObject? Resolve(JsonObject? schema)
    {
        for (var hops = 0; schema is not null && hops < 10; hops++)
        {
            if (schema["$ref"] is JsonValue reference)
            {
                var name = ((string)reference!).Split('/')[^1];
                schema = document["components"]?["schemas"]?[name] as JsonObject;
                continue;
            }

            var alternatives = (schema["oneOf"] ?? schema["anyOf"]) as JsonArray;
            if (alternatives is not null)
            {
                schema = alternatives.OfType<JsonObject>().FirstOrDefault(alternative => TypeOf(alternative) != "null");
                continue;
            }

            return schema;
        }

        return schema;
    }

    private static string? TypeOf(JsonObject schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => (string?)t).FirstOrDefault(t => t != "null"),
        JsonValue type => (string?)type,
        _ => schema["properties"] is not null ? "object" : null,
    };

    private static string FillPath(string template, IEnumerable<JsonObject> parameters, Func<string, string?> overrideValue)
    {
        var path = new StringBuilder(template);
        foreach (var parameter in parameters.Where(p => (string?)p["in"] == "path"))
        {
            var name = (string)parameter["name"]!;
            var schema = parameter["schema"] as JsonObject;
            var value = overrideValue(name) ?? ((string?)schema?["format"] == "uuid" ? UnknownId.ToString()
                : TypeOf(schema ?? []) == "integer" ? "999999" : "UNKNOWN-CODE");
            path.Replace($"{{{name}}}", value);
        }

        return path.ToString();
    }

    private static string Short(string value) => value.Length > 20 ? $"{value[..10]}… ({value.Length} chars)" : JsonSerializer.Serialize(value);
}
