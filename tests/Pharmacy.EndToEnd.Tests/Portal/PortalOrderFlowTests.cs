using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Modules.Billing.Contracts;
using Pharmacy.Modules.Portal.Contracts;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Wolverine;

namespace Pharmacy.EndToEnd.Tests.Portal;

/// <summary>A clinic orders on the portal; the order becomes a prescription in the pharmacy's intake queue and the portal follows it.</summary>
public sealed class PortalOrderFlowTests(PortalOrderFlowTests.OneClinic app) : IClassFixture<PortalOrderFlowTests.OneClinic>
{
    public sealed class OneClinic : PortalApp, IAsyncLifetime
    {
        public Clinic Clinic { get; private set; } = null!;

        public async Task InitializeAsync() => Clinic = await this.ClinicAsync("Hillside Clinic");

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task An_order_placed_on_the_portal_waits_in_the_intake_queue_as_a_prescription_of_the_clinic_with_the_composed_directions()
    {
        var orderId = await PortalApp.PlaceOrderAsync(app.Clinic);
        var prescriptionId = await app.PrescriptionOfAsync(orderId);

        var prescription = await PrescriptionAsync(prescriptionId);
        Assert.Equal(PrescriptionStatus.Received, prescription.Status);
        Assert.Equal(IntakeChannel.Portal, prescription.Channel);
        Assert.Equal(orderId.ToString(), prescription.ExternalId);
        Assert.Equal(app.Clinic.OrganisationId, prescription.OrganisationId);
        Assert.Equal("Take 1 capsule by mouth once daily at bedtime", prescription.Directions);
        await Api.Eventually(async () => (await app.OrderAsync(orderId))!.Status == OrderStatus.Received, "the portal shows the order received");
    }

    [Fact]
    public async Task An_order_delivered_again_makes_no_second_prescription()
    {
        var orderId = await PortalApp.PlaceOrderAsync(app.Clinic, patientLastName: "Delgado");
        await app.PrescriptionOfAsync(orderId);
        var order = (await app.OrderAsync(orderId))!;

        await app.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IMessageBus>().PublishAsync(new PortalOrderPlaced(
                orderId, order.Number, app.Clinic.OrganisationId, order.PrescriberNpi, order.PatientFirstName, order.PatientLastName, order.PatientDateOfBirth,
                order.PatientSex, order.PatientState, order.FormulaCode, order.QuantityAmount, order.Directions, order.DaysSupply, order.Refills,
                DateOnly.FromDateTime(order.PlacedAt.UtcDateTime), order.PlacedAt));
            return 0;
        });
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(1, await app.InScopeAsync(services =>
            services.GetRequiredService<PrescriptionsDbContext>().Prescriptions.CountAsync(p => p.ExternalId == orderId.ToString())));
    }

    [Fact]
    public async Task The_pharmacys_question_shows_on_the_order_and_the_clinics_answer_goes_on_the_prescription()
    {
        var orderId = await PortalApp.PlaceOrderAsync(app.Clinic, patientLastName: "Okafor");
        var prescriptionId = await app.PrescriptionOfAsync(orderId);
        var pharmacy = app.ApiClient();
        var asked = await pharmacy.PostAsJsonAsync($"/api/prescriptions/{prescriptionId}/clarification", new { question = "Confirm 4.5 mg, not 1.5 mg?" });
        Assert.Equal(HttpStatusCode.NoContent, asked.StatusCode);

        await Api.Eventually(
            async () => (await app.Clinic.Portal.GetStringAsync($"/Portal/Order/{orderId}?handler=Status")).Contains("Confirm 4.5 mg, not 1.5 mg?"),
            "the question shows on the order's status");
        var answered = await app.Clinic.Portal.SubmitAsync($"/Portal/Order/{orderId}", new Dictionary<string, string> { ["Answer"] = "Yes, 4.5 mg at bedtime." }, handler: "Answer");
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        await Api.Eventually(async () => (await PrescriptionAsync(prescriptionId)).ClarificationAnswer == "Yes, 4.5 mg at bedtime.", "the answer is on the prescription");
        var prescription = await PrescriptionAsync(prescriptionId);
        Assert.Equal(PrescriptionStatus.Received, prescription.Status);
        Assert.EndsWith("(portal)", prescription.ClarificationAnsweredBy);
    }

    [Fact]
    public async Task A_hold_at_the_pharmacy_shows_on_the_open_order_with_its_reason()
    {
        var orderId = await PortalApp.PlaceOrderAsync(app.Clinic, patientLastName: "Brooks");
        var prescriptionId = await app.PrescriptionOfAsync(orderId);

        var held = await app.ApiClient().PostAsJsonAsync($"/api/prescriptions/{prescriptionId}/hold", new { reason = "Prior authorisation pending" });
        Assert.Equal(HttpStatusCode.NoContent, held.StatusCode);

        await Api.Eventually(async () =>
        {
            var status = await app.Clinic.Portal.GetStringAsync($"/Portal/Order/{orderId}?handler=Status");
            return status.Contains("On hold") && status.Contains("Prior authorisation pending");
        }, "the order shows the hold");
    }

    [Fact]
    public async Task An_order_with_incomplete_directions_or_another_organisations_prescriber_is_refused_field_by_field_and_nothing_is_sent()
    {
        var form = PortalApp.OrderForm(app.Clinic);
        form["Input.Route"] = "";
        form["Input.PrescriberId"] = Guid.NewGuid().ToString();
        var before = await app.InScopeAsync(services => services.GetRequiredService<Pharmacy.Modules.Portal.Persistence.PortalDbContext>().Orders.CountAsync());

        var answer = await app.Clinic.Portal.SubmitAsync("/Portal/New", form);
        var page = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Choose the route.", page);
        Assert.Equal(before, await app.InScopeAsync(services => services.GetRequiredService<Pharmacy.Modules.Portal.Persistence.PortalDbContext>().Orders.CountAsync()));
    }

    [Fact]
    public async Task An_order_for_a_patient_in_a_state_where_the_prescriber_holds_no_licence_is_refused_before_it_is_sent()
    {
        var form = PortalApp.OrderForm(app.Clinic);
        form["Input.PatientState"] = "OR";

        var page = await (await app.Clinic.Portal.SubmitAsync("/Portal/New", form)).Content.ReadAsStringAsync();

        Assert.Contains("OR", page);
        Assert.Contains("licen", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/Portal/Order/", page);
    }

    [Fact]
    public async Task Billings_charge_for_an_orders_fill_and_the_payments_against_it_show_in_the_clinics_invoices_and_balance()
    {
        var orderId = await PortalApp.PlaceOrderAsync(app.Clinic, patientLastName: "Lindqvist");
        await app.PrescriptionOfAsync(orderId);
        await Api.Eventually(async () => (await app.OrderAsync(orderId))!.RxNumber is not null, "the order knows its Rx number");
        var order = (await app.OrderAsync(orderId))!;
        var chargeId = Guid.NewGuid();

        await PublishAsync(new ChargeCreated(chargeId, Guid.NewGuid(), order.RxNumber!.Value, 84.50m, "USD", "Clinic", DateTimeOffset.UtcNow));
        await PublishAsync(new ChargeCreated(chargeId, Guid.NewGuid(), order.RxNumber!.Value, 84.50m, "USD", "Clinic", DateTimeOffset.UtcNow));
        await Api.Eventually(async () => (await app.Clinic.Portal.GetStringAsync("/Portal/Invoices")).Contains($"Order {order.Number}</a>"), "the charge shows");
        await PublishAsync(new PaymentReceived(chargeId, Guid.NewGuid(), 50m, "USD", "Card", Settled: false, DateTimeOffset.UtcNow));

        await Api.Eventually(async () => (await app.Clinic.Portal.GetStringAsync("/Portal/Invoices")).Contains("34.50 USD"), "the balance after the payment shows");
        var invoices = await app.Clinic.Portal.GetStringAsync("/Portal/Invoices");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(invoices, $"Order {order.Number}</a>"));
        Assert.Contains("84.50 USD", invoices);
        Assert.Contains("Partially paid", invoices);
    }

    private Task PublishAsync(object message) => app.InScopeAsync(async services =>
    {
        await services.GetRequiredService<IMessageBus>().PublishAsync(message);
        return 0;
    });

    private Task<Prescription> PrescriptionAsync(Guid id) =>
        app.InScopeAsync(async services => (await services.GetRequiredService<PrescriptionsDbContext>().Prescriptions.AsNoTracking()
            .SingleAsync(p => p.Id == PrescriptionId.From(id))));
}
