using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Fhir;
using Pharmacy.Modules.Prescriptions.Features.GetPrescription;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.ReceivePrescription;

/// <summary>
/// <c>POST /fhir/MedicationRequest</c>: a FHIR R4 MedicationRequest is read into the same <see cref="ReceivePrescription"/>
/// command as the REST API's, so the same rules apply and the sender's identifier makes it idempotent (ADR 0020).
/// Answers 201 with the stored resource, or 200 with it when that identifier was already received.
/// </summary>
internal static class ReceiveFhirMedicationRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder fhir) =>
        fhir.MapPost("/MedicationRequest", async (HttpRequest http, ISender sender, PrescriptionsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                if (!FhirJson.IsFhirJson(http))
                {
                    return FhirOutcomes.UnsupportedMediaType();
                }

                var (resource, unreadable) = await ReadAsync(http, cancellationToken);
                if (unreadable is not null)
                {
                    return FhirOutcomes.Invalid(unreadable);
                }

                if (resource is not MedicationRequest request)
                {
                    return FhirOutcomes.Invalid([new FhirProblem("resourceType", $"Send a MedicationRequest (was {resource!.TypeName}).")]);
                }

                var read = MedicationRequestIntake.From(request);
                if (read.Command is not { } command)
                {
                    return FhirOutcomes.Invalid(read.Problems);
                }

                if (read.MedicationText is { } text)
                {
                    command = command with { FormulaCode = await FormulaCodeNamedAsync(db, text, cancellationToken) ?? text };
                }

                try
                {
                    var received = await sender.Send(command, cancellationToken);
                    var stored = await sender.Send(new GetPrescription.GetPrescription(received.Id), cancellationToken);
                    var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                    return FhirJson.Write(
                        StoredMedicationRequest.From(stored, today), received.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK,
                        $"/fhir/MedicationRequest/{received.Id}");
                }
                catch (Exception refused) when (FhirOutcomes.For(refused) is { } outcome)
                {
                    return outcome;
                }
            })
            .WithName("ReceiveFhirMedicationRequest")
            .RequireAccessTo<ReceivePrescription>();

    private static async Task<(Resource? Resource, IReadOnlyList<FhirProblem>? Problems)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (http.ContentLength > FhirJson.MaxBodyBytes)
        {
            return (null, [new FhirProblem("MedicationRequest", $"The resource is larger than {FhirJson.MaxBodyBytes / 1024} KB.")]);
        }

        using var reader = new StreamReader(http.Body, Encoding.UTF8);
        var buffer = new char[FhirJson.MaxBodyBytes + 1];
        var length = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        if (length > FhirJson.MaxBodyBytes)
        {
            return (null, [new FhirProblem("MedicationRequest", $"The resource is larger than {FhirJson.MaxBodyBytes / 1024} KB.")]);
        }

        try
        {
            return (FhirJson.Read(new string(buffer, 0, length)), null);
        }
        catch (DeserializationFailedException failed)
        {
            return (null, [.. failed.Exceptions.Take(20).Select(error => new FhirProblem(LocationOf(error), error.Message))]);
        }
        catch (JsonException malformed)
        {
            return (null, [new FhirProblem(malformed.Path is { Length: > 0 } path ? path : "MedicationRequest", "The body is not a FHIR JSON resource.")]);
        }
        catch (Exception unreadable) when (unreadable is not OperationCanceledException)
        {
            // The reader's other refusals (an array, a bare value) are still the body's fault, not the server's.
            return (null, [new FhirProblem("MedicationRequest", "The body is not a FHIR JSON resource: send one JSON object with its resourceType.")]);
        }
    }

    private static string LocationOf(Exception error) =>
        error is ExtendedCodedException { InstancePath: { Length: > 0 } path } ? path : "MedicationRequest";

    /// <summary>A medication sent as text only: the approved formula of that name (or code), if there is one.</summary>
    private static async Task<string?> FormulaCodeNamedAsync(PrescriptionsDbContext db, string text, CancellationToken cancellationToken)
    {
        var code = text.ToUpperInvariant();
        var name = text.ToLowerInvariant();
        return await db.Formulas.AsNoTracking()
            .Where(formula => formula.Code == code || formula.Name.ToLower() == name)
            .Select(formula => formula.Code)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
