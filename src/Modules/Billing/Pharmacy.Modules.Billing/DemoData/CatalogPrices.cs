namespace Pharmacy.Modules.Billing.DemoData;

/// <summary>
/// The demo catalog's list prices per dispensing unit (invented figures, USD), one per formula. Kept here rather than
/// read from a shared file: the product never reads outside its own assemblies at run time.
/// </summary>
internal static class CatalogPrices
{
    public static readonly IReadOnlyList<CatalogPrice> All =
    [
        new("LDN-4.5-CAP", "Naltrexone 4.5 mg capsule", "capsule", 1.10m),
        new("PROG-100-SR-CAP", "Progesterone 100 mg SR capsule", "capsule", 1.45m),
        new("OMEP-2MGML-SUSP", "Omeprazole 2 mg/mL oral suspension", "mL", 0.55m),
        new("METRO-50MGML-SUSP", "Metronidazole 50 mg/mL oral suspension (veterinary, flavoured)", "mL", 0.40m),
        new("SPIRO-5MGML-SUSP", "Spironolactone 5 mg/mL oral suspension", "mL", 0.30m),
        new("VANCO-50MGML-SOL", "Vancomycin 50 mg/mL oral solution", "mL", 0.95m),
        new("MAGIC-MW", "Magic mouthwash (diphenhydramine / antacid / lidocaine) oral rinse", "mL", 0.20m),
        new("KETO-10-PLO", "Ketoprofen 10% topical gel (PLO)", "g", 0.85m),
        new("KGB-PAIN-CRM", "Ketamine 5% / Gabapentin 6% / Baclofen 2% cream", "g", 1.60m),
        new("BIEST-2.5-CRM", "Bi-Est 2.5 mg/g (estriol 80% / estradiol 20%) cream", "g", 1.90m),
        new("TESTO-2-CRM", "Testosterone 2% cream", "g", 1.20m),
        new("KLIGMAN-CRM", "Hydroquinone 4% / tretinoin 0.025% / hydrocortisone 1% cream", "g", 1.75m),
        new("LT-23-7-OINT", "Lidocaine 23% / tetracaine 7% ointment", "g", 2.40m),
        new("MINOX-FIN-SOL", "Minoxidil 5% / finasteride 0.1% topical solution", "mL", 0.70m),
        new("ONDAN-4-TRO", "Ondansetron 4 mg troche", "troche", 1.30m),
        new("MECOB-1MGML-INJ", "Methylcobalamin 1 mg/mL injection 10 mL vial", "mL", 3.20m),
        new("GLUTA-200-INJ", "Glutathione 200 mg/mL injection 10 mL vial", "mL", 4.10m),
        new("TRIMIX-INJ", "Tri-Mix (papaverine 30 mg / phentolamine 1 mg / alprostadil 10 mcg per mL) injection", "mL", 9.50m),
        new("ATROP-0.01-OPH", "Atropine 0.01% ophthalmic solution", "mL", 6.00m),
        new("MECOB-1MGML-INJ-C3", "Methylcobalamin 1 mg/mL injection, Category 3 (sterility and endotoxin tested)", "mL", 3.60m),
    ];
}

internal sealed record CatalogPrice(string FormulaCode, string FormulaName, string Unit, decimal PricePerUnit);
