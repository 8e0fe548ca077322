namespace Pharmacy.Modules.Portal.Notifications;

/// <summary>The SMTP server the portal's notification e-mails go through (Smtp:Host, Smtp:Port, Smtp:From); none without a host.</summary>
public sealed class SmtpSettings
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string From { get; set; } = "portal@pharmacy.example";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
