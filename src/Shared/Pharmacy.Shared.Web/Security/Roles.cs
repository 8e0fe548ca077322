namespace Pharmacy.Shared.Web.Security;

/// <summary>The people who use the pharmacy system. Every page and endpoint names the roles it serves.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Pharmacist = "Pharmacist";
    public const string Technician = "Technician";
    public const string QualityAssurance = "QualityAssurance";
    public const string Billing = "Billing";
    public const string AccountManager = "AccountManager";
    public const string ProviderPortal = "ProviderPortal";

    public static readonly IReadOnlyList<string> All = [Admin, Pharmacist, Technician, QualityAssurance, Billing, AccountManager, ProviderPortal];

    /// <summary>Everyone who works inside the pharmacy (not portal users).</summary>
    public static readonly string[] Staff = [Admin, Pharmacist, Technician, QualityAssurance, Billing, AccountManager];
}

/// <summary>What an API key may do, per module: "module:read" or "module:write".</summary>
public static class Scopes
{
    public const string ClaimType = "scope";

    public const string CrmRead = "crm:read";
    public const string CrmWrite = "crm:write";
    public const string PrescriptionsRead = "prescriptions:read";
    public const string PrescriptionsWrite = "prescriptions:write";
    public const string CompoundingRead = "compounding:read";
    public const string InventoryRead = "inventory:read";
    public const string QualityRead = "quality:read";
    public const string BillingRead = "billing:read";
    public const string ReportingRead = "reporting:read";

    public static readonly IReadOnlyList<string> All =
    [
        CrmRead, CrmWrite, PrescriptionsRead, PrescriptionsWrite, CompoundingRead, InventoryRead, QualityRead, BillingRead, ReportingRead,
    ];
}
