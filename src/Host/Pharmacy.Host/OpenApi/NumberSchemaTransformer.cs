using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Pharmacy.Host.OpenApi;

/// <summary>
/// Numbers as client generators should type them: a number (never "number or string", which generators turn into
/// unions; the API reads and writes numbers as JSON numbers only), with the format of its .NET type. Money and
/// quantities are decimals: a generated client must not round them through a double.
/// </summary>
internal sealed class NumberSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        var format = type == typeof(decimal) ? "decimal"
            : type == typeof(double) ? "double"
            : type == typeof(float) ? "float"
            : type == typeof(int) ? "int32"
            : type == typeof(long) ? "int64"
            : null;
        if (format is null || schema.Type is not { } declared)
        {
            return Task.CompletedTask;
        }

        var number = format.StartsWith("int", StringComparison.Ordinal) ? JsonSchemaType.Integer : JsonSchemaType.Number;
        schema.Type = declared.HasFlag(JsonSchemaType.Null) ? number | JsonSchemaType.Null : number;
        schema.Format = format;
        schema.Pattern = null;
        return Task.CompletedTask;
    }
}
