using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.DemoData;

/// <summary>
/// The pharmacy's demo catalog of master formulation records (codes, ingredients, quantities per unit and BUD
/// inputs as in the shared demo catalog), with quality checks and compounding steps written for each.
/// Demonstration data, not clinical guidance.
/// </summary>
internal static partial class CatalogFormulas
{
    public static readonly FormulaDefinition Ldn45Cap = NonSterile(
        "LDN-4.5-CAP", "Naltrexone 4.5 mg capsule", DosageForm.Capsule, "oral", "capsule", StorageCondition.Room,
        WaterActivity.NonAqueous, preserved: false, ph: null,
        [
            Line("ING-001", "Naltrexone hydrochloride USP", IngredientRole.Active, 0.0045m, "g"),
            Line("ING-028", "Microcrystalline cellulose NF", IngredientRole.BaseQs, 0.2455m, "g"),
            Line("ING-042", "Hard gelatin capsule size 1", IngredientRole.Container, 1m, "each"),
        ],
        [
            "Weigh naltrexone hydrochloride and microcrystalline cellulose for the batch on a calibrated balance.",
            "Triturate the naltrexone hydrochloride in a mortar, then add the microcrystalline cellulose by geometric dilution until the blend is uniform.",
            "Set up the capsule filling machine for size 1 capsules and fill them evenly with the blend.",
            "Close and de-dust the capsules, then weigh 10 capsules for weight variation.",
            "Package in a light-resistant container and label with the beyond-use date and storage.",
        ]);

    public static readonly FormulaDefinition Prog100SrCap = NonSterile(
        "PROG-100-SR-CAP", "Progesterone 100 mg SR capsule", DosageForm.Capsule, "oral", "capsule", StorageCondition.Room,
        WaterActivity.NonAqueous, preserved: false, ph: null,
        [
            Line("ING-002", "Progesterone USP micronized", IngredientRole.Active, 0.1m, "g"),
            Line("ING-029", "Hypromellose (4000 cP) NF", IngredientRole.Excipient, 0.06m, "g"),
            Line("ING-028", "Microcrystalline cellulose NF", IngredientRole.BaseQs, 0.09m, "g"),
            Line("ING-042", "Hard gelatin capsule size 1", IngredientRole.Container, 1m, "each"),
        ],
        [
            "Work in the containment ventilated enclosure with gloves and gown: progesterone is a NIOSH hazardous drug.",
            "Weigh progesterone, hypromellose and microcrystalline cellulose for the batch on a calibrated balance.",
            "Blend the progesterone with the hypromellose first, so the release-controlling polymer surrounds the drug, then add the microcrystalline cellulose by geometric dilution.",
            "Fill size 1 capsules evenly, close and de-dust them, and weigh 10 capsules for weight variation.",
            "Package in a light-resistant container and label with the beyond-use date and storage.",
        ]);

    public static readonly FormulaDefinition Omep2mgmlSusp = NonSterile(
        "OMEP-2MGML-SUSP", "Omeprazole 2 mg/mL oral suspension", DosageForm.OralSuspension, "oral", "mL", StorageCondition.Refrigerator,
        WaterActivity.Aqueous, preserved: false, ph: "8.0-9.5",
        [
            Line("ING-010", "Omeprazole USP", IngredientRole.Active, 0.002m, "g"),
            Line("ING-030", "Sodium bicarbonate USP", IngredientRole.Excipient, 0.084m, "g"),
            Line("ING-033", "Sterile water for injection USP", IngredientRole.BaseQs, 1m, "mL"),
        ],
        [
            "Weigh omeprazole and sodium bicarbonate for the batch on a calibrated balance.",
            "Dissolve the sodium bicarbonate in about 80% of the final volume of sterile water for injection.",
            "Add the omeprazole and stir without heating until it is evenly suspended; omeprazole degrades in acid, so keep the bicarbonate in excess.",
            "Bring to final volume with sterile water in a calibrated container and mix well.",
            "Package in amber bottles with 'Shake well' and 'Refrigerate' labels.",
        ]);

    public static readonly FormulaDefinition Metro50mgmlSusp = NonSterile(
        "METRO-50MGML-SUSP", "Metronidazole 50 mg/mL oral suspension (veterinary, flavoured)", DosageForm.OralSuspension, "oral", "mL", StorageCondition.Room,
        WaterActivity.Aqueous, preserved: true, ph: "4.0-5.0",
        [
            Line("ING-011", "Metronidazole benzoate USP", IngredientRole.Active, 0.08m, "g"),
            Line("ING-031", "Oral suspending vehicle (preserved)", IngredientRole.Base, 0.5m, "mL"),
            Line("ING-032", "Oral sweetened vehicle (preserved)", IngredientRole.BaseQs, 0.5m, "mL"),
        ],
        [
            "Weigh metronidazole benzoate for the batch on a calibrated balance.",
            "Levigate the powder with a small amount of the oral suspending vehicle to a smooth paste.",
            "Add the rest of the suspending vehicle in portions, mixing after each.",
            "Bring to final volume with the sweetened vehicle in a calibrated container and mix well.",
            "Package in amber bottles with a 'Shake well' label; flavour for veterinary use as ordered.",
        ]);

    public static readonly FormulaDefinition Spiro5mgmlSusp = NonSterile(
        "SPIRO-5MGML-SUSP", "Spironolactone 5 mg/mL oral suspension", DosageForm.OralSuspension, "oral", "mL", StorageCondition.Refrigerator,
        WaterActivity.Aqueous, preserved: true, ph: "4.0-5.0",
        [
            Line("ING-012", "Spironolactone USP", IngredientRole.Active, 0.005m, "g"),
            Line("ING-031", "Oral suspending vehicle (preserved)", IngredientRole.Base, 0.5m, "mL"),
            Line("ING-032", "Oral sweetened vehicle (preserved)", IngredientRole.BaseQs, 0.5m, "mL"),
        ],
        [
            "Work with gloves in the containment ventilated enclosure: spironolactone is a NIOSH hazardous drug.",
            "Weigh spironolactone for the batch and triturate it to a fine powder.",
            "Levigate with a small amount of the oral suspending vehicle, then add the rest of the suspending vehicle in portions.",
            "Bring to final volume with the sweetened vehicle in a calibrated container and mix well.",
            "Package in amber bottles with 'Shake well' and 'Refrigerate' labels.",
        ]);

    public static readonly FormulaDefinition Vanco50mgmlSol = NonSterile(
        "VANCO-50MGML-SOL", "Vancomycin 50 mg/mL oral solution", DosageForm.OralSolution, "oral", "mL", StorageCondition.Refrigerator,
        WaterActivity.Aqueous, preserved: false, ph: "3.0-5.0",
        [
            Line("ING-013", "Vancomycin hydrochloride USP", IngredientRole.Active, 0.05m, "g"),
            Line("ING-032", "Oral sweetened vehicle (preserved)", IngredientRole.Base, 0.3m, "mL"),
            Line("ING-033", "Sterile water for injection USP", IngredientRole.BaseQs, 0.7m, "mL"),
        ],
        [
            "Weigh vancomycin hydrochloride for the batch on a calibrated balance.",
            "Dissolve it in about 70% of the final volume of sterile water for injection.",
            "Add the sweetened vehicle and mix until uniform.",
            "Bring to final volume with sterile water in a calibrated container and mix well.",
            "Package in amber bottles with a 'Refrigerate' label.",
        ]);

    public static readonly FormulaDefinition MagicMw = NonSterile(
        "MAGIC-MW", "Magic mouthwash (diphenhydramine / antacid / lidocaine) oral rinse", DosageForm.OralSuspension, "oral rinse", "mL", StorageCondition.Room,
        WaterActivity.Aqueous, preserved: true, ph: "5.0-7.0",
        [
            Line("ING-015", "Lidocaine USP", IngredientRole.Active, 0.0067m, "g"),
            Line("ING-031", "Oral suspending vehicle (preserved)", IngredientRole.BaseQs, 1m, "mL"),
        ],
        [
            "Weigh lidocaine for the batch on a calibrated balance.",
            "Disperse the lidocaine in a portion of the oral suspending vehicle until no lumps remain.",
            "Bring to final volume with the suspending vehicle in a calibrated container and mix well.",
            "Package in bottles labelled 'Shake well', 'Swish and spit' and 'Do not swallow'.",
        ]);

    public static readonly FormulaDefinition Keto10Plo = NonSterile(
        "KETO-10-PLO", "Ketoprofen 10% topical gel (PLO)", DosageForm.Gel, "topical", "g", StorageCondition.Room,
        WaterActivity.Aqueous, preserved: true, ph: "5.5-7.0",
        [
            Line("ING-007", "Ketoprofen USP", IngredientRole.Active, 0.1m, "g"),
            Line("ING-036", "Pluronic lecithin organogel base (preserved)", IngredientRole.BaseQs, 0.9m, "g"),
        ],
        [
            "Weigh ketoprofen and the pluronic lecithin organogel base for the batch.",
            "Levigate the ketoprofen with a small portion of the organogel base to a smooth paste.",
            "Add the rest of the base by geometric dilution, mixing after each addition.",
            "Pass the gel through the ointment mill for uniform particle size.",
            "Fill airless pump containers and label with the beyond-use date.",
        ]);

    public static readonly FormulaDefinition KgbPainCrm = NonSterile(
        "KGB-PAIN-CRM", "Ketamine 5% / Gabapentin 6% / Baclofen 2% cream", DosageForm.Cream, "topical", "g", StorageCondition.Room,
        WaterActivity.Aqueous, preserved: true, ph: "5.0-7.0",
        [
            Line("ING-006", "Ketamine hydrochloride USP", IngredientRole.Active, 0.05m, "g"),
            Line("ING-008", "Gabapentin USP", IngredientRole.Active, 0.06m, "g"),
            Line("ING-009", "Baclofen USP", IngredientRole.Active, 0.02m, "g"),
            Line("ING-037", "Oil-in-water cream base (preserved)", IngredientRole.BaseQs, 0.87m, "g"),
        ],
        [
            "Weigh ketamine hydrochloride with a second person witnessing and record it in the CIII controlled substance log.",
            "Weigh gabapentin and baclofen and triturate the three powders together to a fine, uniform powder.",
            "Levigate the powders with a small portion of the cream base, then add the rest of the base by geometric dilution.",
            "Pass the cream through the ointment mill for uniformity.",
            "Fill airless pump containers and label with the beyond-use date and the CIII schedule.",
        ], schedule: "CIII");

    public static readonly FormulaDefinition Biest25Crm = NonSterile(
        "BIEST-2.5-CRM", "Bi-Est 2.5 mg/g (estriol 80% / estradiol 20%) cream", DosageForm.Cream, "transdermal", "g", StorageCondition.Room,
        WaterActivity.Aqueous, preserved: true, ph: "4.5-6.5",
        [
            Line("ING-004", "Estriol USP micronized", IngredientRole.Active, 0.002m, "g"),
            Line("ING-003", "Estradiol USP micronized", IngredientRole.Active, 0.0005m, "g"),
            Line("ING-037", "Oil-in-water cream base (preserved)", IngredientRole.BaseQs, 0.9975m, "g"),
        ],
        [
            "Work in the containment ventilated enclosure with gloves and gown: estradiol and estriol are NIOSH hazardous drugs.",
            "Weigh estriol and estradiol; weigh estradiol by the aliquot method when the batch quantity is below the balance's minimum weighable quantity.",
            "Triturate the two hormones together, then incorporate them into the cream base by geometric dilution.",
            "Pass the cream through the ointment mill for uniformity.",
            "Fill airless pump containers and label with the beyond-use date.",
        ]);

    public static readonly FormulaDefinition Testo2Crm = NonSterile(
        "TESTO-2-CRM", "Testosterone 2% cream", DosageForm.Cream, "transdermal", "g", StorageCondition.Room,
        WaterActivity.Aqueous, preserved: true, ph: "5.0-7.0",
        [
            Line("ING-005", "Testosterone USP micronized", IngredientRole.Active, 0.02m, "g"),
            Line("ING-037", "Oil-in-water cream base (preserved)", IngredientRole.BaseQs, 0.98m, "g"),
        ],
        [
            "Work in the containment ventilated enclosure with gloves and gown: testosterone is a NIOSH hazardous drug.",
            "Weigh testosterone with a second person witnessing and record it in the CIII controlled substance log.",
            "Levigate the testosterone with a small portion of the cream base, then add the rest of the base by geometric dilution.",
            "Pass the cream through the ointment mill for uniformity.",
            "Fill airless pump containers and label with the beyond-use date and the CIII schedule.",
        ], schedule: "CIII");

    public static readonly FormulaDefinition KligmanCrm = NonSterile(
        "KLIGMAN-CRM", "Hydroquinone 4% / tretinoin 0.025% / hydrocortisone 1% cream", DosageForm.Cream, "topical", "g", StorageCondition.Refrigerator,
        WaterActivity.Aqueous, preserved: true, ph: "3.5-5.5",
        [
            Line("ING-017", "Hydroquinone USP", IngredientRole.Active, 0.04m, "g"),
            Line("ING-018", "Tretinoin USP", IngredientRole.Active, 0.00025m, "g"),
            Line("ING-019", "Hydrocortisone USP micronized", IngredientRole.Active, 0.01m, "g"),
            Line("ING-037", "Oil-in-water cream base (preserved)", IngredientRole.BaseQs, 0.94975m, "g"),
        ],
        [
            "Work under subdued light in the containment ventilated enclosure with gloves: tretinoin is a NIOSH hazardous drug and degrades in light.",
            "Weigh hydroquinone and hydrocortisone; weigh tretinoin by the aliquot method.",
            "Triturate the powders together, then incorporate them into the cream base by geometric dilution.",
            "Pass the cream through the ointment mill for uniformity.",
            "Fill opaque airless pump containers and label 'Refrigerate' and 'Protect from light'.",
        ]);

    public static readonly FormulaDefinition Lt237Oint = NonSterile(
        "LT-23-7-OINT", "Lidocaine 23% / tetracaine 7% ointment", DosageForm.Ointment, "topical", "g", StorageCondition.Room,
        WaterActivity.NonAqueous, preserved: false, ph: null,
        [
            Line("ING-015", "Lidocaine USP", IngredientRole.Active, 0.23m, "g"),
            Line("ING-016", "Tetracaine USP", IngredientRole.Active, 0.07m, "g"),
            Line("ING-038", "Anhydrous ointment base (petrolatum)", IngredientRole.BaseQs, 0.7m, "g"),
        ],
        [
            "Weigh lidocaine, tetracaine and the anhydrous ointment base for the batch.",
            "Triturate lidocaine and tetracaine together to a fine powder.",
            "Levigate the powders with a small portion of the ointment base, then add the rest of the base by geometric dilution.",
            "Pass the ointment through the ointment mill for uniformity.",
            "Fill jars or pumps and label 'For professional application'.",
        ]);

    public static readonly FormulaDefinition MinoxFinSol = NonSterile(
        "MINOX-FIN-SOL", "Minoxidil 5% / finasteride 0.1% topical solution", DosageForm.Solution, "topical", "mL", StorageCondition.Room,
        WaterActivity.NonAqueous, preserved: false, ph: null,
        [
            Line("ING-020", "Minoxidil USP", IngredientRole.Active, 0.05m, "g"),
            Line("ING-021", "Finasteride USP", IngredientRole.Active, 0.001m, "g"),
            Line("ING-040", "Propylene glycol USP", IngredientRole.Excipient, 0.3m, "mL"),
            Line("ING-041", "Ethanol 95% USP", IngredientRole.BaseQs, 0.65m, "mL"),
        ],
        [
            "Weigh minoxidil and finasteride; finasteride is handled with gloves in the containment ventilated enclosure.",
            "Measure the propylene glycol and dissolve the minoxidil and finasteride in it with stirring, warming gently to no more than 40 C.",
            "Add ethanol 95% to final volume in a calibrated container and mix until the solution is clear.",
            "Package in amber dropper bottles labelled 'Flammable: keep away from heat and flame'.",
        ]);

    public static readonly FormulaDefinition Ondan4Tro = NonSterile(
        "ONDAN-4-TRO", "Ondansetron 4 mg troche", DosageForm.Troche, "buccal", "troche", StorageCondition.Room,
        WaterActivity.NonAqueous, preserved: false, ph: null,
        [
            Line("ING-014", "Ondansetron hydrochloride USP", IngredientRole.Active, 0.005m, "g"),
            Line("ING-039", "Polyethylene glycol troche base", IngredientRole.BaseQs, 0.995m, "g"),
        ],
        [
            "Weigh ondansetron hydrochloride and the polyethylene glycol troche base for the batch.",
            "Melt the troche base at 55-60 C.",
            "Triturate the ondansetron to a fine powder and stir it into the melted base until uniform.",
            "Pour into the calibrated troche mould, let set at room temperature, then remove the troches.",
            "Weigh 10 troches for weight variation and package in a tight, light-resistant container.",
        ]);

    public static readonly FormulaDefinition Mecob1mgmlInj = Sterile(
        "MECOB-1MGML-INJ", "Methylcobalamin 1 mg/mL injection 10 mL vial", DosageForm.Injection, "intramuscular", "mL", StorageCondition.Refrigerator,
        PreparationType.SterileCategory2, SterilizationMethod.Aseptic, sterilityTested: true,
        nonSterileStartingComponent: true, ph: "4.5-7.0", appearance: "Clear, dark red solution, essentially free of visible particulates",
        [
            Line("ING-022", "Methylcobalamin", IngredientRole.Active, 0.001m, "g"),
            Line("ING-033", "Sterile water for injection USP", IngredientRole.BaseQs, 1m, "mL"),
            Line("ING-045", "Sterile glass vial 10 mL", IngredientRole.Container, 0.1m, "each"),
        ],
        [
            "In the ISO 7 buffer room, weigh methylcobalamin (a non-sterile powder) and dissolve it in sterile water for injection, protected from light.",
            "In the ISO 5 primary engineering control, filter the solution through a sterile 0.22 micron filter into sterile 10 mL vials.",
            "Test the filter's integrity (bubble point) and record the result.",
            "Stopper and seal the vials and inspect each one against black and white backgrounds.",
            "Send samples for sterility testing and hold the batch until the result passes.",
        ]);

    public static readonly FormulaDefinition Gluta200Inj = Sterile(
        "GLUTA-200-INJ", "Glutathione 200 mg/mL injection 10 mL vial", DosageForm.Injection, "intravenous", "mL", StorageCondition.Refrigerator,
        PreparationType.SterileCategory2, SterilizationMethod.Aseptic, sterilityTested: false,
        nonSterileStartingComponent: true, ph: "2.5-4.0", appearance: "Clear, colourless solution, essentially free of visible particulates",
        [
            Line("ING-023", "Glutathione (reduced) USP", IngredientRole.Active, 0.2m, "g"),
            Line("ING-033", "Sterile water for injection USP", IngredientRole.BaseQs, 1m, "mL"),
            Line("ING-045", "Sterile glass vial 10 mL", IngredientRole.Container, 0.1m, "each"),
        ],
        [
            "In the ISO 7 buffer room, weigh reduced glutathione (a non-sterile powder) and dissolve it in sterile water for injection.",
            "In the ISO 5 primary engineering control, filter the solution through a sterile 0.22 micron filter into sterile 10 mL vials.",
            "Test the filter's integrity (bubble point) and record the result.",
            "Stopper and seal the vials and inspect each one against black and white backgrounds.",
            "Label 'Refrigerate' with the beyond-use date and time.",
        ]);

    public static readonly FormulaDefinition TrimixInj = Sterile(
        "TRIMIX-INJ", "Tri-Mix (papaverine 30 mg / phentolamine 1 mg / alprostadil 10 mcg per mL) injection", DosageForm.Injection, "intracavernosal", "mL", StorageCondition.Freezer,
        PreparationType.SterileCategory2, SterilizationMethod.Aseptic, sterilityTested: false,
        nonSterileStartingComponent: true, ph: "3.0-5.0", appearance: "Clear, colourless to pale yellow solution, essentially free of visible particulates",
        [
            Line("ING-024", "Papaverine hydrochloride USP", IngredientRole.Active, 0.03m, "g"),
            Line("ING-025", "Phentolamine mesylate USP", IngredientRole.Active, 0.001m, "g"),
            Line("ING-026", "Alprostadil USP", IngredientRole.Active, 0.00001m, "g"),
            Line("ING-034", "Sodium chloride 0.9% injection USP", IngredientRole.BaseQs, 1m, "mL"),
            Line("ING-045", "Sterile glass vial 10 mL", IngredientRole.Container, 0.1m, "each"),
        ],
        [
            "In the ISO 7 buffer room, weigh papaverine hydrochloride, phentolamine mesylate and alprostadil (alprostadil by the aliquot method).",
            "Dissolve them in sodium chloride 0.9% injection and mix until clear.",
            "In the ISO 5 primary engineering control, filter through a sterile 0.22 micron filter into sterile 10 mL vials and test the filter's integrity.",
            "Stopper and seal the vials and inspect each one against black and white backgrounds.",
            "Freeze at -25 to -10 C and label with the beyond-use date.",
        ]);

    public static readonly FormulaDefinition Atrop001Oph = Sterile(
        "ATROP-0.01-OPH", "Atropine 0.01% ophthalmic solution", DosageForm.Solution, "ophthalmic", "mL", StorageCondition.Refrigerator,
        PreparationType.SterileCategory2, SterilizationMethod.Aseptic, sterilityTested: false,
        nonSterileStartingComponent: true, ph: "4.0-6.0", appearance: "Clear, colourless solution, essentially free of visible particulates",
        [
            Line("ING-027", "Atropine sulfate USP", IngredientRole.Active, 0.0001m, "g"),
            Line("ING-034", "Sodium chloride 0.9% injection USP", IngredientRole.BaseQs, 1m, "mL"),
        ],
        [
            "In the ISO 7 buffer room, weigh atropine sulfate by the aliquot method.",
            "Dissolve it in sodium chloride 0.9% injection and mix until clear.",
            "In the ISO 5 primary engineering control, filter through a sterile 0.22 micron filter into sterile ophthalmic dropper bottles and test the filter's integrity.",
            "Cap, inspect each bottle against black and white backgrounds, and label 'Refrigerate' with the beyond-use date.",
        ]);

    public static readonly FormulaDefinition Mecob1mgmlInjC3 = Sterile(
        "MECOB-1MGML-INJ-C3", "Methylcobalamin 1 mg/mL injection, Category 3 (sterility and endotoxin tested)", DosageForm.Injection, "intramuscular", "mL", StorageCondition.Refrigerator,
        PreparationType.SterileCategory3, SterilizationMethod.Aseptic, sterilityTested: true,
        nonSterileStartingComponent: true, ph: "4.5-7.0", appearance: "Clear, dark red solution, essentially free of visible particulates",
        [
            Line("ING-022", "Methylcobalamin", IngredientRole.Active, 0.001m, "g"),
            Line("ING-035", "Bacteriostatic water for injection USP", IngredientRole.BaseQs, 1m, "mL"),
            Line("ING-045", "Sterile glass vial 10 mL", IngredientRole.Container, 0.1m, "each"),
        ],
        [
            "In the ISO 7 buffer room, weigh methylcobalamin (a non-sterile powder) and dissolve it in bacteriostatic water for injection, protected from light.",
            "In the ISO 5 primary engineering control, filter the solution through a sterile 0.22 micron filter into sterile 10 mL vials.",
            "Test the filter's integrity (bubble point) and record the result.",
            "Stopper and seal the vials and inspect each one against black and white backgrounds.",
            "Send samples for sterility and bacterial endotoxin testing and quarantine the batch until both pass.",
            "Label 'Refrigerate' and 'Protect from light' with the beyond-use date.",
        ]);
}
