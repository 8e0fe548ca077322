using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Shared.Web.Security;

/// <summary>The person or API client of the current request; the system when there is no request (message handlers).</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser, ICurrentOrganisation
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string Id => Principal?.FindFirstValue(ClaimTypes.NameIdentifier) ?? SystemUser.Instance.Id;

    public string Name => Principal is { } user
        ? user.FindFirstValue("display_name") ?? user.Identity!.Name ?? Id
        : SystemUser.Instance.Name;

    public bool IsPerson => Principal is { } user && !IsApiClientPrincipal(user);

    public bool IsApiClient => Principal is { } user && IsApiClientPrincipal(user);

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    /// <summary>
    /// The organisation of a partner's key or of a portal user. A portal user bound to none is restricted to no
    /// organisation at all (sees nothing), never to everything.
    /// </summary>
    public Guid? RestrictedTo => Principal switch
    {
        null => null,
        var user when user.FindFirstValue(OrganisationClaims.ClaimType) is { } claim => Guid.TryParse(claim, out var id) ? id : Guid.Empty,
        var user when user.IsInRole(Roles.ProviderPortal) => Guid.Empty,
        _ => null,
    };

    private static bool IsApiClientPrincipal(ClaimsPrincipal user) =>
        user.Identities.Any(identity => identity.IsAuthenticated && identity.AuthenticationType == AccessRequirementHandler.ApiKeyScheme);
}
