using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Domain.Agreements;
using Pharmacy.Modules.Billing.Persistence;

namespace Pharmacy.Modules.Billing.Features.RecordProviderOrganisations;

/// <summary>The CRM says where a provider practises now: their organisations' pricing agreements apply to their fills.</summary>
public sealed record RecordProviderOrganisations(Guid ProviderId, IReadOnlyList<Guid> OrganisationIds) : ICommand;

internal sealed class RecordProviderOrganisationsHandler(BillingDbContext db) : ICommandHandler<RecordProviderOrganisations>
{
    public async ValueTask<Unit> Handle(RecordProviderOrganisations command, CancellationToken cancellationToken)
    {
        var held = await db.ProviderOrganisations.Where(link => link.ProviderId == command.ProviderId).ToListAsync(cancellationToken);
        db.ProviderOrganisations.RemoveRange(held.Where(link => !command.OrganisationIds.Contains(link.OrganisationId)));
        db.ProviderOrganisations.AddRange(command.OrganisationIds.Distinct()
            .Where(id => held.All(link => link.OrganisationId != id))
            .Select(id => new ProviderOrganisation(command.ProviderId, id)));
        return Unit.Value;
    }
}
