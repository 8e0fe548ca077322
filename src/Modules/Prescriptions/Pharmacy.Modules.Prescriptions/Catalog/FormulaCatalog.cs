namespace Pharmacy.Modules.Prescriptions.Catalog;

/// <summary>What a prescription, its entry form and its label need to know of a formula: its name, form and unit.</summary>
public sealed record FormulaInfo(string Code, string Name, string DosageForm, string Unit, string Storage, string? ControlledSchedule = null);

/// <summary>
/// The pharmacy's catalog of formulas as this module knows it (a copy of the demo catalog; Compounding owns the master
/// formulation records). A prescription may name a code outside it: the label then shows the code alone.
/// </summary>
public static class FormulaCatalog
{
    public static readonly IReadOnlyList<FormulaInfo> All =
    [
        new("LDN-4.5-CAP", "Naltrexone 4.5 mg capsule", "Capsule", "capsule", "Room"),
        new("PROG-100-SR-CAP", "Progesterone 100 mg SR capsule", "Capsule", "capsule", "Room"),
        new("OMEP-2MGML-SUSP", "Omeprazole 2 mg/mL oral suspension", "Suspension", "mL", "Refrigerator"),
        new("METRO-50MGML-SUSP", "Metronidazole 50 mg/mL oral suspension (veterinary, flavoured)", "Suspension", "mL", "Room"),
        new("SPIRO-5MGML-SUSP", "Spironolactone 5 mg/mL oral suspension", "Suspension", "mL", "Refrigerator"),
        new("VANCO-50MGML-SOL", "Vancomycin 50 mg/mL oral solution", "Solution", "mL", "Refrigerator"),
        new("MAGIC-MW", "Magic mouthwash (diphenhydramine / antacid / lidocaine) oral rinse", "Suspension", "mL", "Room"),
        new("KETO-10-PLO", "Ketoprofen 10% topical gel (PLO)", "Gel", "g", "Room"),
        new("KGB-PAIN-CRM", "Ketamine 5% / Gabapentin 6% / Baclofen 2% cream", "Cream", "g", "Room", "CIII"),
        new("BIEST-2.5-CRM", "Bi-Est 2.5 mg/g (estriol 80% / estradiol 20%) cream", "Cream", "g", "Room"),
        new("TESTO-2-CRM", "Testosterone 2% cream", "Cream", "g", "Room", "CIII"),
        new("KLIGMAN-CRM", "Hydroquinone 4% / tretinoin 0.025% / hydrocortisone 1% cream", "Cream", "g", "Refrigerator"),
        new("LT-23-7-OINT", "Lidocaine 23% / tetracaine 7% ointment", "Ointment", "g", "Room"),
        new("MINOX-FIN-SOL", "Minoxidil 5% / finasteride 0.1% topical solution", "Solution", "mL", "Room"),
        new("ONDAN-4-TRO", "Ondansetron 4 mg troche", "Troche", "troche", "Room"),
        new("MECOB-1MGML-INJ", "Methylcobalamin 1 mg/mL injection 10 mL vial", "Injection", "mL", "Refrigerator"),
        new("GLUTA-200-INJ", "Glutathione 200 mg/mL injection 10 mL vial", "Injection", "mL", "Refrigerator"),
        new("TRIMIX-INJ", "Tri-Mix (papaverine 30 mg / phentolamine 1 mg / alprostadil 10 mcg per mL) injection", "Injection", "mL", "Freezer"),
        new("ATROP-0.01-OPH", "Atropine 0.01% ophthalmic solution", "Solution", "mL", "Refrigerator"),
        new("MECOB-1MGML-INJ-C3", "Methylcobalamin 1 mg/mL injection, Category 3 (sterility and endotoxin tested)", "Injection", "mL", "Refrigerator"),
    ];

    private static readonly Dictionary<string, FormulaInfo> ByCode = All.ToDictionary(formula => formula.Code, StringComparer.OrdinalIgnoreCase);

    public static FormulaInfo? Find(string code) => ByCode.GetValueOrDefault(code);
}
