using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.ProviderCrm.Features.GetOrganisations;

/// <summary>The organisation list: search by name or city, filter by kind, by name.</summary>
public sealed record GetOrganisations(string? Search, OrganisationKind? Kind, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<OrganisationSummary>>;

public sealed record OrganisationSummary(Guid Id, string Name, string Kind, string City, string State, string Phone, int Providers);

internal sealed class GetOrganisationsHandler(ProviderCrmDbContext db) : IQueryHandler<GetOrganisations, PagedResult<OrganisationSummary>>
{
    public async ValueTask<PagedResult<OrganisationSummary>> Handle(GetOrganisations query, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = LikePattern.Containing(query.Search);
            organisations = organisations.Where(organisation =>
                EF.Functions.Like(organisation.Name, pattern, LikePattern.EscapeCharacter)
                || EF.Functions.Like(organisation.Address.City, pattern, LikePattern.EscapeCharacter));
        }

        if (query.Kind is { } kind)
        {
            organisations = organisations.Where(organisation => organisation.Kind == kind);
        }

        return await organisations
            .OrderBy(organisation => organisation.Name)
            .Select(organisation => new OrganisationSummary(
                organisation.Id.Value, organisation.Name, organisation.Kind.ToString(), organisation.Address.City, organisation.Address.State,
                organisation.Phone, db.Providers.Count(provider => provider.Memberships.Any(m => m.OrganisationId == organisation.Id))))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}

internal static class GetOrganisationsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/organisations", (string? search, OrganisationKind? kind, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetOrganisations(search, kind, page ?? 1, pageSize ?? PageRequest.DefaultPageSize), cancellationToken))
            .WithName(nameof(GetOrganisations))
            .WithSummary("List clinics, telehealth partners and veterinary practices, with search and paging")
            .Produces<PagedResult<OrganisationSummary>>();
}
