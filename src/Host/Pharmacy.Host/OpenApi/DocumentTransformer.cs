using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Pharmacy.Host.OpenApi;

/// <summary>What the document says about itself: title, licence, where to send requests, and what each module's tag holds.</summary>
internal sealed class DocumentTransformer : IOpenApiDocumentTransformer
{
    public const string Title = "Compounding Pharmacy API";

    /// <summary>One tag per module. A module whose tag is missing here fails the OpenAPI lint test (tag-description).</summary>
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Provider CRM"] = "Prescribers and clinics: registration, onboarding, activation and suspension.",
        ["Prescriptions"] = "Prescriptions received from prescribers' systems, their verification, fills, pickup and shipping.",
        ["Compounding"] = "Master formulas and compounded batches: planning, start, record and the pharmacist's check.",
        ["Inventory"] = "Ingredient items and lots, the stock ledger, reorder suggestions and expiry alerts.",
        ["Quality"] = "Release tasks for compounded batches: QC results and the signed release or rejection.",
        ["Billing"] = "Charges for dispensed fills, payments, the price list and the aging of open balances.",
        ["Reporting"] = "Read-only reports built from the other modules' events, such as Rx turnaround.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = Title;
        document.Info.Description = "Module APIs of the compounding pharmacy. External systems call them with an API key " +
            "(header X-Api-Key) that carries the scopes each operation names; signed-in staff call them within their roles.";
        // Not an open API: SPDX's LicenseRef- form names a licence that is not on its list.
        document.Info.License = new OpenApiLicense
        {
            Name = "Proprietary: for the pharmacy and the systems it gives a key to",
            Identifier = "LicenseRef-Proprietary",
        };
        // Relative: the API is served by the same host as this document, whatever name that host is reached by.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The pharmacy host that serves this document" }];
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        return Task.CompletedTask;
    }
}
