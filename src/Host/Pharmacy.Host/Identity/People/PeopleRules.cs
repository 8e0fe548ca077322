using Pharmacy.Shared.Kernel;

namespace Pharmacy.Host.Identity.People;

/// <summary>An administrator who disabled their own account could lock the pharmacy out of its administration.</summary>
internal sealed class AnAdministratorCannotDisableTheirOwnAccountRule(string actingUserId, string userId) : IBusinessRule
{
    public bool IsBroken() => actingUserId == userId;

    public string Message => "You cannot disable your own account. Ask another administrator.";
}

/// <summary>The same protection for roles: the last step of an administrator's own access is taken by someone else.</summary>
internal sealed class AnAdministratorKeepsTheirOwnAdminRoleRule(string actingUserId, string userId, IReadOnlyCollection<string> roles) : IBusinessRule
{
    public bool IsBroken() => actingUserId == userId && !roles.Contains(Shared.Web.Security.Roles.Admin);

    public string Message => "You cannot remove the Admin role from yourself. Ask another administrator.";
}
