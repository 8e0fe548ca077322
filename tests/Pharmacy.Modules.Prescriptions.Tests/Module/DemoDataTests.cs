using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Prescriptions.DemoData;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Features.GetClarifications;
using Pharmacy.Shared.Infrastructure;

namespace Pharmacy.Modules.Prescriptions.Tests.Module;

public sealed class DemoDataTests : IAsyncLifetime
{
    private const int DemoSeed = 42;
    private const int Prescribers = 6;
    private const int Prescriptions = 25;

    private PrescriptionsModuleHarness _module = null!;

    public async Task InitializeAsync() => _module = await PrescriptionsModuleHarness.StartAsync();

    public async Task DisposeAsync() => await _module.DisposeAsync();

    [Fact]
    public async Task The_demo_has_six_active_prescribers_with_valid_NPIs_and_the_ids_the_CRM_will_use()
    {
        await SeedAsync();

        var prescribers = await _module.InScopeAsync(db => db.Prescribers.ToListAsync());
        Assert.Equal(Prescribers, prescribers.Count);
        Assert.All(prescribers, p => Assert.True(p.IsActive && NpiCheckDigitIsValid(p.Npi), $"{p.Npi} is not an active, valid NPI"));
        Assert.Contains(prescribers, p => p.ProviderId == Guid.Parse("0193a000-0000-7000-8000-000000000001") && p.Npi == "1234567893");
    }

    [Fact]
    public async Task The_demo_prescriptions_wait_only_at_the_first_steps_and_cover_every_catalog_formula()
    {
        await SeedAsync();

        var prescriptions = await _module.InScopeAsync(db => db.Prescriptions.ToListAsync());
        Assert.Equal(Prescriptions, prescriptions.Count);
        Assert.All(prescriptions, p => Assert.Contains(p.Status, new[] { PrescriptionStatus.Received, PrescriptionStatus.NeedsClarification, PrescriptionStatus.OnHold }));
        Assert.All(prescriptions.Where(p => p.Status == PrescriptionStatus.OnHold), p => Assert.False(string.IsNullOrWhiteSpace(p.HoldReason)));
        Assert.Equal(DemoFormulas.All.Select(f => f.Code).Order(), prescriptions.Select(p => p.FormulaCode).Distinct().Order());
        Assert.Equal(prescriptions.OrderBy(p => p.ReceivedAt).Select(p => p.RxNumber), prescriptions.Select(p => p.RxNumber).Order());
        Assert.All(prescriptions, p => Assert.True(p.ReceivedAt < RxFaker.Now && (p.ClarificationAnsweredAt ?? p.HeldAt ?? p.ReceivedAt) < RxFaker.Now));
    }

    [Fact]
    public async Task The_clarification_queue_of_the_demo_has_open_questions_and_answered_ones()
    {
        await SeedAsync();

        var open = await _module.QueryAsync(new GetClarifications(null, ClarificationFilter.Open));
        var answered = await _module.QueryAsync(new GetClarifications(null, ClarificationFilter.Answered));

        Assert.NotEmpty(open.Items);
        Assert.All(open.Items, item => Assert.Null(item.Answer));
        Assert.NotEmpty(answered.Items);
        Assert.All(answered.Items, item => Assert.NotNull(item.Answer));
    }

    [Fact]
    public async Task Seeding_again_changes_nothing_and_the_other_modules_hear_of_each_prescription_once()
    {
        await SeedAsync();
        await SeedAsync();

        Assert.Equal(Prescriptions, await _module.InScopeAsync(db => db.Prescriptions.CountAsync()));
        Assert.Equal(Prescribers, await _module.InScopeAsync(db => db.Prescribers.CountAsync()));
        Assert.Equal(Prescriptions, await _module.InScopeAsync(db => db.OutboxMessages.CountAsync(m => m.Type.Contains(".PrescriptionReceived,"))));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_patients()
    {
        await SeedAsync(_module);
        await using var other = await PrescriptionsModuleHarness.StartAsync();
        await SeedAsync(other);

        Assert.Equal(await PatientsAsync(_module), await PatientsAsync(other));
    }

    private static Task<List<string>> PatientsAsync(PrescriptionsModuleHarness module) =>
        module.InScopeAsync(db => db.Prescriptions.OrderBy(p => p.RxNumber).Select(p => p.Patient.FirstName + " " + p.Patient.LastName).ToListAsync());

    private Task SeedAsync() => SeedAsync(_module);

    private static Task SeedAsync(PrescriptionsModuleHarness module) =>
        module.WithServicesAsync(async services =>
        {
            await services.GetServices<IDemoDataSeeder>().Single().SeedAsync(new DemoDataContext(DemoSeed, RxFaker.Now), default);
            return true;
        });

    /// <summary>Luhn over "80840" and the first nine digits (DOMAIN.md).</summary>
    private static bool NpiCheckDigitIsValid(string npi)
    {
        var digits = "80840" + npi[..9];
        var sum = digits.Reverse().Select((c, i) => (c - '0') * (i % 2 == 0 ? 2 : 1)).Sum(d => d > 9 ? d - 9 : d);
        return (10 - (sum % 10)) % 10 == npi[9] - '0';
    }
}
