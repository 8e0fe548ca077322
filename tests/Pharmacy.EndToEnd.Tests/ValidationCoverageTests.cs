using System.Collections;
using System.Reflection;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>
/// Every number and date a person or a client can send in a command has a plausible range stated by the command's
/// validator: the generic input guard only keeps values inside what any record could hold, so a new command whose
/// quantity, price or date has no rule of its own fails here, by existing.
/// </summary>
public sealed class ValidationCoverageTests(PharmacyApp app) : IClassFixture<PharmacyApp>
{
    private static readonly Type[] RangedTypes =
        [typeof(int), typeof(long), typeof(decimal), typeof(double), typeof(DateOnly), typeof(DateTime), typeof(DateTimeOffset)];

    [Fact]
    public void Every_number_and_date_of_a_command_people_or_clients_send_has_a_rule_of_its_own()
    {
        _ = app.Services;
        var commands = AppDomain.CurrentDomain.GetAssemblies()
            .Where(assembly => assembly.GetName().Name is { } name && name.StartsWith("Pharmacy.Modules.", StringComparison.Ordinal)
                               && !name.EndsWith(".Contracts", StringComparison.Ordinal) && !name.EndsWith(".Domain", StringComparison.Ordinal))
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IBaseCommand).IsAssignableFrom(type))
            .Where(type => AccessRules.NameOf(type) is not null)
            .ToList();
        var missing = new List<string>();
        using var scope = app.Services.CreateScope();
        foreach (var command in commands)
        {
            var validators = ((IEnumerable)scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(command))).Cast<IValidator>();
            var ruled = validators.SelectMany(validator => validator.CreateDescriptor().GetMembersWithValidators().Select(group => group.Key)).ToHashSet();
            missing.AddRange(RangedMembers(command, "").Where(member => !ruled.Contains(member)).Select(member => $"{command.Name}.{member}"));
        }

        Assert.True(commands.Count >= 15, $"Only {commands.Count} commands were found.");
        Assert.True(missing.Count == 0, $"Numbers and dates without a rule of their own: {string.Join(", ", missing)}");
    }

    /// <summary>The command's numbers and dates, nested records included, by the path a validator names them.</summary>
    private static IEnumerable<string> RangedMembers(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var path = prefix + property.Name;
            if (RangedTypes.Contains(valueType))
            {
                yield return path;
            }
            else if (valueType is { IsClass: true, Namespace: not null } && valueType != typeof(string)
                     && valueType.Namespace.StartsWith("Pharmacy.Modules.", StringComparison.Ordinal)
                     && !typeof(IEnumerable).IsAssignableFrom(valueType))
            {
                foreach (var nested in RangedMembers(valueType, path + "."))
                {
                    yield return nested;
                }
            }
        }
    }
}
