using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Shared.Infrastructure.Audit;

/// <summary>What the unit of work tells the DbContext about the act being saved.</summary>
public sealed record AuditContext(string UserId, string UserName, string Action, ElectronicSignature? Signature)
{
    public static AuditContext System(string action) => new(SystemUser.Instance.Id, SystemUser.Instance.Name, action, null);
}
