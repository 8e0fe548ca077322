using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Features.GetExpiringCredentials;

/// <summary>
/// The account manager's queue of credentials to renew: every state licence and DEA registration of a provider who is not
/// inactive that expires within 60 days or has expired, soonest first, with its alert (60, 30 or 0 days, or expired) as of
/// the pharmacy's today. Asked on demand against the clock, so it is right every day without a job having run.
/// </summary>
public sealed record GetExpiringCredentials(Guid? ProviderId, ExpiryAlert? Alert, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<ExpiringCredential>>
{
    public const int MaxPageSize = PageRequest.MaxPageSize;
}

public sealed record ExpiringCredential(
    Guid ProviderId, string ProviderName, string Npi, string Kind, string Credential, DateOnly ExpiresOn, int DaysLeft, string Alert, string AlertText)
{
    /// <summary>The badge's tone: red on and after the last day, amber before.</summary>
    public string Tone => Alert is nameof(ExpiryAlert.Expired) or nameof(ExpiryAlert.ExpiresToday) ? "stopped" : "attention";
}

internal sealed class GetExpiringCredentialsHandler(ProviderCrmDbContext db, TimeProvider clock, PharmacyTimeZone zone)
    : IQueryHandler<GetExpiringCredentials, PagedResult<ExpiringCredential>>
{
    public async ValueTask<PagedResult<ExpiringCredential>> Handle(GetExpiringCredentials query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(zone.Local(clock.GetUtcNow()).DateTime);
        var horizon = today.AddDays(CredentialExpiry.FirstAlertDays);
        var providers = db.Providers.AsNoTracking().Where(provider => provider.Status != ProviderStatus.Inactive);
        if (query.ProviderId is { } id)
        {
            providers = providers.Where(provider => provider.Id == ProviderId.From(id));
        }

        var licences = await providers
            .SelectMany(provider => provider.Licences.Where(licence => licence.ExpiresOn <= horizon), (provider, licence) => new
            {
                provider.Id, provider.FirstName, provider.LastName, provider.Credential, provider.Npi,
                What = "State licence", Held = licence.State + " " + licence.Number, licence.ExpiresOn,
            })
            .ToListAsync(cancellationToken);
        var registrations = await providers
            .SelectMany(provider => provider.DeaRegistrations.Where(registration => registration.ExpiresOn <= horizon), (provider, registration) => new
            {
                provider.Id, provider.FirstName, provider.LastName, provider.Credential, provider.Npi,
                What = "DEA registration", Held = registration.Number, registration.ExpiresOn,
            })
            .ToListAsync(cancellationToken);
        var rows = licences.Concat(registrations)
            .Select(row =>
            {
                var alert = CredentialExpiry.AlertOn(row.ExpiresOn, today);
                return new ExpiringCredential(
                    row.Id.Value, $"{row.FirstName} {row.LastName}, {row.Credential}", row.Npi, row.What, row.Held, row.ExpiresOn,
                    row.ExpiresOn.DayNumber - today.DayNumber, alert.ToString(), EnumText.Of(alert));
            })
            .Where(row => query.Alert is null || row.Alert == query.Alert.ToString())
            .OrderBy(row => row.ExpiresOn).ThenBy(row => row.ProviderName)
            .ToList();
        var request = new PageRequest(query.Page, query.PageSize);
        return new PagedResult<ExpiringCredential>(
            [.. rows.Skip(request.Skip).Take(request.SafePageSize)], request.SafePage, request.SafePageSize, rows.Count);
    }
}

internal static class GetExpiringCredentialsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/credentials/expiring", (Guid? providerId, ExpiryAlert? alert, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetExpiringCredentials(providerId, alert, page ?? 1, pageSize ?? PageRequest.DefaultPageSize), cancellationToken))
            .WithName(nameof(GetExpiringCredentials))
            .WithSummary("Licences and DEA registrations that expire within 60 days or have expired, soonest first")
            .Produces<PagedResult<ExpiringCredential>>();
}
