using Pharmacy.Shared.Web.TagHelpers;

namespace Pharmacy.Modules.Prescriptions.Areas.Prescriptions.Pages;

/// <summary>How the prescription pages write times and states.</summary>
public static class PageText
{
    public static string When(DateTimeOffset? at) => at is { } time ? $"{time:yyyy-MM-dd HH:mm} UTC" : "—";

    /// <summary>"ReadyToDispense" reads "Ready to dispense", as on the status badges.</summary>
    public static string Status(string value) => StatusBadgeTagHelper.Humanize(value);
}
