using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Features.GetProvider;

public sealed record GetProvider(Guid ProviderId) : IQuery<ProviderDetails>;

public sealed record ProviderDetails(
    Guid Id, string Npi, string FirstName, string LastName, string Credential, string? Email, string? Phone, string? Specialties,
    string Status, string? StatusReason, DateTimeOffset RegisteredAt, DateTimeOffset? ActivatedAt, DateTimeOffset StatusChangedAt,
    IReadOnlyList<LicenceRow> Licences, IReadOnlyList<DeaRegistrationRow> DeaRegistrations, IReadOnlyList<MembershipRow> Memberships,
    IReadOnlyList<ChecklistRow> Checklist)
{
    public bool CanStartOnboarding => Status == nameof(ProviderStatus.Prospect);

    public bool CanActivate => Status is nameof(ProviderStatus.Prospect) or nameof(ProviderStatus.Onboarding) or nameof(ProviderStatus.Suspended);

    public bool CanSuspend => Status == nameof(ProviderStatus.Active);

    public bool CanDeactivate => Status != nameof(ProviderStatus.Inactive);

    public bool ChecklistComplete => Checklist.All(item => item.TickedAt is not null);
}

public sealed record LicenceRow(string State, string Number, DateOnly ExpiresOn, bool Expired);

public sealed record DeaRegistrationRow(string Number, string Schedules, DateOnly ExpiresOn, bool Expired);

public sealed record MembershipRow(Guid OrganisationId, string OrganisationName, string? Role, DateTimeOffset JoinedAt);

/// <summary>One checklist item; who ticked it and when, or nulls while it is still to do.</summary>
public sealed record ChecklistRow(string Item, string Text, string? TickedBy, DateTimeOffset? TickedAt, Guid? DocumentId = null);

internal sealed class GetProviderHandler(ProviderCrmDbContext db, TimeProvider clock) : IQueryHandler<GetProvider, ProviderDetails>
{
    public async ValueTask<ProviderDetails> Handle(GetProvider query, CancellationToken cancellationToken)
    {
        var id = ProviderId.From(query.ProviderId);
        var provider = await db.Providers.AsNoTracking().SingleOrDefaultAsync(provider => provider.Id == id, cancellationToken)
                       ?? throw new NotFoundException("Provider", query.ProviderId);
        var organisationIds = provider.Memberships.Select(membership => membership.OrganisationId).ToList();
        var names = await db.Organisations.AsNoTracking()
            .Where(organisation => organisationIds.Contains(organisation.Id))
            .ToDictionaryAsync(organisation => organisation.Id, organisation => organisation.Name, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new ProviderDetails(
            provider.Id.Value, provider.Npi, provider.FirstName, provider.LastName, provider.Credential.ToString(), provider.Email, provider.Phone,
            provider.Specialties, provider.Status.ToString(), provider.StatusReason, provider.RegisteredAt, provider.ActivatedAt, provider.StatusChangedAt,
            [.. provider.Licences.OrderBy(l => l.State).Select(l => new LicenceRow(l.State, l.Number, l.ExpiresOn, !l.IsValidOn(today)))],
            [.. provider.DeaRegistrations.OrderBy(r => r.Number).Select(r => new DeaRegistrationRow(r.Number, r.Schedules, r.ExpiresOn, r.ExpiresOn < today))],
            [.. provider.Memberships.OrderBy(m => m.JoinedAt).Select(m => new MembershipRow(
                m.OrganisationId.Value, names.GetValueOrDefault(m.OrganisationId, "—"), m.Role, m.JoinedAt))],
            [.. Enum.GetValues<OnboardingItem>().Select(item =>
            {
                var tick = provider.Onboarding.SingleOrDefault(t => t.Item == item);
                return new ChecklistRow(item.ToString(), EnumText.Of(item), tick?.TickedBy, tick?.TickedAt, tick?.DocumentId);
            })]);
    }
}

internal static class GetProviderEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/providers/{id:guid}", (Guid id, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetProvider(id), cancellationToken))
            .WithName(nameof(GetProvider))
            .WithSummary("One prescriber, with licences, DEA registrations, organisations and onboarding checklist")
            .Produces<ProviderDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
