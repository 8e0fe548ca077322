using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Modules.Portal.Contracts;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Wolverine;

namespace Pharmacy.EndToEnd.Tests.Portal;

/// <summary>A clinic asks on the portal for a refill of an order's prescription whose first fill the patient has.</summary>
public sealed class PortalRefillFlowTests(PortalRefillFlowTests.OneClinic app) : IClassFixture<PortalRefillFlowTests.OneClinic>
{
    private const string Pharmacist = "Alex Kim, PharmD";

    public sealed class OneClinic : PortalApp, IAsyncLifetime
    {
        public Clinic Clinic { get; private set; } = null!;

        public async Task InitializeAsync() => Clinic = await this.ClinicAsync("Riverside Clinic");

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task A_refill_requested_in_time_becomes_a_new_fill_for_compounding()
    {
        var (orderId, prescriptionId) = await HandedOutAsync("Moreau", daysAgo: 25);

        Assert.Null(await RefusalAsync(prescriptionId));
        await RequestRefillAsync(orderId, prescriptionId);

        await Api.Eventually(async () => (await PrescriptionAsync(prescriptionId)).Fills.Count == 2, "the refill is a new fill");
        var prescription = await PrescriptionAsync(prescriptionId);
        var refill = prescription.Fills.Single(fill => fill.Number == 1);
        Assert.NotEqual(FillStatus.Cancelled, refill.Status);
        Assert.Equal(prescription.RefillsAuthorized - 1, prescription.RefillsRemaining);
        Assert.Null(prescription.RefillRequestStatus);
        await Api.Eventually(async () => (await app.OrderAsync(orderId))!.FillCount == 2, "the clinic's order shows the refill");
        Assert.Equal(prescription.RefillsRemaining, (await app.OrderAsync(orderId))!.RefillsRemaining);
    }

    [Fact]
    public async Task A_refill_requested_too_soon_waits_on_the_prescription_for_a_pharmacist()
    {
        var (orderId, prescriptionId) = await HandedOutAsync("Lindqvist", daysAgo: 2);

        Assert.Contains("too soon", await RefusalAsync(prescriptionId));
        await RequestRefillAsync(orderId, prescriptionId);

        await Api.Eventually(
            async () => (await PrescriptionAsync(prescriptionId)).RefillRequestStatus == RefillRequestStatus.Pending, "the request waits for a pharmacist");
        var prescription = await PrescriptionAsync(prescriptionId);
        Assert.Single(prescription.Fills);
        Assert.Contains("too soon", prescription.RefillRequestRefusal);
        Assert.Equal(prescription.RefillsAuthorized, prescription.RefillsRemaining);
        await Api.Eventually(
            async () => (await app.OrderAsync(orderId))!.RefillRequest == Pharmacy.Modules.Portal.Domain.Orders.RefillRequestState.Pending,
            "the clinic's order shows that its request waits for a pharmacist");
        Assert.Contains("too soon", (await app.OrderAsync(orderId))!.RefillRequestNote);
    }

    private Task RequestRefillAsync(Guid orderId, Guid prescriptionId) =>
        app.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IMessageBus>().PublishAsync(
                new PortalRefillRequested(orderId, prescriptionId, app.Clinic.OrganisationId, "Dr Rivera's office", DateTimeOffset.UtcNow));
            return 0;
        });

    private Task<string?> RefusalAsync(Guid prescriptionId) =>
        app.InScopeAsync(services => services.GetRequiredService<IRefillCheck>().RefusalOfRefillAsync(prescriptionId, CancellationToken.None));

    /// <summary>An order's prescription verified, made and picked up <paramref name="daysAgo"/> days ago (of its 30 days supply).</summary>
    private async Task<(Guid OrderId, Guid PrescriptionId)> HandedOutAsync(string patientLastName, int daysAgo)
    {
        var orderId = await PortalApp.PlaceOrderAsync(app.Clinic, patientLastName: patientLastName);
        var prescriptionId = await app.PrescriptionOfAsync(orderId);
        await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PrescriptionsDbContext>();
            var prescription = await db.FindPrescriptionAsync(prescriptionId, CancellationToken.None);
            var prescriber = await db.Prescribers.AsNoTracking().SingleAsync(p => p.ProviderId == prescription.PrescriberId);
            var authority = await db.PrescribingAuthorityOfAsync(prescriber.ProviderId, CancellationToken.None);
            var handedOutAt = DateTimeOffset.UtcNow.AddDays(-daysAgo);
            var fill = prescription.Verify(prescriber, authority, null, Pharmacist, handedOutAt.AddHours(-2));
            var batchId = Guid.CreateVersion7();
            prescription.RecordBatchPlanned(fill.Id, batchId, $"B-{patientLastName}");
            prescription.RecordBatchReleased(fill.Id, batchId, $"B-{patientLastName}", handedOutAt.AddHours(-1));
            prescription.CheckFill(fill.Id, Pharmacist, handedOutAt.AddMinutes(-30));
            prescription.Dispense(fill.Id, "The patient", CollectorRelationship.Self, CounsellingAnswer.Declined, Pharmacist, handedOutAt);
            await db.SaveChangesAsync();
            return 0;
        });
        return (orderId, prescriptionId);
    }

    private Task<Prescription> PrescriptionAsync(Guid prescriptionId) =>
        app.InScopeAsync(services => services.GetRequiredService<PrescriptionsDbContext>().Prescriptions.AsNoTracking()
            .SingleAsync(p => p.Id == PrescriptionId.From(prescriptionId)));
}
