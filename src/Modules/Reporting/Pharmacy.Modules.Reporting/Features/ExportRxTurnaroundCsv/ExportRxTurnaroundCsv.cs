using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Reporting.Features.GetRxTurnaround;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Reporting.Features.ExportRxTurnaroundCsv;

/// <summary>Every fill the filter matches (no paging), for a spreadsheet.</summary>
[Access(ReportingAccess.Read)]
public sealed record ExportRxTurnaroundCsv(DateOnly? From = null, DateOnly? To = null, string? Formula = null)
    : IQuery<IReadOnlyList<RxTurnaroundRow>>, IRxTurnaroundFilter;

internal sealed class ExportRxTurnaroundCsvValidator : RxTurnaroundFilterValidator<ExportRxTurnaroundCsv>;

internal sealed class ExportRxTurnaroundCsvHandler(ReportingDbContext db) : IQueryHandler<ExportRxTurnaroundCsv, IReadOnlyList<RxTurnaroundRow>>
{
    public async ValueTask<IReadOnlyList<RxTurnaroundRow>> Handle(ExportRxTurnaroundCsv query, CancellationToken cancellationToken) =>
        await db.RxTurnaroundView.Matching(query).MostRecentFirst().ToRows().ToListAsync(cancellationToken);
}

internal static class ExportRxTurnaroundCsvEndpoint
{
    public const string Path = "/rx-turnaround.csv";

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet(Path, async (DateOnly? from, DateOnly? to, string? formula, ISender sender, CancellationToken cancellationToken) =>
            {
                var rows = await sender.Send(new ExportRxTurnaroundCsv(from, to, formula), cancellationToken);
                return Results.File(Encoding.UTF8.GetBytes(RxTurnaroundCsv.Write(rows)), "text/csv; charset=utf-8", FileName(from, to));
            })
            .WithName(nameof(ExportRxTurnaroundCsv))
            .WithSummary("Rx turnaround as a CSV download, with the same filters as the list")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();

    private static string FileName(DateOnly? from, DateOnly? to) =>
        string.Create(CultureInfo.InvariantCulture, $"rx-turnaround{(from is { } f ? $"-from-{f:yyyy-MM-dd}" : "")}{(to is { } t ? $"-to-{t:yyyy-MM-dd}" : "")}.csv");
}
