using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.GetClarifications;

/// <summary>Which clarifications to list: waiting for the prescriber, answered, or both.</summary>
public enum ClarificationFilter
{
    Open,
    Answered,
    All,
}

/// <summary>
/// The clarification queue: prescriptions whose question to the prescriber is open (oldest first, they wait longest),
/// or answered ones with the answer beside the question.
/// </summary>
public sealed record GetClarifications(string? Search, ClarificationFilter Filter, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<ClarificationSummary>>;

public sealed record ClarificationSummary(
    Guid PrescriptionId, long RxNumber, string PatientName, string PrescriberName, string FormulaCode, string Status,
    string Question, string? AskedBy, DateTimeOffset? AskedAt, string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt);

internal sealed class GetClarificationsHandler(PrescriptionsDbContext db) : IQueryHandler<GetClarifications, PagedResult<ClarificationSummary>>
{
    public async ValueTask<PagedResult<ClarificationSummary>> Handle(GetClarifications query, CancellationToken cancellationToken)
    {
        var prescriptions = db.Prescriptions.AsNoTracking().Where(p => p.ClarificationQuestion != null);
        prescriptions = query.Filter switch
        {
            ClarificationFilter.Open => prescriptions.Where(p => p.Status == PrescriptionStatus.NeedsClarification),
            // An answer is recorded with its time, so the answered ones are the rows of the index on that time.
            ClarificationFilter.Answered => prescriptions.Where(p => p.ClarificationAnsweredAt != null),
            _ => prescriptions,
        };
        prescriptions = await PrescriptionSearch.FilterAsync(prescriptions, db, query.Search, cancellationToken);

        var ordered = query.Filter switch
        {
            ClarificationFilter.Open => prescriptions.OrderBy(p => p.ClarificationAskedAt).ThenBy(p => p.RxNumber),
            ClarificationFilter.Answered => prescriptions.OrderByDescending(p => p.ClarificationAnsweredAt).ThenBy(p => p.RxNumber),
            _ => prescriptions.OrderByDescending(p => p.ClarificationAnsweredAt ?? p.ClarificationAskedAt).ThenBy(p => p.RxNumber),
        };
        return await ordered
            .Select(p => new ClarificationSummary(
                p.Id.Value, p.RxNumber, p.Patient.LastName + ", " + p.Patient.FirstName, p.PrescriberName, p.FormulaCode, p.Status.ToString(),
                p.ClarificationQuestion!, p.ClarificationAskedBy, p.ClarificationAskedAt, p.ClarificationAnswer, p.ClarificationAnsweredBy,
                p.ClarificationAnsweredAt))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}

internal static class GetClarificationsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/clarifications", (string? search, ClarificationFilter? filter, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetClarifications(search, filter ?? ClarificationFilter.Open, page ?? 1, pageSize ?? PageRequest.DefaultPageSize), cancellationToken))
            .WithName(nameof(GetClarifications))
            .WithSummary("The clarification queue: questions to prescribers and their answers")
            .Produces<PagedResult<ClarificationSummary>>();
}
