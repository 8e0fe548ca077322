namespace Pharmacy.Modules.Quality.Areas.Quality.Pages;

/// <summary>Waiting times as people say them: "45 min", "5 h", "2 d 4 h".</summary>
public static class Durations
{
    public static string Describe(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span switch
        {
            { TotalMinutes: < 60 } => $"{(int)span.TotalMinutes} min",
            { TotalHours: < 24 } => $"{(int)span.TotalHours} h",
            _ => span.Hours == 0 ? $"{span.Days} d" : $"{span.Days} d {span.Hours} h",
        };
    }
}
