namespace Pharmacy.Modules.Prescriptions;

/// <summary>
/// The dispensing pharmacy as printed on labels, from the "Pharmacy" configuration section (Name, Address, Phone).
/// The defaults keep a fresh installation printing something sensible.
/// </summary>
public sealed class PharmacyProfile
{
    public const string Section = "Pharmacy";

    public string Name { get; set; } = "Compounding Pharmacy";

    public string? Address { get; set; }

    public string? Phone { get; set; }
}
