using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Modules.Billing.Contracts;
using Wolverine;

namespace Pharmacy.EndToEnd.Tests.Portal;

/// <summary>The account manager's dashboard counts what the providers send and what their organisations earn, from the other modules' events.</summary>
public sealed class AccountDashboardTests(PortalApp app) : IClassFixture<PortalApp>
{
    [Fact]
    public async Task A_clinics_order_counts_for_its_prescriber_this_month_and_its_charge_for_the_clinics_revenue()
    {
        var clinic = await app.ClinicAsync("Willow Clinic");
        var orderId = await PortalApp.PlaceOrderAsync(clinic, patientLastName: "Haugen");
        await app.PrescriptionOfAsync(orderId);
        await Api.Eventually(async () => (await app.OrderAsync(orderId))!.RxNumber is not null, "the order knows its Rx number");
        var rxNumber = (await app.OrderAsync(orderId))!.RxNumber!.Value;
        var accounts = await app.SignedInAsync("accounts");
        await Api.Eventually(
            async () => (await accounts.GetStringAsync("/ProviderCrm/Dashboard")).Contains($"/ProviderCrm/Providers/Details/{clinic.ProviderId}"),
            "the prescriber is among the providers who sent prescriptions");

        await app.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IMessageBus>().PublishAsync(
                new ChargeCreated(Guid.NewGuid(), Guid.NewGuid(), rxNumber, 1234.40m, "USD", "Clinic", DateTimeOffset.UtcNow));
            return 0;
        });

        await Api.Eventually(async () => (await accounts.GetStringAsync("/ProviderCrm/Dashboard")).Contains("1,234.40 USD"), "the clinic's revenue shows");
        var dashboard = await accounts.GetStringAsync("/ProviderCrm/Dashboard");
        Assert.Contains("Providers by status", dashboard);
        Assert.Contains("Prescriptions received per month", dashboard);
    }
}
