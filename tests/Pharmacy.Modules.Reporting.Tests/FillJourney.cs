using Bogus;

namespace Pharmacy.Modules.Reporting.Tests;

/// <summary>
/// One fill's real-looking way through the pharmacy: the times each module would announce, in the order they
/// happen. Tests deliver these in other orders.
/// </summary>
internal sealed record FillJourney(
    Guid FillId, Guid PrescriptionId, long RxNumber, int FillNumber, string FormulaCode, decimal Quantity, string BatchNumber,
    DateTimeOffset ReceivedAt, DateTimeOffset VerifiedAt, DateTimeOffset RequestedAt, DateTimeOffset CompoundedAt,
    DateTimeOffset ReleasedAt, DateTimeOffset DispensedAt, string DispenseMethod, DateTimeOffset ChargedAt, decimal ChargeAmount)
{
    public const string Currency = "USD";

    /// <summary>Formula codes from the pharmacy's catalog.</summary>
    public static readonly string[] FormulaCodes = ["LDN-4.5-CAP", "OMEP-2MGML-SUSP", "KETO-10-PLO", "BIEST-2.5-CRM", "MECOB-1MGML-INJ"];

    public static readonly string[] DispenseMethods = ["Pickup", "Shipped"];

    public static Faker<FillJourney> Faker(int seed, DateTimeOffset around) =>
        new Faker<FillJourney>()
            .UseSeed(seed)
            .CustomInstantiator(f =>
            {
                // Minutes to a few hours for a pharmacist to verify; a day or two in production; hours for QC; a day to pick up or ship.
                var received = around.AddMinutes(-f.Random.Int(0, 60 * 24 * 20)).AddSeconds(f.Random.Double(0, 59));
                var verified = received.AddMinutes(f.Random.Int(10, 60 * 6));
                var requested = verified.AddMinutes(f.Random.Int(1, 30));
                var compounded = requested.AddMinutes(f.Random.Int(60 * 3, 60 * 48));
                var released = compounded.AddMinutes(f.Random.Int(60, 60 * 24));
                var dispensed = released.AddMinutes(f.Random.Int(30, 60 * 36));
                return new FillJourney(
                    f.Random.Guid(), f.Random.Guid(), f.Random.Long(100_000, 999_999), f.Random.Int(0, 3), f.PickRandom(FormulaCodes),
                    f.Random.Int(30, 120), $"B-{received:yyMMdd}-{f.Random.Int(100, 999)}",
                    received, verified, requested, compounded, released, dispensed, f.PickRandom(DispenseMethods),
                    dispensed.AddMinutes(f.Random.Int(1, 20)), Math.Round(f.Random.Decimal(35, 240), 2));
            });
}
