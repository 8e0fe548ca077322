using Bogus;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Tests;

/// <summary>Dispensed fills as Prescriptions announces them, and list prices from the demo catalog.</summary>
internal sealed class ChargeFaker
{
    public const string Capsules = "LDN-4.5-CAP";
    public const string Suspension = "OMEP-2MGML-SUSP";

    public static readonly DateTimeOffset Now = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

    /// <summary>Naltrexone 4.5 mg capsules at $1.10 each, as on the demo price list.</summary>
    public static readonly ListPrice CapsulePrice = new(Money.Dollars(1.10m), "capsule");

    private readonly Faker _faker = new("en_US") { Random = new Randomizer(5510) };

    public DispensedFill Fill(string formulaCode = Capsules, decimal quantity = 30, DateTimeOffset? dispensedAt = null) => new(
        Guid.CreateVersion7(), Guid.CreateVersion7(), _faker.Random.Long(100000, 999999), formulaCode, quantity, Guid.CreateVersion7(),
        _faker.Name.FullName(), dispensedAt ?? Now);

    public string Clerk() => _faker.Name.FullName();
}
