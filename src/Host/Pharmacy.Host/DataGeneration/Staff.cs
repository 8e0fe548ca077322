using Bogus;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Host.DataGeneration;

/// <summary>
/// The people of a busy pharmacy who appear in the generated records: the demo users by their display names, and
/// colleagues in each role, each with a fixed id so that the audit trail names the same person throughout the year.
/// </summary>
internal sealed class Staff
{
    private readonly Randomizer _random;

    public Staff(Randomizer random)
    {
        _random = random;
        var faker = new Faker("en_US") { Random = random };
        Actor Person(string name) => new(new Guid(random.Bytes(16)).ToString(), name);
        IReadOnlyList<Actor> Team(string first, int more, string credential) =>
            [Person(first), .. Enumerable.Range(0, more).Select(_ => Person($"{faker.Name.FirstName()} {faker.Name.LastName()}, {credential}"))];
        Pharmacists = Team("Dana Whitfield, PharmD", 5, "PharmD");
        Technicians = Team("Jordan Lee, CPhT", 7, "CPhT");
        QualityAssurance = Team("Priya Natarajan, QA", 2, "QA");
        Billing = Team("Sam Ortega, Billing", 1, "Billing");
        IntakeClients = [.. Enumerable.Range(1, 12).Select(n => new Actor($"api-client-{n:00}", $"Clinic EHR {n:00}"))];
    }

    public IReadOnlyList<Actor> Pharmacists { get; }

    public IReadOnlyList<Actor> Technicians { get; }

    public IReadOnlyList<Actor> QualityAssurance { get; }

    public IReadOnlyList<Actor> Billing { get; }

    /// <summary>The clinics' systems that send prescriptions through the API, FHIR and the portal.</summary>
    public IReadOnlyList<Actor> IntakeClients { get; }

    public Actor Receiving { get; } = new(SystemUser.Instance.Id, "Receiving");

    public Actor Any(IReadOnlyList<Actor> team) => team[_random.Int(0, team.Count - 1)];

    /// <summary>Someone of the team other than <paramref name="not"/> (the checker is never the preparer).</summary>
    public Actor Other(IReadOnlyList<Actor> team, Actor not)
    {
        var other = Any(team);
        return other.Id == not.Id ? team[(IndexOf(team, not) + 1) % team.Count] : other;
    }

    private static int IndexOf(IReadOnlyList<Actor> team, Actor actor)
    {
        for (var i = 0; i < team.Count; i++)
        {
            if (team[i].Id == actor.Id)
            {
                return i;
            }
        }

        return 0;
    }

    public static ElectronicSignature Signature(Actor actor, string meaning, DateTimeOffset at) => new(actor.Id, actor.Name, meaning, at);
}
