using System.Reflection;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent.Conditions;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Infrastructure.Persistence;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Pharmacy.ArchitectureTests.Rules;

internal static class SchemaOwnership
{
    /// <summary>
    /// Each module's DbContext maps only its own schema and only its own module's types, plus the shared outbox and
    /// inbox (rule 4). The model is built for SQL Server, the provider with schemas, without any connection.
    /// </summary>
    public static RuleResult Check(Architecture architecture, ModuleLayout layout) =>
        RuleResult.Evaluate(
            Classes().That().AreAssignableTo(typeof(ModuleDbContext)).And().AreNotAbstract().And().ResideInNamespaceMatching(layout.AnyModule)
                .Should().FollowCustomCondition(
                    context => Inspect(context, layout), "map only their own schema and their own module's entity types")
                .Because("another module's data is reached by message, never by SQL"),
            architecture);

    private static ConditionResult Inspect(Class contextClass, ModuleLayout layout)
    {
        var problems = Problems(Type.GetType(contextClass.AssemblyQualifiedName, throwOnError: true)!, layout).ToList();
        return new ConditionResult(contextClass, problems.Count == 0, string.Join("; ", problems));
    }

    private static IEnumerable<string> Problems(Type contextType, ModuleLayout layout)
    {
        var module = layout.ModuleOf(contextType.Namespace)!;
        if (contextType.GetField("SchemaName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is not string schema)
        {
            yield return "declares no public const string SchemaName";
            yield break;
        }

        using var context = Create(contextType, schema);
        foreach (var entity in context.Model.GetEntityTypes())
        {
            var name = entity.DisplayName();
            if (entity.GetTableName() is { } table && entity.GetSchema() != schema)
            {
                yield return $"{name} is mapped to table {entity.GetSchema()}.{table}, outside schema {schema}";
            }

            if (entity.GetViewName() is { } view && entity.GetViewSchema() != schema)
            {
                yield return $"{name} is mapped to view {entity.GetViewSchema()}.{view}, outside schema {schema}";
            }

            var assembly = entity.ClrType.Assembly;
            var assemblyName = assembly.GetName().Name;
            if (assembly != typeof(ModuleDbContext).Assembly
                && assemblyName != $"{layout.Root}.{module}" && assemblyName != $"{layout.Root}.{module}.Domain")
            {
                yield return $"{name} lives in assembly {assemblyName}, neither {module}'s nor Pharmacy.Shared.Infrastructure";
            }

            if (layout.ModuleOf(entity.ClrType.Namespace) is { } owner && owner != module)
            {
                yield return $"{name} is a type of module {owner}";
            }
        }
    }

    private static ModuleDbContext Create(Type contextType, string schema)
    {
        var options = typeof(ModuleDesignTimeFactory<>).MakeGenericType(contextType)
            .GetMethod(nameof(ModuleDesignTimeFactory<ModuleDbContext>.Options))!
            .Invoke(null, [DatabaseProvider.SqlServer, schema]);
        return (ModuleDbContext)Activator.CreateInstance(contextType, options)!;
    }
}
