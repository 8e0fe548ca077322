using Bogus.DataSets;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;

namespace Pharmacy.Host.DataGeneration;

/// <summary>The prescribers (registered and activated in the CRM, known to Prescriptions) and the patients.</summary>
internal sealed partial class YearSimulation
{
    private static readonly (string State, int Weight)[] States =
    [
        ("TX", 30), ("OK", 5), ("LA", 4), ("AR", 3), ("NM", 2), ("CO", 3), ("KS", 2), ("MO", 2), ("FL", 3), ("CA", 3), ("AZ", 2), ("GA", 1),
        ("IL", 1), ("NY", 1), ("TN", 1), ("NC", 1), ("WA", 1), ("MN", 1),
    ];

    private static readonly (Credential Credential, int Weight)[] Credentials =
    [
        (Credential.MD, 45), (Credential.DO, 12), (Credential.NP, 20), (Credential.PA, 8), (Credential.DVM, 8), (Credential.ND, 4),
        (Credential.DDS, 2), (Credential.DPM, 1),
    ];

    private readonly List<PatientDetails> _patients = [];
    private double[] _prescriberWeights = [];
    private double[] _patientWeights = [];

    private void CreatePrescribers()
    {
        var npis = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _options.Prescribers; i++)
        {
            string npi;
            do
            {
                npi = ValidNpi();
            }
            while (!npis.Add(npi));

            var registeredAt = _start.AddDays(-_random.Int(30, 900)).AddMinutes(_random.Int(0, 600));
            var activatedAt = WorkingTime(registeredAt.AddDays(_random.Int(3, 21)));
            var gender = _random.Bool() ? Name.Gender.Female : Name.Gender.Male;
            var first = _faker.Name.FirstName(gender);
            var last = _faker.Name.LastName();
            var credential = Weighted(Credentials, c => c.Weight).Credential;
            var accounts = _staff.Any(_staff.Pharmacists);
            var provider = Provider.Register(
                ProviderId.From(Uuid(registeredAt)), Npi.Create(npi), first, last, credential,
                $"{first[0]}.{last}{i}@{_faker.Internet.DomainWord()}-clinic.example".ToLowerInvariant(),
                $"({_random.Int(201, 989)}) 555-{_random.Int(100, 199):0000}", npiAlreadyRegistered: false, registeredAt);
            _year.CrmAudit.Created(provider, registeredAt, accounts, "RegisterProvider");
            var onboardedAt = registeredAt.AddHours(2);
            foreach (var (state, _) in States)
            {
                provider.RecordLicence(state, $"{state}-{_random.Int(100_000, 999_999)}", Expiry(), onboardedAt);
            }

            provider.RecordDeaRegistration(ValidDea(last), DeaSchedules, Expiry(), onboardedAt);
            foreach (var item in Enum.GetValues<OnboardingItem>())
            {
                provider.TickOnboardingItem(item, accounts.Name, activatedAt.AddMinutes(-30));
            }

            provider.Activate(activatedAt);
            provider.ClearDomainEvents();
            _year.Providers.Add(provider);

            // What Prescriptions learns from ProviderActivated and the licence and DEA changes, moments later.
            var prescriber = Prescriber.Activated(provider.Id.Value, provider.Npi, first, last, credential.ToString(), activatedAt, activatedAt.AddSeconds(1));
            _year.Prescribers.Add(prescriber);
            _prescribersById[prescriber.ProviderId] = prescriber;
            var licences = provider.Licences
                .Select(l => PrescriberLicence.Held(provider.Id.Value, l.State, l.Number, l.ExpiresOn, onboardedAt.AddSeconds(1))).ToList();
            var registrations = provider.DeaRegistrations
                .Select(r => PrescriberDeaRegistration.Held(provider.Id.Value, r.Number, r.ScheduleList, r.ExpiresOn, onboardedAt.AddSeconds(1))).ToList();
            _year.PrescriberLicences.AddRange(licences);
            _year.PrescriberDeaRegistrations.AddRange(registrations);
            _authorityOf[prescriber.ProviderId] = new PrescribingAuthority(licences, registrations);
        }

        // A few prescribers send most prescriptions (clinics that specialise in compounded therapies).
        _prescriberWeights = [.. Enumerable.Range(1, _options.Prescribers).Select(rank => 1.0 / Math.Pow(rank, 0.8))];
    }

    private static readonly string[] DeaSchedules = ["2", "2N", "3", "3N", "4", "5"];

    private readonly Dictionary<Guid, PrescribingAuthority> _authorityOf = [];

    /// <summary>Licences and registrations are valid past the generated year, for one to three years more.</summary>
    private DateOnly Expiry() =>
        DateOnly.FromDateTime(_now.UtcDateTime).AddDays(_random.Int(400, 1000));

    /// <summary>A practitioner's DEA number: registrant type, the last name's initial, six digits and the check digit.</summary>
    private string ValidDea(string lastName)
    {
        var digits = Enumerable.Range(0, 6).Select(_ => _random.Int(0, 9)).ToArray();
        var check = (digits[0] + digits[2] + digits[4] + (2 * (digits[1] + digits[3] + digits[5]))) % 10;
        var initial = char.ToUpperInvariant(lastName.Trim().First(char.IsAsciiLetter));
        return $"{_random.ArrayElement(['A', 'B', 'F'])}{initial}{string.Concat(digits)}{check}";
    }

    private void CreatePatients()
    {
        var today = DateOnly.FromDateTime(_now.UtcDateTime);
        for (var i = 0; i < _options.Patients; i++)
        {
            var sex = _random.Int(0, 99) switch
            {
                < 62 => Sex.Female,
                < 99 => Sex.Male,
                _ => Sex.Other,
            };
            var first = _faker.Name.FirstName(sex == Sex.Male ? Name.Gender.Male : Name.Gender.Female);
            var age = _random.Int(0, 99) switch
            {
                < 3 => _random.Int(1, 17),
                < 70 => _random.Int(25, 64),
                _ => _random.Int(65, 92),
            };
            var dateOfBirth = today.AddYears(-age).AddDays(-_random.Int(0, 364));
            _patients.Add(new PatientDetails(first, _faker.Name.LastName(), dateOfBirth, sex, Weighted(States, s => s.Weight).State));
        }

        // Patients on long-term therapy come back month after month; others once.
        _patientWeights = [.. Enumerable.Range(0, _options.Patients).Select(_ => _random.Double() < 0.3 ? 6.0 : 1.0)];
    }

    /// <summary>Ten digits whose last is the Luhn check digit over "80840" and the first nine, as the CRM requires.</summary>
    private string ValidNpi()
    {
        var first9 = (_random.Bool() ? "1" : "2") + _random.Replace("########");
        for (var check = 0; check <= 9; check++)
        {
            var candidate = first9 + (char)('0' + check);
            if (Npi.IsValid(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No check digit makes a valid NPI.");
    }

    /// <summary>A time-ordered id (UUID version 7) for <paramref name="at"/>, from the seeded random: the same seed gives the same ids.</summary>
    private Guid Uuid(DateTimeOffset at)
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.Bytes(16).CopyTo(bytes);
        var milliseconds = at.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private T Weighted<T>(IReadOnlyList<T> choices, Func<T, int> weight)
    {
        var total = choices.Sum(weight);
        var pick = _random.Int(0, total - 1);
        foreach (var choice in choices)
        {
            pick -= weight(choice);
            if (pick < 0)
            {
                return choice;
            }
        }

        return choices[^1];
    }

    private static int Pick(double[] cumulative, double point)
    {
        var index = Array.BinarySearch(cumulative, point);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static double[] Cumulative(double[] weights)
    {
        var sums = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            sums[i] = total;
        }

        return sums;
    }
}
