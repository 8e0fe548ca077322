using Mediator;
using Pharmacy.Modules.ProviderCrm.Features.GetOrganisations;

namespace Pharmacy.Host.Pages.Admin;

/// <summary>The CRM's organisations, as the choices of the administrators' pages that bind a user or a key to one.</summary>
internal static class OrganisationChoices
{
    public const int Limit = Pharmacy.Shared.Contracts.PageRequest.MaxPageSize;

    public static async Task<IReadOnlyList<OrganisationSummary>> LoadAsync(ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetOrganisations(null, null, 1, Limit), cancellationToken)).Items;
}
