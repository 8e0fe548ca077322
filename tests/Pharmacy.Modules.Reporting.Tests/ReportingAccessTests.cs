using Pharmacy.Modules.Reporting.Features.ExportRxTurnaroundCsv;
using Pharmacy.Modules.Reporting.Features.GetRxTurnaround;
using Pharmacy.Modules.Reporting.Features.GetRxTurnaroundSummary;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Reporting.Tests;

public sealed class ReportingAccessTests
{
    [Theory]
    [InlineData(typeof(GetRxTurnaround))]
    [InlineData(typeof(GetRxTurnaroundSummary))]
    [InlineData(typeof(ExportRxTurnaroundCsv))]
    public void Each_report_query_admits_the_same_people_as_the_reporting_pages_and_endpoints(Type query)
    {
        var allowed = new AccessRules([ReportingAccess.ReadRule]).Of(query);

        Assert.NotNull(allowed);
        Assert.Equal(ReportingAccess.ReadRule.Roles.Order(), allowed.Roles.Order());
    }
}
