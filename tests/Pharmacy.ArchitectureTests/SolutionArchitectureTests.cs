using Pharmacy.ArchitectureTests.Rules;
using Xunit;

namespace Pharmacy.ArchitectureTests;

/// <summary>The rules of ARCHITECTURE.md, over the real solution. Each also names a type it must have looked at.</summary>
public sealed class SolutionArchitectureTests
{
    private const string Prescriptions = "Pharmacy.Modules.Prescriptions";
    private const string ProviderCrm = "Pharmacy.Modules.ProviderCrm";

    private static ModuleLayout Layout => Solution.Layout;

    [Fact]
    public void The_rules_see_every_module_and_every_project_of_the_solution()
    {
        var modules = Solution.Architecture.Types.Select(type => Layout.ModuleOf(type.Namespace.FullName)).OfType<string>().Distinct();
        Assert.Equal(Layout.Modules.Order(), modules.Order());

        var assemblies = Solution.Architecture.Assemblies.Select(assembly => assembly.Name.Split(',')[0]).ToHashSet();
        var projects = Layout.Modules
            .SelectMany(module => new[] { "", ".Domain", ".Contracts" }.Select(suffix => $"{Layout.Root}.{module}{suffix}"))
            .Concat(["Pharmacy.Host", "Pharmacy.Shared.Kernel", "Pharmacy.Shared.Contracts", "Pharmacy.Shared.Infrastructure", "Pharmacy.Shared.Web"]);
        Assert.All(projects, project => Assert.Contains(project, assemblies));
    }

    [Fact]
    public void Modules_depend_only_on_other_modules_contracts() =>
        RuleAssert.Holds(
            ModuleIsolation.Check(Solution.Architecture, Layout),
            $"{Prescriptions}.IntegrationEvents.AllowActivatedPrescriber");

    [Fact]
    public void Domains_depend_only_on_the_shared_kernel_and_the_BCL() =>
        RuleAssert.Holds(
            DomainPurity.Check(Solution.Architecture, Layout),
            $"{Prescriptions}.Domain.Prescriptions.Prescription", $"{ProviderCrm}.Domain.Providers.Provider");

    [Fact]
    public void Mediator_handlers_are_sealed_and_named_Handler() =>
        RuleAssert.Holds(
            HandlerRules.MediatorHandlers(Solution.Architecture, Layout),
            $"{Prescriptions}.Features.ReceivePrescription.ReceivePrescriptionHandler",
            $"{ProviderCrm}.Features.ActivateProvider.ActivateProviderHandler");

    [Fact]
    public void Inbound_handlers_are_static_and_named_for_their_act() =>
        RuleAssert.Holds(
            HandlerRules.InboundHandlersAreStaticAndNamedForTheirAct(Solution.Architecture, Layout),
            $"{Prescriptions}.IntegrationEvents.AllowActivatedPrescriber", "Pharmacy.Modules.Compounding.IntegrationEvents.PlanBatchForRequestedFill");

    [Fact]
    public void Each_command_and_query_lives_alone_in_a_folder_named_for_it() =>
        RuleAssert.Holds(
            FeatureFolders.OneUseCasePerFolder(Solution.Architecture, Layout),
            $"{Prescriptions}.Features.VerifyPrescription.VerifyPrescription", $"{Prescriptions}.Features.RecordBatchReleased.RecordBatchReleased",
            "Pharmacy.Modules.Reporting.Features.RecordFillCharged.RecordFillCharged");

    [Fact]
    public void No_module_depends_on_another_modules_integration_event_handlers() =>
        RuleAssert.Holds(
            HandlerRules.IntegrationEventHandlersStayInTheirModule(Solution.Architecture, Layout),
            $"{ProviderCrm}.ProviderCrmModule");

    [Fact]
    public void Every_command_people_can_send_names_one_access_rule_of_its_own_module()
    {
        var result = ActAccess.CommandsPeopleSendNameOneRuleOfTheirModule(Solution.Architecture, Layout);

        // Sent from a page, built by an endpoint, bound straight from an endpoint's body, and sent by the host's demo work.
        RuleAssert.Holds(
            result,
            $"{Prescriptions}.Features.PutPrescriptionOnHold.PutPrescriptionOnHold", $"{Prescriptions}.Features.VerifyPrescription.VerifyPrescription",
            $"{ProviderCrm}.Features.RegisterProvider.RegisterProvider", "Pharmacy.Modules.Compounding.Features.StartBatch.StartBatch");
        Assert.DoesNotContain("Pharmacy.Modules.Compounding.Features.PlanBatch.PlanBatch", result.Checked);
    }

    [Fact]
    public void Pages_ask_an_acts_access_rule_and_never_test_roles_themselves() =>
        RuleAssert.Holds(
            ActAccess.PagesAskTheActsRuleNotRoles(Solution.Architecture, Layout),
            $"{Prescriptions}.Areas.Prescriptions.Pages.DetailsModel", $"{Prescriptions}.Areas.Prescriptions.Pages.Areas_Prescriptions_Pages__HoldAndCancel");

    [Fact]
    public void Contracts_are_immutable_classes_or_records() =>
        RuleAssert.Holds(
            ContractRules.AreImmutable(Solution.Architecture, Layout),
            $"{ProviderCrm}.Contracts.ProviderActivated", $"{Prescriptions}.Contracts.PrescriptionReceived");

    [Fact]
    public void Contracts_expose_no_domain_types() =>
        RuleAssert.Holds(
            ContractRules.ExposeNoDomainTypes(Solution.Architecture, Layout),
            $"{ProviderCrm}.Contracts.ProviderActivated", $"{Prescriptions}.Contracts.PrescriptionReceived");

    [Fact]
    public void Modules_depend_on_each_other_without_cycles() =>
        RuleAssert.Holds(ModuleCycles.Check(Solution.Architecture, Layout), [.. Layout.Modules]);

    [Fact]
    public void Each_module_has_one_DbContext_mapping_only_its_own_schema_and_types()
    {
        var result = SchemaOwnership.Check(Solution.Architecture, Layout);

        RuleAssert.Holds(result, [.. Layout.Modules.Select(module => $"{Layout.Root}.{module}.Persistence.{module}DbContext")]);
        Assert.Equal(Layout.Modules.Count, result.Checked.Count);
    }
}
