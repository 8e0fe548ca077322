using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using MimeKit;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Pharmacy.EndToEnd.Tests.Portal;

/// <summary>The clinic hears by e-mail that an order has news, through the configured SMTP server, and the mail names no patient.</summary>
public sealed class PortalMailTests(PortalMailTests.AppWithMail app) : IClassFixture<PortalMailTests.AppWithMail>
{
    /// <summary>The host with an SMTP server of the test's own, in this process, on a free port.</summary>
    public sealed class AppWithMail : PortalApp, IAsyncLifetime
    {
        private readonly CancellationTokenSource _stop = new();

        public int SmtpPort { get; } = FreePort();

        public ConcurrentQueue<MimeMessage> Received { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:From", "portal@pharmacy.example");
        }

        public Task InitializeAsync()
        {
            var options = new SmtpServerOptionsBuilder().ServerName("localhost").Port(SmtpPort).Build();
            var services = new ServiceProvider();
            services.Add(new Inbox(Received));
            _ = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
            return Task.CompletedTask;
        }

        Task IAsyncLifetime.DisposeAsync()
        {
            _stop.Cancel();
            return Task.CompletedTask;
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    private sealed class Inbox(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    [Fact]
    public async Task An_order_taken_in_by_the_pharmacy_is_mailed_to_the_clinic_by_its_number_without_any_patient_data()
    {
        var clinic = await app.ClinicAsync("Riverbend Clinic");
        var orderId = await PortalApp.PlaceOrderAsync(clinic, patientLastName: "Vasquez-Test");
        var number = (await app.OrderAsync(orderId))!.Number;

        MimeMessage? mail = null;
        await Api.Eventually(() => Task.FromResult(
            (mail = app.Received.FirstOrDefault(m => m.Subject == $"Order {number} has an update")) is not null), "the clinic's mail arrived");

        var everything = mail!.ToString();
        Assert.Contains(mail.To.Mailboxes, to => to.Address.EndsWith("@clinic.example.org", StringComparison.Ordinal));
        Assert.All(["Vasquez-Test", "Maria", "1971-04-12", "Ruiz", "LDN", "capsule", "Barton Springs"], patientDatum => Assert.DoesNotContain(patientDatum, everything));
    }
}
