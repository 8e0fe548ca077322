namespace Pharmacy.Modules.Prescriptions.DemoData;

/// <summary>Who the patient of a demo prescription is: the age band matters for the dose, and a veterinary formula has an animal patient.</summary>
internal enum DemoPatient
{
    Child,
    Adult,
    Senior,
    Woman,
    Man,
    Pet,
}

/// <summary>
/// One demo prescription as a prescriber would write it, and where it stands: received, waiting on a clarification
/// (the question asked, and for some an answer already recorded), or on hold with the reason.
/// </summary>
internal sealed record DemoPrescription(
    string FormulaCode, decimal Quantity, string Directions, int DaysSupply, int Refills, DemoPrescriber Prescriber, DemoPatient Patient)
{
    public string? Question { get; init; }

    public string? Answer { get; init; }

    public string? HoldReason { get; init; }

    /// <summary>
    /// The same person as the demo prescription at this place in the list, written with another state: intake flags the
    /// second record that arrives as a possible duplicate of the first, for staff to merge or keep separate.
    /// </summary>
    public int? SamePersonAs { get; init; }
}

/// <summary>25 prescriptions over the 20 catalog formulas, with the kinds of problems a pharmacy meets every day.</summary>
internal static class DemoPrescriptions
{
    public static readonly IReadOnlyList<DemoPrescription> All =
    [
        new("LDN-4.5-CAP", 30, "Take 1 capsule by mouth at bedtime.", 30, 5, DemoPrescribers.Marsh, DemoPatient.Adult),
        new("PROG-100-SR-CAP", 30, "Take as directed.", 30, 3, DemoPrescribers.Raman, DemoPatient.Woman)
        {
            Question = "Directions read \"take as directed\": please give the dose, the time of day and the cycle days.",
        },
        new("OMEP-2MGML-SUSP", 150, "Give 5 mL (10 mg) by mouth once daily 30 minutes before breakfast. Shake well. Keep refrigerated.", 30, 2,
            DemoPrescribers.Marsh, DemoPatient.Child),
        new("METRO-50MGML-SUSP", 60, "Give 3 mL by mouth twice daily for 10 days. Shake well.", 10, 0, DemoPrescribers.Whitfield, DemoPatient.Pet)
        {
            Question = "\"Flagyl 250\" is written in the drug field and \"metronidazole\" in the directions: please confirm 50 mg/mL suspension and the dose in mg.",
        },
        new("SPIRO-5MGML-SUSP", 60, "Give 2 mL (10 mg) by mouth once daily. Shake well.", 30, 3, DemoPrescribers.Marsh, DemoPatient.Child)
        {
            Question = "The dose is weight-based: please send the patient's current weight so we can check 10 mg daily.",
        },
        new("VANCO-50MGML-SOL", 70, "Take 2.5 mL (125 mg) by mouth four times daily for 7 days.", 7, 0, DemoPrescribers.Okonkwo, DemoPatient.Senior),
        new("MAGIC-MW", 240, "Swish 10 mL in the mouth for 1 minute and spit, four times daily as needed for mouth pain. Do not swallow.", 6, 1,
            DemoPrescribers.Liang, DemoPatient.Senior)
        {
            HoldReason = "The patient's plan requires prior authorisation; the form was faxed to the prescriber's office.",
        },
        new("KETO-10-PLO", 60, "Apply 1 gram to the affected knee three times daily.", 20, 2, DemoPrescribers.Okonkwo, DemoPatient.Senior),
        new("KGB-PAIN-CRM", 120, "Apply 1 to 2 grams to the painful area three times daily as needed.", 30, 2, DemoPrescribers.Liang, DemoPatient.Adult)
        {
            Question = "The quantity was written as \"1 jar\": how many grams should be dispensed? (Entered as 120 g pending your answer.)",
        },
        new("BIEST-2.5-CRM", 30, "Apply 1 gram to the inner arm once daily in the evening.", 30, 5, DemoPrescribers.Raman, DemoPatient.Woman),
        new("TESTO-2-CRM", 30, "Apply 1 gram to the inner thigh once daily.", 30, 2, DemoPrescribers.Okonkwo, DemoPatient.Man)
        {
            Question = "Please confirm the application site and whether sites should be rotated.",
            Answer = "Inner thigh, alternating sides each day. Confirmed by Dr. Okonkwo's nurse by phone.",
        },
        new("KLIGMAN-CRM", 30, "Apply a thin layer to dark spots at bedtime. Avoid sun exposure.", 30, 2, DemoPrescribers.Brooks, DemoPatient.Woman)
        {
            HoldReason = "Tretinoin USP is on back-order with the vendor; delivery expected next week.",
        },
        new("LT-23-7-OINT", 30, "Apply a thin layer to the treatment area 45 minutes before the procedure, then remove.", 30, 0, DemoPrescribers.Brooks,
            DemoPatient.Adult),
        new("MINOX-FIN-SOL", 60, "Apply 1 mL to the scalp twice daily.", 30, 5, DemoPrescribers.Brooks, DemoPatient.Man),
        new("ONDAN-4-TRO", 20, "Dissolve 1 troche between cheek and gum every 8 hours as needed for nausea.", 7, 1, DemoPrescribers.Marsh, DemoPatient.Adult),
        new("MECOB-1MGML-INJ", 10, "Inject 1 mL (1 mg) into the muscle once weekly.", 70, 3, DemoPrescribers.Okonkwo, DemoPatient.Senior),
        new("GLUTA-200-INJ", 10, "Inject 1 mL (200 mg) slowly into a vein twice weekly, given in clinic.", 35, 2, DemoPrescribers.Marsh, DemoPatient.Adult)
        {
            HoldReason = "The prescriber's licence in the patient's state is being confirmed by the provider team.",
        },
        new("TRIMIX-INJ", 5, "Inject 0.1 to 0.3 mL as instructed, no more than once a day and 3 times a week. Keep frozen.", 30, 2, DemoPrescribers.Liang,
            DemoPatient.Man)
        {
            HoldReason = "The patient asked us to wait until they are back from travel; call them on Monday.",
        },
        new("ATROP-0.01-OPH", 5, "Instill 1 drop in each eye at bedtime.", 30, 5, DemoPrescribers.Raman, DemoPatient.Child)
        {
            Question = "The order says 0.01% but the note mentions 0.05%: please confirm the strength.",
        },
        new("MECOB-1MGML-INJ-C3", 10, "Inject 0.5 mL (0.5 mg) under the skin every 3 days.", 60, 3, DemoPrescribers.Marsh, DemoPatient.Adult),
        new("LDN-4.5-CAP", 90, "Take 1 capsule by mouth at bedtime.", 90, 3, DemoPrescribers.Okonkwo, DemoPatient.Woman)
        {
            Question = "Is 4.5 mg the starting dose, or should the patient start at 1.5 mg and titrate up?",
            Answer = "Start at 4.5 mg nightly; the patient has taken 3 mg for four weeks without problems. Dr. Okonkwo, by phone.",
        },
        new("BIEST-2.5-CRM", 30, "Apply 1 gram to the inner wrist once daily.", 30, 5, DemoPrescribers.Raman, DemoPatient.Woman) { SamePersonAs = 9 },
        new("KETO-10-PLO", 100, "Apply 1 gram to the lower back three times daily as needed.", 30, 1, DemoPrescribers.Liang, DemoPatient.Adult),
        new("OMEP-2MGML-SUSP", 90, "Give 3 mL (6 mg) by mouth twice daily before meals. Shake well. Keep refrigerated.", 15, 1, DemoPrescribers.Okonkwo,
            DemoPatient.Child),
        new("TESTO-2-CRM", 60, "Apply 2 grams to the upper arm once daily in the morning.", 30, 1, DemoPrescribers.Liang, DemoPatient.Man),
    ];
}
