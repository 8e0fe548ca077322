using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Prescriptions.Features.GetPrescriptionHistory;

/// <summary>The record history of a prescription and its fills, from the audit trail, oldest first.</summary>
public sealed record GetPrescriptionHistory(Guid PrescriptionId) : IQuery<IReadOnlyList<HistoryEntry>>;

/// <summary>One audited act: when, who, which act, on the prescription or which fill, the signature, what changed.</summary>
public sealed record HistoryEntry(
    DateTimeOffset OccurredAt, string UserName, string Action, string Record, string? SignedBy, string? SignatureMeaning,
    IReadOnlyList<ChangedValue> Changes);

public sealed record ChangedValue(string Field, string? Before, string? After);

internal sealed class GetPrescriptionHistoryHandler(PrescriptionsDbContext db) : IQueryHandler<GetPrescriptionHistory, IReadOnlyList<HistoryEntry>>
{
    public async ValueTask<IReadOnlyList<HistoryEntry>> Handle(GetPrescriptionHistory query, CancellationToken cancellationToken)
    {
        var id = PrescriptionId.From(query.PrescriptionId);
        var prescription = await db.Prescriptions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                           ?? throw new NotFoundException("Prescription", query.PrescriptionId);
        var recordId = id.ToString();
        var fills = prescription.Fills.ToDictionary(fill => fill.Id.ToString(), fill => $"Fill {fill.Number}");
        var fillIds = fills.Keys.ToList();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => (e.RecordType == nameof(Prescription) && e.RecordId == recordId) || (e.RecordType == nameof(Fill) && fillIds.Contains(e.RecordId)))
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return entries
            .Select(e => new HistoryEntry(
                e.OccurredAt, e.UserName, e.Action, e.RecordType == nameof(Fill) ? fills.GetValueOrDefault(e.RecordId, "Fill") : "Prescription",
                e.SignedBy, e.SignatureMeaning, Changes(e.Before, e.After)))
            .ToList();
    }

    private static List<ChangedValue> Changes(string? before, string? after)
    {
        var old = Parse(before);
        var now = Parse(after);
        // A record's creation lists every column; the empty ones say nothing.
        return old.Keys.Union(now.Keys)
            .Select(field => new ChangedValue(field, old.GetValueOrDefault(field), now.GetValueOrDefault(field)))
            .Where(change => change.Before is not null || change.After is not null)
            .ToList();
    }

    private static Dictionary<string, string?> Parse(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            property => property.Name,
            property => property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                _ => property.Value.GetRawText(),
            });
    }
}

internal static class GetPrescriptionHistoryEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/{id:guid}/history", (Guid id, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetPrescriptionHistory(id), cancellationToken))
            .WithName(nameof(GetPrescriptionHistory))
            .WithSummary("The audit trail of a prescription and its fills: who did what, when, with which signature")
            .Produces<IReadOnlyList<HistoryEntry>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
