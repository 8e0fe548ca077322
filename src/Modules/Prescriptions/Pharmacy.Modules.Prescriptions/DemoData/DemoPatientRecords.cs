using Bogus;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

namespace Pharmacy.Modules.Prescriptions.DemoData;

/// <summary>
/// What the pharmacy knows of each demo patient beyond the prescription: a home address in their state, a phone, an
/// e-mail for most, allergies (some coded, one answer of no known allergies, some not yet asked), current medications
/// and, for many, prescription insurance. Drawn from a faker of its own, so the prescriptions' patients stay as they were.
/// </summary>
internal static class DemoPatientRecords
{
    private static readonly Dictionary<string, (string City, string ZipPrefix, string AreaCode)> Cities = new()
    {
        ["TX"] = ("Austin", "787", "512"), ["CA"] = ("Sacramento", "958", "916"), ["FL"] = ("Tampa", "336", "813"),
        ["NY"] = ("Albany", "122", "518"), ["AZ"] = ("Phoenix", "850", "602"), ["CO"] = ("Denver", "802", "303"),
        ["WA"] = ("Spokane", "992", "509"), ["IL"] = ("Springfield", "627", "217"), ["GA"] = ("Savannah", "314", "912"),
        ["NC"] = ("Raleigh", "276", "919"),
    };

    private static readonly Allergy[] KnownAllergies =
    [
        new("Penicillin", "RxNorm 7980", "Hives"),
        new("Sulfonamide antibiotics", "RxNorm 10180", "Rash"),
        new("Codeine", "RxNorm 2670", "Nausea and vomiting"),
        new("Latex", null, "Contact dermatitis"),
        new("Peanuts (in peanut oil bases)", null, "Swelling of the lips"),
        new("Ibuprofen", "RxNorm 5640", "Wheezing"),
    ];

    private static readonly string[] Medications =
    [
        "Levothyroxine 50 mcg tablet, once daily", "Lisinopril 10 mg tablet, once daily", "Metformin 500 mg tablet, twice daily",
        "Atorvastatin 20 mg tablet, at bedtime", "Sertraline 50 mg tablet, once daily", "Vitamin D3 2,000 IU, once daily",
        "Omeprazole 20 mg capsule, before breakfast", "Amlodipine 5 mg tablet, once daily",
    ];

    private static readonly (string Payer, string Bin, string Pcn)[] Payers =
    [
        ("Express Scripts", "003858", "A4"), ("CVS Caremark", "004336", "ADV"), ("OptumRx", "610011", "IRX"), ("Prime Therapeutics", "610455", "PRIME"),
    ];

    /// <summary>Every kind of allergy answer appears: the first patient has none known, every third is not yet asked.</summary>
    public static void Complete(Patient patient, int index, Faker faker, bool isPet)
    {
        var (city, zipPrefix, areaCode) = Cities.GetValueOrDefault(patient.State, ("Springfield", "627", "217"));
        patient.ChangeAddresses(
            new PostalAddress(faker.Address.StreetAddress(), faker.Random.Bool(0.2f) ? $"Apt {faker.Random.Int(1, 40)}" : null, city, patient.State,
                $"{zipPrefix}{faker.Random.Int(1, 99):D2}"),
            null);
        patient.ChangeContact($"({areaCode}) 555-{faker.Random.Int(100, 199):D4}", null,
            isPet || faker.Random.Bool(0.3f) ? null : $"{patient.FirstName}.{patient.LastName}@example.com".ToLowerInvariant().Replace(' ', '.'));
        if (index == 0)
        {
            patient.RecordAllergies(AllergyStatus.NoKnownAllergies, []);
        }
        else if (index % 3 != 0)
        {
            patient.RecordAllergies(AllergyStatus.Recorded, [.. faker.PickRandom(KnownAllergies, faker.Random.Int(1, 2))]);
        }

        if (!isPet)
        {
            patient.RecordCurrentMedications(faker.PickRandom(Medications, faker.Random.Int(0, 3)));
        }

        if (!isPet && index % 2 == 0)
        {
            var (payer, bin, pcn) = faker.PickRandom(Payers);
            patient.RecordInsurance(new Insurance(
                payer, bin, pcn, $"RX{faker.Random.Int(1000, 9999)}", faker.Random.Replace("???#########").ToUpperInvariant(),
                patient.Sex == Sex.Female && faker.Random.Bool(0.3f) ? CardholderRelationship.Spouse : CardholderRelationship.Self));
        }
    }
}
