using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Pharmacy.Modules.Portal.Notifications;

/// <summary>
/// Tells a clinic by e-mail that an order has news. The mail names the order's number and nothing else: no patient,
/// no formula, no prescriber (e-mail is not a safe place for patient data); the details are on the portal, behind sign-in.
/// </summary>
public sealed class OrderMail(IOptions<SmtpSettings> settings)
{
    public static string SubjectOf(long orderNumber) => $"Order {orderNumber} has an update";

    public async Task SendUpdateAsync(string to, long orderNumber, CancellationToken cancellationToken)
    {
        var smtp = settings.Value;
        if (smtp.Host is not { Length: > 0 } host)
        {
            return;
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = SubjectOf(orderNumber);
        message.Body = new TextPart("plain")
        {
            Text = $"Order {orderNumber} placed on the pharmacy's provider portal has an update.\n\nSign in to the portal to see it.",
        };

        using var client = new SmtpClient();
        await client.ConnectAsync(host, smtp.Port, SecureSocketOptions.Auto, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
