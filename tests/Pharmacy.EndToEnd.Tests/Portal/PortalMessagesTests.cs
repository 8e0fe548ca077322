using System.Net;
using Pharmacy.EndToEnd.Tests.Infrastructure;

namespace Pharmacy.EndToEnd.Tests.Portal;

/// <summary>
/// A clinic and the pharmacy write to each other on an order: the clinic's message waits unread in the pharmacy's inbox
/// until someone opens it; the pharmacy's reply is news for the clinic, in its notifications and on its orders list.
/// </summary>
public sealed class PortalMessagesTests(PortalMessagesTests.OneClinic app) : IClassFixture<PortalMessagesTests.OneClinic>
{
    public sealed class OneClinic : PortalApp, IAsyncLifetime
    {
        public Clinic Clinic { get; private set; } = null!;

        public async Task InitializeAsync() => Clinic = await this.ClinicAsync("Juniper Clinic");

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task A_clinics_message_waits_unread_in_the_pharmacys_inbox_and_the_reply_reaches_the_clinic_as_news()
    {
        var orderId = await PortalApp.PlaceOrderAsync(app.Clinic, patientLastName: "Whitfield");
        var number = (await app.OrderAsync(orderId))!.Number;
        var pharmacist = await app.SignedInAsync("pharmacist");

        var sent = await app.Clinic.Portal.SubmitAsync(
            $"/Portal/Order/{orderId}", new Dictionary<string, string> { ["Body"] = "Can the patient collect it on Friday?" }, handler: "Message");
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Can the patient collect it on Friday?", await app.Clinic.Portal.GetStringAsync($"/Portal/Order/{orderId}?handler=Messages"));

        var inbox = await pharmacist.GetStringAsync("/Portal/Inbox");
        Assert.Contains($"Order {number}</a>", inbox);
        Assert.Contains("1 new", inbox);

        var conversation = await pharmacist.GetStringAsync($"/Portal/Inbox/Conversation/{orderId}");
        Assert.Contains("Can the patient collect it on Friday?", conversation);
        Assert.Contains("Whitfield", conversation);
        Assert.DoesNotContain($"Order {number}</a>", await pharmacist.GetStringAsync("/Portal/Inbox"));
        Assert.Contains($"Order {number}</a>", await pharmacist.GetStringAsync("/Portal/Inbox?filter=All"));

        var replied = await pharmacist.SubmitAsync(
            $"/Portal/Inbox/Conversation/{orderId}", new Dictionary<string, string> { ["Body"] = "Yes, from 10 am at the counter." });
        Assert.Equal(HttpStatusCode.OK, replied.StatusCode);

        Assert.Contains("1 new message", await app.Clinic.Portal.GetStringAsync("/Portal"));
        var notifications = await app.Clinic.Portal.GetStringAsync("/Portal/Notifications");
        Assert.Contains($"The pharmacy wrote a message about order {number}.", notifications);
        Assert.DoesNotContain("Whitfield", notifications);
        Assert.Contains("Yes, from 10 am at the counter.", await app.Clinic.Portal.GetStringAsync($"/Portal/Order/{orderId}"));
        Assert.DoesNotContain("1 new message", await app.Clinic.Portal.GetStringAsync("/Portal"));
    }

    [Fact]
    public async Task An_empty_or_overlong_message_is_refused_on_its_field_and_nothing_is_sent()
    {
        var orderId = await PortalApp.PlaceOrderAsync(app.Clinic, patientLastName: "Marsh");

        var empty = await (await app.Clinic.Portal.SubmitAsync(
            $"/Portal/Order/{orderId}", new Dictionary<string, string> { ["Body"] = "   " }, handler: "Message")).Content.ReadAsStringAsync();
        var overlong = await (await app.Clinic.Portal.SubmitAsync(
            $"/Portal/Order/{orderId}", new Dictionary<string, string> { ["Body"] = new string('x', 2001) }, handler: "Message")).Content.ReadAsStringAsync();

        Assert.Contains("Write the message before sending it.", empty);
        Assert.Contains("Use at most 2,000 characters.", overlong);
        Assert.Contains("No message on this order yet.", await app.Clinic.Portal.GetStringAsync($"/Portal/Order/{orderId}?handler=Messages"));
    }

    [Fact]
    public async Task The_pharmacys_progress_on_an_order_is_a_notification_of_the_clinic_until_someone_of_it_reads_them()
    {
        var orderId = await PortalApp.PlaceOrderAsync(app.Clinic, patientLastName: "Ibarra");
        var number = (await app.OrderAsync(orderId))!.Number;

        await Api.Eventually(
            async () => (await app.Clinic.Portal.GetStringAsync("/Portal/Notifications")).Contains($"Order {number} is now: Received."),
            "the clinic is told the pharmacy received the order");
        Assert.Contains("unread notification", await app.Clinic.Portal.GetStringAsync("/Portal"));

        var read = await app.Clinic.Portal.SubmitAsync("/Portal/Notifications", new Dictionary<string, string>(), handler: "Read");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("Nothing unread.", await read.Content.ReadAsStringAsync());
        Assert.DoesNotContain("unread notification", await app.Clinic.Portal.GetStringAsync("/Portal"));
    }

    [Fact]
    public async Task The_inbox_is_the_pharmacys_and_a_clinic_cannot_open_it()
    {
        var orderId = await PortalApp.PlaceOrderAsync(app.Clinic, patientLastName: "Keane");

        var inbox = await app.Clinic.Portal.GetAsync("/Portal/Inbox");
        var conversation = await app.Clinic.Portal.GetAsync($"/Portal/Inbox/Conversation/{orderId}");

        Assert.Equal("/Account/AccessDenied", inbox.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/Account/AccessDenied", conversation.RequestMessage!.RequestUri!.AbsolutePath);
    }
}
