using Pharmacy.ArchitectureTests.Rules;
using Xunit;

namespace Pharmacy.ArchitectureTests;

/// <summary>
/// Each rule, run against Pharmacy.ArchitectureTests.Violations, fails on the type planted to break it and spares the
/// well-formed type next to it. A rule that cannot fail here proves nothing when it passes on the solution.
/// </summary>
public sealed class RulesCatchViolationsTests
{
    private const string Alpha = "Violations.Modules.Alpha";
    private const string Beta = "Violations.Modules.Beta";

    private static ModuleLayout Layout => ViolationsFixture.Layout;

    [Fact]
    public void Module_isolation_rule_catches_a_module_using_another_modules_internals()
    {
        var result = ModuleIsolation.Check(ViolationsFixture.Architecture, Layout);

        RuleAssert.Catches(result, $"{Alpha}.ShipmentPlanner", $"{Beta}.Internals.BetaLedger");
        RuleAssert.Spares(result, $"{Alpha}.ParcelDeliveredRelay");
    }

    [Fact]
    public void Domain_purity_rule_catches_a_domain_type_using_EF_Core()
    {
        var result = DomainPurity.Check(ViolationsFixture.Architecture, Layout);

        RuleAssert.Catches(result, $"{Alpha}.Domain.Shipment", "Microsoft.EntityFrameworkCore.DbContext");
        RuleAssert.Spares(result, $"{Alpha}.Domain.Parcel");
    }

    [Fact]
    public void Mediator_handler_rule_catches_a_handler_that_is_not_sealed()
    {
        var result = HandlerRules.MediatorHandlers(ViolationsFixture.Architecture, Layout);

        RuleAssert.Catches(result, $"{Alpha}.Features.ShipShipmentHandler", "sealed");
        RuleAssert.Spares(result, $"{Alpha}.Features.CancelShipmentHandler");
    }

    [Fact]
    public void Mediator_handler_rule_catches_a_handler_not_named_Handler() =>
        RuleAssert.Catches(HandlerRules.MediatorHandlers(ViolationsFixture.Architecture, Layout), $"{Alpha}.Features.ShipmentFinder", "name");

    [Fact]
    public void Inbound_handler_rule_catches_a_handler_that_is_not_static_or_is_named_Handler_and_accepts_one_named_for_its_act()
    {
        var result = HandlerRules.InboundHandlersAreStaticAndNamedForTheirAct(ViolationsFixture.Architecture, Layout);

        RuleAssert.Catches(result, $"{Alpha}.IntegrationEvents.ParcelDeliveredHandler", "not static");
        RuleAssert.Catches(result, $"{Alpha}.IntegrationEvents.ParcelReturnedHandler", "ending in Handler");
        RuleAssert.Spares(result, $"{Alpha}.IntegrationEvents.RecordLostParcel");
    }

    [Fact]
    public void Integration_event_handler_rule_catches_a_module_using_another_modules_handler()
    {
        var result = HandlerRules.IntegrationEventHandlersStayInTheirModule(ViolationsFixture.Architecture, Layout);

        RuleAssert.Catches(result, $"{Beta}.BetaAuditor", $"{Alpha}.IntegrationEvents.RecordLostParcel");
        RuleAssert.Spares(result, $"{Alpha}.ShipmentPlanner");
    }

    [Fact]
    public void Feature_folder_rule_catches_two_commands_in_one_folder_and_a_folder_named_otherwise()
    {
        var result = FeatureFolders.OneUseCasePerFolder(ViolationsFixture.Architecture, Layout);

        RuleAssert.Catches(result, $"{Alpha}.Features.ShipShipment", "shares its folder with");
        RuleAssert.Catches(result, $"{Alpha}.Features.ShipShipment", "not in a folder named ShipShipment");
        RuleAssert.Spares(result, $"{Alpha}.Features.TrackShipment.TrackShipment");
    }

    [Fact]
    public void Access_rule_catches_a_command_a_page_sends_without_naming_a_rule()
    {
        var result = ActAccess.CommandsPeopleSendNameOneRuleOfTheirModule(ViolationsFixture.Architecture, Layout);

        RuleAssert.Catches(result, $"{Alpha}.Features.HoldShipment", "names no access rule");
        RuleAssert.Spares(result, $"{Alpha}.Features.ShipShipment");
        Assert.DoesNotContain($"{Alpha}.Features.RecordParcelArrival", result.Checked);
    }

    [Fact]
    public void Access_rule_catches_a_command_an_endpoint_sends_naming_a_rule_nobody_declares() =>
        RuleAssert.Catches(
            ActAccess.CommandsPeopleSendNameOneRuleOfTheirModule(ViolationsFixture.Architecture, Layout),
            $"{Alpha}.Features.ReturnShipment", "which its module does not declare");

    [Fact]
    public void Page_rule_catches_a_page_that_tests_a_role_itself()
    {
        var result = ActAccess.PagesAskTheActsRuleNotRoles(ViolationsFixture.Architecture, Layout);

        RuleAssert.Catches(result, $"{Alpha}.Areas.Alpha.Pages.ShipmentModel", "IsInRole");
        RuleAssert.Spares(result, $"{Alpha}.Areas.Alpha.Pages.ShipmentListModel");
    }

    [Fact]
    public void Contract_rule_catches_a_contract_with_a_public_setter()
    {
        var result = ContractRules.AreImmutable(ViolationsFixture.Architecture, Layout);

        RuleAssert.Catches(result, $"{Alpha}.Contracts.ShipmentBooked", "immutable");
        RuleAssert.Spares(result, $"{Alpha}.Contracts.ShipmentCancelled");
    }

    [Fact]
    public void Contract_rule_catches_a_contract_exposing_a_domain_type()
    {
        var result = ContractRules.ExposeNoDomainTypes(ViolationsFixture.Architecture, Layout);

        RuleAssert.Catches(result, $"{Alpha}.Contracts.ShipmentSnapshot", $"{Alpha}.Domain.Shipment");
        RuleAssert.Spares(result, $"{Alpha}.Contracts.ShipmentCancelled");
    }

    [Fact]
    public void Cycle_rule_catches_two_modules_depending_on_each_other()
    {
        var result = ModuleCycles.Check(ViolationsFixture.Architecture, Layout);

        Assert.Equal(["Alpha", "Beta"], result.Checked.Order());
        Assert.False(result.Passed);
        Assert.Contains(result.Violations, violation => violation.Reason.Contains("Alpha", StringComparison.Ordinal)
            && violation.Reason.Contains("Beta", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_rule_catches_a_DbContext_mapping_a_table_into_another_modules_schema() =>
        RuleAssert.Catches(
            SchemaOwnership.Check(ViolationsFixture.Architecture, Layout), $"{Alpha}.Persistence.AlphaDbContext", "table beta.parcels, outside schema alpha");

    [Fact]
    public void Schema_rule_catches_a_DbContext_mapping_another_modules_type() =>
        RuleAssert.Catches(
            SchemaOwnership.Check(ViolationsFixture.Architecture, Layout), $"{Alpha}.Persistence.AlphaDbContext", "BetaLedger is a type of module Beta");
}
