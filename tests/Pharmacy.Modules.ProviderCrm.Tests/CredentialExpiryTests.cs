using Pharmacy.Modules.ProviderCrm.Domain.Providers;

namespace Pharmacy.Modules.ProviderCrm.Tests;

/// <summary>The renewal alerts at 60, 30 and 0 days, as the days go by towards a licence's expiry date.</summary>
public sealed class CredentialExpiryTests
{
    private static readonly DateOnly ExpiresOn = new(2027, 3, 31);

    [Theory]
    [InlineData(61, ExpiryAlert.None)]
    [InlineData(60, ExpiryAlert.Within60Days)]
    [InlineData(31, ExpiryAlert.Within60Days)]
    [InlineData(30, ExpiryAlert.Within30Days)]
    [InlineData(1, ExpiryAlert.Within30Days)]
    [InlineData(0, ExpiryAlert.ExpiresToday)]
    [InlineData(-1, ExpiryAlert.Expired)]
    public void A_credential_raises_its_alert_on_the_day_it_reaches_each_threshold(int daysBeforeExpiry, ExpiryAlert expected)
    {
        var today = ExpiresOn.AddDays(-daysBeforeExpiry);

        Assert.Equal(expected, CredentialExpiry.AlertOn(ExpiresOn, today));
    }
}
