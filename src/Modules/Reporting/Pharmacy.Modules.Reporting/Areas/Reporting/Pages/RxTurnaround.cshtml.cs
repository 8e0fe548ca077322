using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Reporting.Charts;
using Pharmacy.Modules.Reporting.Domain.Turnaround;
using Pharmacy.Modules.Reporting.Features.ExportRxTurnaroundCsv;
using Pharmacy.Modules.Reporting.Features.GetRxTurnaround;
using Pharmacy.Modules.Reporting.Features.GetRxTurnaroundSummary;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Problems;

namespace Pharmacy.Modules.Reporting.Areas.Reporting.Pages;

/// <summary>How long prescriptions take from arrival to the patient, stage by stage, and the fills behind the numbers.</summary>
[Authorize(Policy = ReportingAccess.Read)]
public sealed class RxTurnaroundModel(ISender sender, TimeProvider clock) : PageModel
{
    /// <summary>A first visit shows the last 30 days; a submitted form with no dates shows everything.</summary>
    public const int DefaultDays = 30;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Formula { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public TurnaroundSummary Summary { get; private set; } = TurnaroundSummary.Of([]);

    public IReadOnlyList<string> Formulas { get; private set; } = [];

    public PagedResult<RxTurnaroundRow> Fills { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public BarChart MedianChart => BarChart.Of(Summary.Steps.Select(step => (step.Stage.Name, step.MedianHours)), "h");

    public string CsvLink => ReportingModule.ApiRoot + ExportRxTurnaroundCsvEndpoint.Path + QueryString.Create(
        new Dictionary<string, string?>
        {
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["formula"] = Formula,
        }.Where(pair => !string.IsNullOrEmpty(pair.Value))).ToUriComponent();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Request.Query.ContainsKey("from") && !Request.Query.ContainsKey("to"))
        {
            To = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            From = To.Value.AddDays(1 - DefaultDays);
        }

        await ModelState.TryAsync(async () =>
        {
            var summary = await sender.Send(new GetRxTurnaroundSummary(From, To, Formula), cancellationToken);
            Summary = summary.Turnaround;
            Formulas = summary.Formulas;
            Fills = await sender.Send(new GetRxTurnaround(From, To, Formula, PageNumber), cancellationToken);
        }, prefix: "");
    }

    public static string Hours(double? hours) => hours is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) + " h" : "–";

    public static string Time(DateTimeOffset? time) =>
        time?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "–";
}
