using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Mappings;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.ProviderCrm.Features.GetProvider;

public sealed record GetProvider(Guid ProviderId) : IQuery<ProviderDetails>;

public sealed record ProviderDetails(
    Guid Id, string Npi, string FirstName, string LastName, string Credential, string? Email, string? Phone,
    string Status, string? StatusReason, DateTimeOffset RegisteredAt, DateTimeOffset? ActivatedAt, DateTimeOffset StatusChangedAt)
{
    public bool CanActivate => Status is nameof(ProviderStatus.Prospect) or nameof(ProviderStatus.Onboarding) or nameof(ProviderStatus.Suspended);

    public bool CanSuspend => Status == nameof(ProviderStatus.Active);
}

internal sealed class GetProviderHandler(ProviderCrmDbContext db) : IQueryHandler<GetProvider, ProviderDetails>
{
    public async ValueTask<ProviderDetails> Handle(GetProvider query, CancellationToken cancellationToken)
    {
        var id = ProviderId.From(query.ProviderId);
        return await db.Providers.AsNoTracking()
                   .Where(provider => provider.Id == id)
                   .ProjectToDetails()
                   .SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException("Provider", query.ProviderId);
    }
}

internal static class GetProviderEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/providers/{id:guid}", (Guid id, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetProvider(id), cancellationToken))
            .WithName(nameof(GetProvider))
            .WithSummary("One prescriber")
            .Produces<ProviderDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
