using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Mappings;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.ProviderCrm.Features.GetProviders;

/// <summary>The provider list: search by name or NPI, filter by status, newest first.</summary>
public sealed record GetProviders(string? Search, ProviderStatus? Status, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<ProviderSummary>>;

public sealed record ProviderSummary(Guid Id, string Npi, string FirstName, string LastName, string Credential, string Status, DateTimeOffset RegisteredAt);

internal sealed class GetProvidersHandler(ProviderCrmDbContext db) : IQueryHandler<GetProviders, PagedResult<ProviderSummary>>
{
    public async ValueTask<PagedResult<ProviderSummary>> Handle(GetProviders query, CancellationToken cancellationToken)
    {
        var providers = db.Providers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var starting = LikePattern.StartingWith(query.Search);
            var containing = LikePattern.Containing(query.Search);
            providers = providers.Where(provider =>
                EF.Functions.Like(provider.Npi, starting, LikePattern.EscapeCharacter)
                || EF.Functions.Like(provider.LastName, containing, LikePattern.EscapeCharacter)
                || EF.Functions.Like(provider.FirstName, containing, LikePattern.EscapeCharacter));
        }

        if (query.Status is { } status)
        {
            providers = providers.Where(provider => provider.Status == status);
        }

        return await providers
            .OrderBy(provider => provider.LastName).ThenBy(provider => provider.FirstName)
            .ProjectToSummary()
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}

internal static class GetProvidersEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/providers", (string? search, ProviderStatus? status, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetProviders(search, status, page ?? 1, pageSize ?? PageRequest.DefaultPageSize), cancellationToken))
            .WithName(nameof(GetProviders))
            .WithSummary("List prescribers, with search and paging")
            .Produces<PagedResult<ProviderSummary>>();
}
