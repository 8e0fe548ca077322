namespace Pharmacy.Modules.Prescriptions.DemoData;

/// <summary>
/// The six demo prescribers. The CRM's demo data will register the same providers with the same ids, NPIs and DEA
/// numbers, licensed in the states the demo patients live in; when its events arrive they update these rows instead of
/// adding new ones.
/// </summary>
internal static class DemoPrescribers
{
    public static readonly IReadOnlyList<DemoPrescriber> All =
    [
        new(Id(1), "1234567893", "Elena", "Marsh", "MD", "BM3141594"),
        new(Id(2), "1245319599", "Samuel", "Okonkwo", "DO", "BO6283181"),
        new(Id(3), "1003000126", "Priya", "Raman", "NP", "MR9424778"),
        // 1720089996 fails the NPI check digit; 1720089998 is the same number with its correct check digit.
        new(Id(4), "1720089998", "Daniel", "Whitfield", "DVM", "BW2566365"),
        new(Id(5), "1588667638", "Hannah", "Brooks", "PA", "MB5707952"),
        new(Id(6), "1467540757", "Marcus", "Liang", "MD", "BL8849549"),
    ];

    public static DemoPrescriber Marsh => All[0];

    public static DemoPrescriber Okonkwo => All[1];

    public static DemoPrescriber Raman => All[2];

    public static DemoPrescriber Whitfield => All[3];

    public static DemoPrescriber Brooks => All[4];

    public static DemoPrescriber Liang => All[5];

    private static Guid Id(int n) => Guid.Parse($"0193a000-0000-7000-8000-00000000000{n}");
}

internal sealed record DemoPrescriber(Guid ProviderId, string Npi, string FirstName, string LastName, string Credential, string DeaNumber);
