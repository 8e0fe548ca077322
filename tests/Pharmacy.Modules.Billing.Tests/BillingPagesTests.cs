using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.IntegrationEvents;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Modules.Billing.Tests.Harness;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Messaging;
using Pharmacy.Shared.Web.Security;
using Wolverine;
using static Pharmacy.Modules.Billing.Tests.ChargeFaker;

namespace Pharmacy.Modules.Billing.Tests;

/// <summary>The charges queue, a charge's page and the price list, as billing staff and an administrator use them.</summary>
public sealed class BillingPagesTests : IAsyncLifetime
{
    private const string Charges = "/Billing/Charges";
    private const string Prices = "/Billing/Prices";
    private const int DemoSeed = 7;
    private readonly ChargeFaker _fills = new();
    private BillingHarness _billing = null!;

    public async Task InitializeAsync()
    {
        _billing = await BillingHarness.StartAsync(Now, withPages: true);
        await using var scope = _billing.Scope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>())
        {
            await seeder.SeedAsync(new DemoDataContext(DemoSeed, Now), CancellationToken.None);
        }
    }

    public async Task DisposeAsync() => await _billing.DisposeAsync();

    [Fact]
    public async Task Billing_staff_find_a_charge_take_part_of_it_are_refused_an_overpayment_and_settle_the_rest()
    {
        var fill = _fills.Fill(quantity: 30, dispensedAt: Now.AddDays(-40));
        var id = await ChargeAsync(fill);
        _billing.User.SignIn("billing-1", "Sam Ortega, Billing", Roles.Billing);
        var details = $"{Charges}/Details/{id}";

        var queue = await _billing.Client.GetPageAsync($"{Charges}?search={fill.RxNumber}");
        Assert.Contains(fill.PayerName, queue);
        Assert.Contains("31-60 days", queue);
        Assert.Contains("$33.00", queue);

        var part = await _billing.Client.PostFormAsync(details, "Payment", Fields(("Payment.Amount", "20.00"), ("Payment.Method", nameof(PaymentMethod.Cash))));
        Assert.Contains("$13.00 is still owed", part.Html);
        var over = await _billing.Client.PostFormAsync(details, "Payment", Fields(("Payment.Amount", "50.00"), ("Payment.Method", nameof(PaymentMethod.Cash))));
        Assert.Equal(HttpStatusCode.OK, over.Status);
        Assert.Contains("The payment of $50.00 is more than the balance of $13.00.", over.Html);
        var rest = await _billing.Client.PostFormAsync(details, "Payment", Fields(("Payment.Amount", "13.00"), ("Payment.Method", nameof(PaymentMethod.Card))));

        Assert.Contains("The charge is paid in full", rest.Html);
        Assert.Contains("Sam Ortega, Billing", rest.Html);
        Assert.Contains("Record payment", rest.Html);
        Assert.DoesNotContain("id=\"payment-form\"", rest.Html);
    }

    [Fact]
    public async Task An_administrator_changes_a_price_with_a_reason_and_the_list_shows_it()
    {
        _billing.User.SignIn("admin", "Alex Morgan, Administrator", Roles.Admin);

        var noReason = await _billing.Client.PostFormAsync(Prices, "Change", Fields(("Change.FormulaCode", Capsules), ("Change.PricePerUnit", "1.25"), ("Change.Reason", "")));
        var changed = await _billing.Client.PostFormAsync(
            Prices, "Change", Fields(("Change.FormulaCode", Capsules), ("Change.PricePerUnit", "1.25"), ("Change.Reason", "New supplier contract")));

        Assert.Contains("Give the reason for the price change.", noReason.Html);
        Assert.Contains("New supplier contract", changed.Html);
        Assert.Contains("$1.25 / capsule", changed.Html);
    }

    [Fact]
    public async Task An_administrator_reads_charges_but_only_billing_staff_take_payments()
    {
        var id = await ChargeAsync(_fills.Fill());
        _billing.User.SignIn("admin", "Alex Morgan, Administrator", Roles.Admin);

        var page = await _billing.Client.GetPageAsync($"{Charges}/Details/{id}");
        var payment = await _billing.Client.PostAsJsonAsync($"/api/billing/charges/{id}/payments", new { amount = 10.00m });
        var prices = await _billing.Client.GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/api/billing/prices");

        Assert.DoesNotContain("id=\"payment-form\"", page);
        Assert.Equal(HttpStatusCode.Forbidden, payment.StatusCode);
        Assert.Equal(20, prices!.Count);
    }

    private static IEnumerable<KeyValuePair<string, string>> Fields(params (string Name, string Value)[] fields) =>
        fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value));

    private async Task<Guid> ChargeAsync(DispensedFill fill)
    {
        var message = new FillDispensed(
            fill.FillId, fill.PrescriptionId, fill.RxNumber, fill.FormulaCode, fill.Quantity, Guid.CreateVersion7(), "Pickup", null, null,
            fill.PrescriberId, fill.PayerName, fill.DispensedAt);
        var envelope = new Envelope { Headers = { [Inbox<BillingDbContext>.MessageIdHeader] = Guid.NewGuid().ToString() } };
        await _billing.DeliverAsync((inbox, sender) => ChargeDispensedFill.Handle(message, envelope, inbox, sender, CancellationToken.None));
        return await _billing.InDbAsync(db => db.Charges.Where(charge => charge.FillId == fill.FillId).Select(charge => charge.Id.Value).SingleAsync());
    }
}
