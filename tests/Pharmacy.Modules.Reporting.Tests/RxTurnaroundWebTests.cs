using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Contracts;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Quality.Contracts;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Reporting.Tests;

/// <summary>
/// The other modules' integration events, delivered through Wolverine to the inbox, and what staff and BI tools then
/// see: the Rx turnaround page, its API and its CSV.
/// </summary>
public sealed class RxTurnaroundWebTests : IAsyncLifetime
{
    private const int Seed = 4242;
    private const string PrescriberPayer = "Patient";
    private const int JourneyEvents = 7;
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private readonly ReportingHost _host = new();
    private readonly FillJourney _journey = FillJourney.Faker(Seed, Now).Generate();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_fill_announced_by_every_module_shows_on_the_page_with_its_stages_and_in_the_csv()
    {
        await DeliverJourneyAsync(_journey);
        var from = DateOnly.FromDateTime(_journey.ReceivedAt.UtcDateTime).ToString("yyyy-MM-dd");
        var pharmacist = _host.ClientFor(Roles.Pharmacist);

        var page = await pharmacist.GetStringAsync($"/Reporting/RxTurnaround?from={from}&to=&formula={_journey.FormulaCode}");
        var csv = await pharmacist.GetAsync($"/api/reporting/rx-turnaround.csv?from={from}&formula={_journey.FormulaCode}");

        Assert.Contains(_journey.RxNumber.ToString(), page);
        Assert.Contains(_journey.BatchNumber, page);
        Assert.Contains("Median hours per stage", page);
        Assert.Contains("<svg id=\"median-chart\"", page);
        Assert.Contains($"/api/reporting/rx-turnaround.csv?from={from}&amp;formula={_journey.FormulaCode}", page);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"rx-turnaround-from-{from}.csv", csv.Content.Headers.ContentDisposition!.FileNameStar ?? csv.Content.Headers.ContentDisposition.FileName);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{_journey.FillId},{_journey.PrescriptionId},{_journey.RxNumber},", lines[1]);
    }

    [Fact]
    public async Task The_api_lists_each_fills_hours_between_stages()
    {
        await DeliverJourneyAsync(_journey);

        var response = await _host.ClientFor(Roles.QualityAssurance).GetFromJsonAsync<JsonElement>("/api/reporting/rx-turnaround");

        Assert.Equal(1, response.GetProperty("totalCount").GetInt32());
        var fill = response.GetProperty("items")[0];
        Assert.Equal(_journey.FillId, fill.GetProperty("fillId").GetGuid());
        Assert.Equal("Dispensed", fill.GetProperty("stage").GetString());
        Assert.Equal((_journey.DispensedAt - _journey.ReceivedAt).TotalHours, fill.GetProperty("receivedToDispensedHours").GetDouble(), 1.0 / 60);
    }

    [Fact]
    public async Task Messages_delivered_again_are_recognised_by_the_inbox_and_leave_one_row()
    {
        Guid[] messageIds = [.. Enumerable.Range(0, JourneyEvents).Select(_ => Guid.NewGuid())];
        await DeliverJourneyAsync(_journey, messageIds);
        await DeliverJourneyAsync(_journey, messageIds);

        var (rows, inboxRows) = await _host.InScopeAsync(async db => (await db.RxTurnaround.CountAsync(), await db.InboxMessages.CountAsync()));

        Assert.Equal(1, rows);
        Assert.Equal(JourneyEvents, inboxRows);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_with_the_reason()
    {
        var billing = _host.ClientFor(Roles.Billing);

        var api = await billing.GetAsync("/api/reporting/rx-turnaround?from=2026-11-20&to=2026-11-01");
        var page = await billing.GetStringAsync("/Reporting/RxTurnaround?from=2026-11-20&to=2026-11-01");

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("The end date must be on or after the start date.", await api.Content.ReadAsStringAsync());
        Assert.Contains("The end date must be on or after the start date.", page);
    }

    [Fact]
    public async Task Only_the_roles_that_read_reports_may_open_them()
    {
        var technician = await _host.ClientFor(Roles.Technician).GetAsync("/api/reporting/rx-turnaround");
        var accountManagerPage = await _host.ClientFor(Roles.AccountManager).GetAsync("/Reporting/RxTurnaround");
        var nobody = await _host.ClientFor().GetAsync("/api/reporting/rx-turnaround.csv");
        var admin = await _host.ClientFor(Roles.Admin).GetAsync("/Reporting/RxTurnaround");

        Assert.Equal(HttpStatusCode.Forbidden, technician.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, accountManagerPage.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    /// <summary>
    /// The journey's events as each module publishes them, sent in the reverse of the order they happened; each under a
    /// new message id unless <paramref name="messageIds"/> are given (a redelivery).
    /// </summary>
    private async Task DeliverJourneyAsync(FillJourney j, IReadOnlyList<Guid>? messageIds = null)
    {
        object[] events =
        [
            new PrescriptionReceived(j.PrescriptionId, j.RxNumber, Guid.Empty, j.FormulaCode, "Portal", j.ReceivedAt),
            new PrescriptionVerified(j.PrescriptionId, j.RxNumber, "Pharmacist", j.VerifiedAt),
            new FillRequested(j.FillId, j.PrescriptionId, j.RxNumber, j.FillNumber, j.FormulaCode, j.Quantity, DaysSupply: 30, j.RequestedAt),
            new BatchCompounded(
                Guid.Empty, j.BatchNumber, j.FormulaCode, j.FormulaCode, FormulaVersion: 1, j.Quantity, "each", j.CompoundedAt.AddDays(180),
                "UspTable", "Room temperature", [], [], [j.FillId], "Technician", "Pharmacist", j.CompoundedAt),
            new BatchReleased(Guid.Empty, j.BatchNumber, [j.FillId], "Quality", j.ReleasedAt),
            new FillDispensed(
                j.FillId, j.PrescriptionId, j.RxNumber, j.FormulaCode, j.Quantity, BatchId: null, j.DispenseMethod, Carrier: null,
                TrackingNumber: null, Guid.Empty, PrescriberPayer, j.DispensedAt),
            new ChargeCreated(Guid.Empty, j.FillId, j.RxNumber, j.ChargeAmount, FillJourney.Currency, PrescriberPayer, j.ChargedAt),
        ];
        var ids = messageIds ?? [.. events.Select(_ => Guid.NewGuid())];
        foreach (var (integrationEvent, messageId) in events.Zip(ids).Reverse())
        {
            await _host.DeliverAsync(integrationEvent, messageId);
        }
    }
}
