using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>How close a licence or DEA registration is to its expiry date, in the bands account managers act on.</summary>
public enum ExpiryAlert
{
    [DisplayText("In order")]
    None,

    [DisplayText("Expires within 60 days")]
    Within60Days,

    [DisplayText("Expires within 30 days")]
    Within30Days,

    [DisplayText("Expires today")]
    ExpiresToday,

    [DisplayText("Expired")]
    Expired,
}

/// <summary>
/// The alerts at 60, 30 and 0 days before a credential's expiry: time to ask for the renewal, time to chase it, and the
/// last day it is valid. After the expiry date Prescriptions refuses new prescriptions that need it.
/// </summary>
public static class CredentialExpiry
{
    public const int FirstAlertDays = 60;
    public const int SecondAlertDays = 30;

    public static ExpiryAlert AlertOn(DateOnly expiresOn, DateOnly today)
    {
        var daysLeft = expiresOn.DayNumber - today.DayNumber;
        return daysLeft switch
        {
            < 0 => ExpiryAlert.Expired,
            0 => ExpiryAlert.ExpiresToday,
            <= SecondAlertDays => ExpiryAlert.Within30Days,
            <= FirstAlertDays => ExpiryAlert.Within60Days,
            _ => ExpiryAlert.None,
        };
    }
}
