namespace Pharmacy.Modules.Inventory.DemoData;

/// <summary>
/// A supplier of the demo catalog: its NDC labeler code (none for containers) and how its lot numbers look.
/// Labeler codes are those of real compounding suppliers so that NDCs look right on claims; the product and package
/// parts are invented, so a demo NDC names no real product. Lot patterns use Bogus: # a digit, ? a letter.
/// </summary>
internal sealed record DemoSupplier(string Name, string? NdcLabeler, string LotPattern);

internal static class DemoSuppliers
{
    public static readonly DemoSupplier Medisca = new("Medisca", "38779", "######/A");
    public static readonly DemoSupplier Pcca = new("PCCA", "51927", "C######");
    public static readonly DemoSupplier Fagron = new("Fagron", "51552", "##?##-B##");
    public static readonly DemoSupplier Letco = new("Letco Medical", "62991", "#######");
    public static readonly DemoSupplier Spectrum = new("Spectrum Chemical", "49452", "2??####");
    public static readonly DemoSupplier FreseniusKabi = new("Fresenius Kabi", "63323", "6######");
    public static readonly DemoSupplier Hospira = new("Hospira", "00409", "##-###-DK");
    public static readonly DemoSupplier Capsuline = new("Capsuline", null, "CAP-#####");
    public static readonly DemoSupplier Comar = new("Comar", null, "CM######");
    public static readonly DemoSupplier Wheaton = new("DWK Life Sciences (Wheaton)", null, "W#####-##");
}
