using Pharmacy.Modules.ProviderCrm.Features.GetExpiringCredentials;
using Pharmacy.Modules.ProviderCrm.Features.GetGiftsAwaitingReview;
using Pharmacy.Modules.ProviderCrm.Features.GetMyTasks;
using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Modules.ProviderCrm;

public sealed partial class ProviderCrmModule
{
    public IEnumerable<WorkQueue> WorkQueues =>
    [
        new("My follow-up tasks", "/ProviderCrm/Tasks/Mine", 10, CrmAccess.WriteRule.Roles,
            async (sender, ct) => (await sender.Send(new GetMyTasks(PageSize: 1), ct)).TotalCount, "Open tasks assigned to you"),
        new("Credentials to renew", "/ProviderCrm/Credentials/Expiring", 11, CrmAccess.ReadRule.Roles,
            async (sender, ct) => (await sender.Send(new GetExpiringCredentials(null, null, PageSize: 1), ct)).TotalCount,
            "Licences and DEA registrations expiring within 60 days or expired"),
        new("Gifts awaiting compliance review", "/ProviderCrm/Compliance/Gifts", 12, CrmAccess.ComplianceRule.Roles,
            async (sender, ct) => (await sender.Send(new GetGiftsAwaitingReview(PageSize: 1), ct)).TotalCount, "Flagged under the anti-kickback rule"),
    ];
}
