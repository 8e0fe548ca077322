namespace Pharmacy.Modules.Prescriptions.DemoData;

/// <summary>A formula of the demo catalog as Compounding announces it when the formula is approved.</summary>
internal sealed record DemoFormula(
    string Code, string Name, string DosageForm, string Unit, bool CountedInWholeUnits, string Storage, string? ControlledSchedule);

/// <summary>
/// The catalog formulas the demo prescriptions name. Compounding's approvals announce the same formulas through its
/// outbox; the demo prescriptions are seeded before those events arrive, so this module records them itself, as it
/// records the demo prescribers, and the events then find them already known.
/// </summary>
internal static class DemoFormulas
{
    public static readonly IReadOnlyList<DemoFormula> All =
    [
        new("LDN-4.5-CAP", "Naltrexone 4.5 mg capsule", "Capsule", "capsule", true, "Room", null),
        new("PROG-100-SR-CAP", "Progesterone 100 mg SR capsule", "Capsule", "capsule", true, "Room", null),
        new("OMEP-2MGML-SUSP", "Omeprazole 2 mg/mL oral suspension", "Suspension", "mL", false, "Refrigerator", null),
        new("METRO-50MGML-SUSP", "Metronidazole 50 mg/mL oral suspension (veterinary, flavoured)", "Suspension", "mL", false, "Room", null),
        new("SPIRO-5MGML-SUSP", "Spironolactone 5 mg/mL oral suspension", "Suspension", "mL", false, "Refrigerator", null),
        new("VANCO-50MGML-SOL", "Vancomycin 50 mg/mL oral solution", "Solution", "mL", false, "Refrigerator", null),
        new("MAGIC-MW", "Magic mouthwash (diphenhydramine / antacid / lidocaine) oral rinse", "Suspension", "mL", false, "Room", null),
        new("KETO-10-PLO", "Ketoprofen 10% topical gel (PLO)", "Gel", "g", false, "Room", null),
        new("KGB-PAIN-CRM", "Ketamine 5% / Gabapentin 6% / Baclofen 2% cream", "Cream", "g", false, "Room", "CIII"),
        new("BIEST-2.5-CRM", "Bi-Est 2.5 mg/g (estriol 80% / estradiol 20%) cream", "Cream", "g", false, "Room", null),
        new("TESTO-2-CRM", "Testosterone 2% cream", "Cream", "g", false, "Room", "CIII"),
        new("KLIGMAN-CRM", "Hydroquinone 4% / tretinoin 0.025% / hydrocortisone 1% cream", "Cream", "g", false, "Refrigerator", null),
        new("LT-23-7-OINT", "Lidocaine 23% / tetracaine 7% ointment", "Ointment", "g", false, "Room", null),
        new("MINOX-FIN-SOL", "Minoxidil 5% / finasteride 0.1% topical solution", "Solution", "mL", false, "Room", null),
        new("ONDAN-4-TRO", "Ondansetron 4 mg troche", "Troche", "troche", true, "Room", null),
        new("MECOB-1MGML-INJ", "Methylcobalamin 1 mg/mL injection 10 mL vial", "Injection", "mL", false, "Refrigerator", null),
        new("GLUTA-200-INJ", "Glutathione 200 mg/mL injection 10 mL vial", "Injection", "mL", false, "Refrigerator", null),
        new("TRIMIX-INJ", "Tri-Mix (papaverine 30 mg / phentolamine 1 mg / alprostadil 10 mcg per mL) injection", "Injection", "mL", false, "Freezer", null),
        new("ATROP-0.01-OPH", "Atropine 0.01% ophthalmic solution", "Solution", "mL", false, "Refrigerator", null),
        new("MECOB-1MGML-INJ-C3", "Methylcobalamin 1 mg/mL injection, Category 3 (sterility and endotoxin tested)", "Injection", "mL", false, "Refrigerator", null),
    ];
}
