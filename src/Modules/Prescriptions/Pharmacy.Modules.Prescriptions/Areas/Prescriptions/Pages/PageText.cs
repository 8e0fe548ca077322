namespace Pharmacy.Modules.Prescriptions.Areas.Prescriptions.Pages;

/// <summary>How the prescription pages write times.</summary>
public static class PageText
{
    public static string When(DateTimeOffset? at) => at is { } time ? $"{time:yyyy-MM-dd HH:mm} UTC" : "—";
}
