using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Shared.Web.Security;

/// <summary>
/// What a page asks before it offers an act's form, and again before it runs the act: the access rule the act's command
/// names, the same rule the pipeline and the act's endpoint apply. Pages never test roles themselves.
/// </summary>
public sealed class ActAccess(IAuthorizationService authorization, AccessRules rules)
{
    public Task<bool> AllowsAsync<TAct>(ClaimsPrincipal user) => AllowsAsync(typeof(TAct), user);

    public async Task<bool> AllowsAsync(Type act, ClaimsPrincipal user)
    {
        var rule = rules.Of(act) ?? throw new InvalidOperationException($"{act.Name} names no access rule ([Access]), so no page can offer it.");
        return (await authorization.AuthorizeAsync(user, rule.Name)).Succeeded;
    }
}

/// <summary>
/// A page that exists for one act (entering a prescription, registering a provider) admits the people the act's access
/// rule admits: the policy is the rule the act's command names, read from the command.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class AuthorizeActAttribute(Type act) : AuthorizeAttribute(
    AccessRules.NameOf(act) ?? throw new InvalidOperationException($"{act.Name} names no access rule ([Access]), so no page can offer it."))
{
    public Type Act { get; } = act;
}
