using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.ProviderCrm.Features.GetOrganisation;

public sealed record GetOrganisation(Guid OrganisationId) : IQuery<OrganisationDetails>;

public sealed record OrganisationDetails(
    Guid Id, string Name, string Kind, string Address, string AddressLine1, string? AddressLine2, string City, string State, string Zip,
    string Phone, string? Email, DateTimeOffset RegisteredAt,
    IReadOnlyList<ContactRow> Contacts, IReadOnlyList<MemberRow> Providers);

public sealed record ContactRow(int Number, string Name, string? Role, string? Email, string? Phone);

public sealed record MemberRow(Guid ProviderId, string Name, string Npi, string Status, string? Role);

internal sealed class GetOrganisationHandler(ProviderCrmDbContext db) : IQueryHandler<GetOrganisation, OrganisationDetails>
{
    public async ValueTask<OrganisationDetails> Handle(GetOrganisation query, CancellationToken cancellationToken)
    {
        var id = OrganisationId.From(query.OrganisationId);
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
                           ?? throw new NotFoundException("Organisation", query.OrganisationId);
        var members = await db.Providers.AsNoTracking()
            .Where(provider => provider.Memberships.Any(m => m.OrganisationId == id))
            .OrderBy(provider => provider.LastName).ThenBy(provider => provider.FirstName)
            .ToListAsync(cancellationToken);
        return new OrganisationDetails(
            organisation.Id.Value, organisation.Name, organisation.Kind.ToString(), organisation.Address.ToString(), organisation.Address.Line1,
            organisation.Address.Line2, organisation.Address.City, organisation.Address.State, organisation.Address.Zip, organisation.Phone, organisation.Email, organisation.RegisteredAt,
            [.. organisation.Contacts.OrderBy(c => c.Number).Select(c => new ContactRow(c.Number, c.Name, c.Role, c.Email, c.Phone))],
            [.. members.Select(p => new MemberRow(
                p.Id.Value, p.DisplayName, p.Npi, p.Status.ToString(), p.Memberships.Single(m => m.OrganisationId == id).Role))]);
    }
}

internal static class GetOrganisationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/organisations/{id:guid}", (Guid id, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetOrganisation(id), cancellationToken))
            .WithName(nameof(GetOrganisation))
            .WithSummary("One organisation, with its contacts and the providers who practise there")
            .Produces<OrganisationDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
