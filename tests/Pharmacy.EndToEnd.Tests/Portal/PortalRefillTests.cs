using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Modules.Portal.Features.RecordOrderProgress;
using Pharmacy.Modules.Prescriptions.Contracts;

namespace Pharmacy.EndToEnd.Tests.Portal;

/// <summary>
/// A clinic asks for a refill of an order it received: the pharmacy is asked first whether it has one to give, and its
/// refusal is shown in its own words with nothing sent. (The pharmacy's answer is the test's here; the rules behind it
/// are Prescriptions' and tested there.)
/// </summary>
public sealed class PortalRefillTests(PortalRefillTests.ClinicWithRefills app) : IClassFixture<PortalRefillTests.ClinicWithRefills>
{
    public sealed class ClinicWithRefills : PortalApp, IAsyncLifetime
    {
        public ConcurrentDictionary<Guid, string> Refusals { get; } = new();

        public Clinic Clinic { get; private set; } = null!;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IRefillCheck>(new AnsweredRefillCheck(Refusals)));
        }

        public async Task InitializeAsync() => Clinic = await this.ClinicAsync("Cedar Clinic");

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private sealed class AnsweredRefillCheck(ConcurrentDictionary<Guid, string> refusals) : IRefillCheck
    {
        public Task<string?> RefusalOfRefillAsync(Guid prescriptionId, CancellationToken cancellationToken) =>
            Task.FromResult(refusals.TryGetValue(prescriptionId, out var refusal) ? refusal : null);
    }

    [Fact]
    public async Task An_order_not_yet_shipped_offers_no_refill_and_a_request_for_one_is_refused()
    {
        var orderId = await PortalApp.PlaceOrderAsync(app.Clinic, patientLastName: "Ferreira");
        await app.PrescriptionOfAsync(orderId);

        var page = await (await app.Clinic.Portal.SubmitAsync($"/Portal/Order/{orderId}", new Dictionary<string, string>(), handler: "Refill"))
            .Content.ReadAsStringAsync();

        Assert.Contains("A refill can be requested once the order has been shipped or picked up.", page);
        Assert.Null((await app.OrderAsync(orderId))!.RefillRequestedAt);
    }

    [Fact]
    public async Task A_shipped_orders_refill_is_refused_in_the_pharmacys_words_when_it_has_none_to_give_and_sent_when_it_has()
    {
        var orderId = await PortalApp.PlaceOrderAsync(app.Clinic, patientLastName: "Osei");
        var prescriptionId = await app.PrescriptionOfAsync(orderId);
        await ShippedAsync(orderId, prescriptionId);
        Assert.Contains("send-refill", await app.Clinic.Portal.GetStringAsync($"/Portal/Order/{orderId}?handler=Status"));
        app.Refusals[prescriptionId] = "Too soon: the next refill is due on 2026-12-20.";

        var refused = await (await app.Clinic.Portal.SubmitAsync($"/Portal/Order/{orderId}", new Dictionary<string, string>(), handler: "Refill"))
            .Content.ReadAsStringAsync();
        Assert.Contains("Too soon: the next refill is due on 2026-12-20.", refused);
        Assert.Null((await app.OrderAsync(orderId))!.RefillRequestedAt);

        app.Refusals.TryRemove(prescriptionId, out _);
        var sent = await (await app.Clinic.Portal.SubmitAsync($"/Portal/Order/{orderId}", new Dictionary<string, string>(), handler: "Refill"))
            .Content.ReadAsStringAsync();
        Assert.Contains("Your refill request is sent to the pharmacy.", sent);
        var order = (await app.OrderAsync(orderId))!;
        Assert.NotNull(order.RefillRequestedAt);
        Assert.StartsWith(app.Clinic.UserName, order.RefillRequestedBy);
    }

    [Fact]
    public async Task A_request_kept_for_a_pharmacist_shows_on_the_order_with_the_reason_until_it_is_answered()
    {
        var orderId = await PortalApp.PlaceOrderAsync(app.Clinic, patientLastName: "Nakamura");
        var prescriptionId = await app.PrescriptionOfAsync(orderId);
        await ShippedAsync(orderId, prescriptionId, refillsRemaining: 2);
        Assert.Contains("send-refill", await StatusPartAsync(orderId));

        await ShippedAsync(orderId, prescriptionId, refillsRemaining: 2, request: "Pending", note: "Too soon: the next refill is due on 2026-12-20.");
        var waiting = await StatusPartAsync(orderId);
        Assert.Contains("Waiting for a pharmacist", waiting);
        Assert.Contains("Too soon: the next refill is due on 2026-12-20.", waiting);
        Assert.DoesNotContain("send-refill", waiting);
        var again = await (await app.Clinic.Portal.SubmitAsync($"/Portal/Order/{orderId}", new Dictionary<string, string>(), handler: "Refill"))
            .Content.ReadAsStringAsync();
        Assert.Contains("Your earlier refill request still waits for a pharmacist", again);

        await ShippedAsync(orderId, prescriptionId, refillsRemaining: 2, request: "Declined", note: "The patient's dose is being changed; a new prescription follows.");
        var declined = await StatusPartAsync(orderId);
        Assert.Contains("Declined", declined);
        Assert.Contains("send-refill", declined);
        var notifications = await app.Clinic.Portal.GetStringAsync("/Portal/Notifications");
        Assert.Contains("waits for a pharmacist: Too soon", notifications);
        Assert.Contains("The pharmacy declined the refill of order", notifications);
    }

    [Fact]
    public async Task An_order_with_no_refills_left_offers_none_and_says_a_new_prescription_is_needed()
    {
        var orderId = await PortalApp.PlaceOrderAsync(app.Clinic, patientLastName: "Adeyemi");
        var prescriptionId = await app.PrescriptionOfAsync(orderId);
        await ShippedAsync(orderId, prescriptionId, refillsRemaining: 0);

        var status = await StatusPartAsync(orderId);
        Assert.DoesNotContain("send-refill", status);
        Assert.Contains("No refills are left on this prescription", status);
    }

    private Task<string> StatusPartAsync(Guid orderId) => app.Clinic.Portal.GetStringAsync($"/Portal/Order/{orderId}?handler=Status");

    /// <summary>The pharmacy's word that the order's prescription was shipped, as its event would bring it.</summary>
    private Task ShippedAsync(Guid orderId, Guid prescriptionId, int? refillsRemaining = null, string? request = null, string? note = null) =>
        app.InScopeAsync(async services =>
        {
            var order = (await app.OrderAsync(orderId))!;
            await services.GetRequiredService<Mediator.ISender>().Send(new RecordOrderProgress(
                orderId, prescriptionId, order.RxNumber ?? 0, "Shipped", null, null, null, DateTimeOffset.UtcNow.AddDays(30), "UPS",
                "1Z999AA10123456784", DateTimeOffset.UtcNow, 1, refillsRemaining, request, note));
            return 0;
        });
}
