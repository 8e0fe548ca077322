namespace Pharmacy.Shared.Infrastructure.Security;

/// <summary>
/// The organisation the current actor is bound to. A portal user and a partner's API key are bound to one organisation
/// and see only its records; pharmacy staff, the pharmacy's own keys and the system are bound to none and see all.
/// Every module database filters <see cref="Pharmacy.Shared.Kernel.IOrganisationOwned"/> records by it (ADR 0017).
/// </summary>
public interface ICurrentOrganisation
{
    /// <summary>The only organisation whose records the actor may reach; null when the actor is not restricted.</summary>
    Guid? RestrictedTo { get; }
}

/// <summary>The actor of work nobody started directly (message handlers, start-up): not restricted.</summary>
public sealed class UnrestrictedOrganisation : ICurrentOrganisation
{
    public static readonly UnrestrictedOrganisation Instance = new();

    public Guid? RestrictedTo => null;
}

/// <summary>The claim that binds a person or an API key to an organisation.</summary>
public static class OrganisationClaims
{
    public const string ClaimType = "organisation";
}
