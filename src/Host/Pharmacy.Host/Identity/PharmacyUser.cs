using Microsoft.AspNetCore.Identity;

namespace Pharmacy.Host.Identity;

/// <summary>A person who signs in: pharmacy staff, an account manager, or a prescriber or clinic on the portal.</summary>
public sealed class PharmacyUser : IdentityUser
{
    /// <summary>The name shown in the audit trail and on signatures ("Dana Whitfield, PharmD").</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>When an administrator disabled the account; a disabled person cannot sign in. Null while enabled.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    public bool IsDisabled => DisabledAt is not null;

    /// <summary>
    /// The organisation a portal user belongs to (a clinic, telehealth partner or veterinary practice of the CRM): they
    /// see only its orders and records. Null for pharmacy staff.
    /// </summary>
    public Guid? OrganisationId { get; private set; }

    /// <summary>The organisation's name as it was when the user was assigned, to show on the users' pages.</summary>
    public string? OrganisationName { get; private set; }

    public void AssignToOrganisation(Guid organisationId, string organisationName)
    {
        OrganisationId = organisationId;
        OrganisationName = organisationName;
    }

    public void Disable(DateTimeOffset now) => DisabledAt ??= now;

    public void Enable() => DisabledAt = null;
}
