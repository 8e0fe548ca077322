using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Billing.Contracts;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Domain.Formulas;
using Pharmacy.Modules.Billing.Features.AddFormulaPrice;
using Pharmacy.Modules.Billing.Features.ChangePrice;
using Pharmacy.Modules.Billing.Features.GetCharge;
using Pharmacy.Modules.Billing.Features.GetCharges;
using Pharmacy.Modules.Billing.Features.GetChargeTotals;
using Pharmacy.Modules.Billing.Features.GetPrices;
using Pharmacy.Modules.Billing.Features.PriceCharge;
using Pharmacy.Modules.Billing.Features.RecordPayment;
using Pharmacy.Modules.Billing.IntegrationEvents;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Modules.Billing.Tests.Harness;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Messaging;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Security;
using Wolverine;
using static Pharmacy.Modules.Billing.Tests.ChargeFaker;

namespace Pharmacy.Modules.Billing.Tests;

/// <summary>The billing use cases through the module's pipeline on a real SQLite database, as the host runs them.</summary>
public sealed class BillingFlowTests : IAsyncLifetime
{
    private const int CatalogFormulas = 20;
    private const int DemoSeed = 20261130;
    private const string ClerkName = "Morgan Ellis";
    private readonly ChargeFaker _fills = new();
    private BillingHarness _billing = null!;

    public async Task InitializeAsync()
    {
        _billing = await BillingHarness.StartAsync(Now);
        await SeedPriceListAsync();
    }

    public async Task DisposeAsync() => await _billing.DisposeAsync();

    [Fact]
    public async Task The_price_list_holds_every_catalog_formula_once_however_often_it_is_seeded()
    {
        await SeedPriceListAsync();

        var prices = await _billing.SendAsync(new GetPrices());

        Assert.Equal(CatalogFormulas, prices.Count);
        Assert.Equal(CatalogFormulas, prices.Select(price => price.FormulaCode).Distinct().Count());
        Assert.Equal(CapsulePrice.PerUnit.Amount, prices.Single(price => price.FormulaCode == Capsules).PricePerUnit);
    }

    [Fact]
    public async Task A_fill_announced_twice_or_redelivered_is_charged_once_at_its_list_price()
    {
        var message = Dispensed(_fills.Fill(Suspension, quantity: 150));
        var envelope = EnvelopeFor();

        await DeliverAsync(message, envelope);
        await DeliverAsync(message, envelope);
        await DeliverAsync(message, EnvelopeFor());

        var charge = Assert.Single(await _billing.InDbAsync(db => db.Charges.AsNoTracking().ToListAsync()));
        Assert.Equal(Money.Dollars(82.50m), charge.Amount);
        Assert.Equal("mL", charge.Unit);
        Assert.Equal(message.PayerName, charge.PayerName);
        var created = Assert.Single(await OutboxAsync<ChargeCreated>());
        Assert.Equal(82.50m, created.Amount);
        Assert.Equal(nameof(PayerType.Patient), created.PayerType);
    }

    [Fact]
    public async Task A_fill_of_an_unpriced_formula_is_kept_at_zero_until_the_price_list_has_it()
    {
        var message = Dispensed(_fills.Fill("HRT-NEW-CRM", quantity: 30));
        await DeliverAsync(message, EnvelopeFor());
        var id = await ChargeIdOfAsync(message.FillId);
        SignInAsClerk();

        var waiting = await _billing.SendAsync(new GetCharges(Search: null, Status: null, NeedsPricingOnly: true));
        await Assert.ThrowsAsync<BusinessRuleValidationException>(() => _billing.SendAsync(new PriceCharge(id)));
        var unknown = await Assert.ThrowsAsync<BusinessRuleValidationException>(() => _billing.SendAsync(new AddFormulaPrice("HRT-NEW-CRM", 2.15m)));
        var approved = new FormulaApproved(
            "HRT-NEW-CRM", 1, "Estradiol / progesterone cream", "Cream", "g", CountedInWholeUnits: false, "Room", null, DateTimeOffset.UtcNow);
        await _billing.DeliverAsync((inbox, sender) => ListApprovedFormulaForPricing.Handle(approved, EnvelopeFor(), inbox, sender, CancellationToken.None));
        await _billing.SendAsync(new AddFormulaPrice("HRT-NEW-CRM", 2.15m));
        await _billing.SendAsync(new PriceCharge(id));

        Assert.Equal(id, Assert.Single(waiting.Items).Id);
        Assert.Equal(nameof(PriceMustBeForAFormulaOfTheCatalogRule), unknown.RuleName);
        var charge = await _billing.SendAsync(new GetCharge(id));
        Assert.False(charge.NeedsPricing);
        Assert.Equal(64.50m, charge.Amount);
        Assert.Equal(64.50m, Assert.Single(await OutboxAsync<ChargeCreated>()).Amount);
    }

    [Fact]
    public async Task A_part_payment_then_the_rest_settles_the_charge_and_each_payment_is_recorded_with_who_took_it()
    {
        var id = await ChargeAsync(_fills.Fill(quantity: 30));
        SignInAsClerk();

        var first = await _billing.SendAsync(new RecordPayment(id, 20.00m));
        _billing.Clock.Advance(TimeSpan.FromDays(2));
        var second = await _billing.SendAsync(new RecordPayment(id, 13.00m, PaymentMethod.Card));

        Assert.Equal((13.00m, nameof(ChargeStatus.PartiallyPaid)), (first.Balance, first.Status));
        Assert.Equal((0m, nameof(ChargeStatus.Paid)), (second.Balance, second.Status));
        var charge = await _billing.SendAsync(new GetCharge(id));
        Assert.All(charge.Payments, payment => Assert.Equal(ClerkName, payment.ReceivedBy));
        Assert.Equal([20.00m, 13.00m], charge.Payments.Select(payment => payment.Amount));
        Assert.Equal([false, true], (await OutboxAsync<PaymentReceived>()).Select(received => received.Settled));
        Assert.Contains(charge.History, entry => entry.Act == "Record payment" && entry.Who == ClerkName);
    }

    [Fact]
    public async Task An_overpayment_is_refused_and_nothing_is_recorded()
    {
        var id = await ChargeAsync(_fills.Fill(quantity: 30));
        SignInAsClerk();

        var broken = await Assert.ThrowsAsync<BusinessRuleValidationException>(() => _billing.SendAsync(new RecordPayment(id, 40.00m)));

        Assert.Equal("The payment of $40.00 is more than the balance of $33.00.", broken.Message);
        Assert.Empty(await _billing.InDbAsync(db => db.Payments.AsNoTracking().ToListAsync()));
        Assert.Empty(await OutboxAsync<PaymentReceived>());
    }

    [Fact]
    public async Task A_payment_of_no_money_is_a_field_error_and_only_billing_staff_take_payments()
    {
        var id = await ChargeAsync(_fills.Fill(quantity: 30));
        SignInAsClerk();

        var invalid = await Assert.ThrowsAsync<ValidationException>(() => _billing.SendAsync(new RecordPayment(id, 0m)));
        _billing.User.SignIn("rph-1", "Dana Whitfield, PharmD", Roles.Pharmacist);
        await Assert.ThrowsAsync<ForbiddenActException>(() => _billing.SendAsync(new RecordPayment(id, 10.00m)));

        Assert.Equal(nameof(RecordPayment.Amount), Assert.Single(invalid.Errors).PropertyName);
    }

    [Fact]
    public async Task Open_balances_are_aged_by_days_since_dispensing_and_collected_money_is_totalled()
    {
        await ChargeAsync(_fills.Fill(quantity: 10, dispensedAt: Now.AddDays(-10)));
        await ChargeAsync(_fills.Fill(quantity: 20, dispensedAt: Now.AddDays(-45)));
        await ChargeAsync(_fills.Fill(quantity: 30, dispensedAt: Now.AddDays(-75)));
        var oldest = await ChargeAsync(_fills.Fill(quantity: 40, dispensedAt: Now.AddDays(-120)));
        var paid = await ChargeAsync(_fills.Fill(quantity: 50, dispensedAt: Now.AddDays(-5)));
        SignInAsClerk();
        await _billing.SendAsync(new RecordPayment(paid, 55.00m));
        await _billing.SendAsync(new RecordPayment(oldest, 4.00m));

        var totals = await _billing.SendAsync(new GetChargeTotals());

        Assert.Equal([11.00m, 22.00m, 33.00m, 40.00m], totals.Aging.Select(bucket => bucket.Balance));
        Assert.Equal(106.00m, totals.OpenBalance);
        Assert.Equal(4, totals.OpenCharges);
        Assert.Equal(59.00m, totals.Collected);
    }

    [Fact]
    public async Task A_charge_is_found_by_its_Rx_number_or_by_part_of_the_payer_name()
    {
        var fill = _fills.Fill();
        var id = await ChargeAsync(fill);
        await ChargeAsync(_fills.Fill());

        var byRx = await _billing.SendAsync(new GetCharges(fill.RxNumber.ToString(), Status: null));
        var byName = await _billing.SendAsync(new GetCharges(fill.PayerName.Split(' ')[^1].ToUpperInvariant(), Status: null));

        Assert.Equal(id, Assert.Single(byRx.Items).Id);
        Assert.Contains(byName.Items, charge => charge.Id == id);
    }

    [Fact]
    public async Task A_price_change_is_audited_with_its_reason()
    {
        const string reason = "New supplier contract";
        SignInAsClerk();

        await _billing.SendAsync(new ChangePrice(Capsules, 1.25m, reason));

        var audit = await _billing.InDbAsync(db => db.AuditEntries.AsNoTracking().Where(entry => entry.Action == nameof(ChangePrice)).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(ClerkName, entry.UserName);
        using var before = JsonDocument.Parse(entry.Before!);
        using var after = JsonDocument.Parse(entry.After!);
        Assert.Equal(CapsulePrice.PerUnit.Amount, before.RootElement.GetProperty("PricePerUnit").GetDecimal());
        Assert.Equal(1.25m, after.RootElement.GetProperty("PricePerUnit").GetDecimal());
        Assert.Equal(reason, after.RootElement.GetProperty("ChangeReason").GetString());
    }

    [Fact]
    public async Task A_clinics_pricing_agreement_prices_its_prescribers_fills_dispensed_while_it_is_in_force_and_only_those()
    {
        var prescriber = Guid.CreateVersion7();
        var clinic = Guid.CreateVersion7();
        var agreementId = Guid.CreateVersion7();
        var firstDay = new DateOnly(2026, 12, 1);
        await _billing.DeliverAsync((inbox, sender) => KeepProviderOrganisationsCurrent.Handle(
            new ProviderOrganisationsChanged(prescriber, [clinic], Now), EnvelopeFor(), inbox, sender, CancellationToken.None));
        await _billing.DeliverAsync((inbox, sender) => KeepPricingAgreementsCurrent.Handle(
            new PricingAgreementChanged(agreementId, "Organisation", clinic, Capsules, "PricePerUnit", 0.90m, Money.Usd, null, firstDay, null, false, Now),
            EnvelopeFor(), inbox, sender, CancellationToken.None));

        // 22:30 in Chicago on the last day of November is already December in UTC: the pharmacy's day decides.
        var lateOnTheDayBefore = await ChargeAsync(_fills.Fill(quantity: 30, dispensedAt: new DateTimeOffset(2026, 12, 1, 4, 30, 0, TimeSpan.Zero)) with { PrescriberId = prescriber });
        var onTheFirstDay = await ChargeAsync(_fills.Fill(quantity: 30, dispensedAt: new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero)) with { PrescriberId = prescriber });
        var anotherPrescriber = await ChargeAsync(_fills.Fill(quantity: 30, dispensedAt: new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.Zero)));

        var charges = await _billing.InDbAsync(db => db.Charges.AsNoTracking().ToDictionaryAsync(charge => charge.Id.Value));
        Assert.Equal(Money.Dollars(33.00m), charges[lateOnTheDayBefore].Amount);
        Assert.Null(charges[lateOnTheDayBefore].PricingAgreementId);
        Assert.Equal(Money.Dollars(27.00m), charges[onTheFirstDay].Amount);
        Assert.Equal(agreementId, charges[onTheFirstDay].PricingAgreementId);
        Assert.Equal(Money.Dollars(33.00m), charges[anotherPrescriber].Amount);
    }

    [Fact]
    public async Task A_withdrawn_agreement_announced_again_late_does_not_price_new_fills()
    {
        var prescriber = Guid.CreateVersion7();
        var agreementId = Guid.CreateVersion7();
        var agreed = new PricingAgreementChanged(
            agreementId, "Provider", prescriber, Capsules, "PercentDiscount", null, Money.Usd, 20m, new DateOnly(2026, 11, 1), null, false, Now.AddDays(-2));
        await _billing.DeliverAsync((inbox, sender) => KeepPricingAgreementsCurrent.Handle(
            agreed with { Withdrawn = true, OccurredAt = Now.AddDays(-1) }, EnvelopeFor(), inbox, sender, CancellationToken.None));
        await _billing.DeliverAsync((inbox, sender) => KeepPricingAgreementsCurrent.Handle(agreed, EnvelopeFor(), inbox, sender, CancellationToken.None));

        var id = await ChargeAsync(_fills.Fill(quantity: 30) with { PrescriberId = prescriber });

        var charge = await _billing.InDbAsync(db => db.Charges.AsNoTracking().SingleAsync(c => c.Id == ChargeId.From(id)));
        Assert.Equal(Money.Dollars(33.00m), charge.Amount);
        Assert.Null(charge.PricingAgreementId);
    }

    private void SignInAsClerk() => _billing.User.SignIn("billing-1", ClerkName, Roles.Billing);

    private async Task SeedPriceListAsync()
    {
        await using var scope = _billing.Scope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>())
        {
            await seeder.SeedAsync(new DemoDataContext(DemoSeed, Now), CancellationToken.None);
        }
    }

    private async Task<Guid> ChargeAsync(DispensedFill fill)
    {
        var message = Dispensed(fill);
        await DeliverAsync(message, EnvelopeFor());
        return await ChargeIdOfAsync(message.FillId);
    }

    private Task<Guid> ChargeIdOfAsync(Guid fillId) =>
        _billing.InDbAsync(db => db.Charges.Where(charge => charge.FillId == fillId).Select(charge => charge.Id.Value).SingleAsync());

    private Task DeliverAsync(FillDispensed message, Envelope envelope) =>
        _billing.DeliverAsync((inbox, sender) => ChargeDispensedFill.Handle(message, envelope, inbox, sender, CancellationToken.None));

    private Task<List<T>> OutboxAsync<T>() => _billing.InDbAsync(async db =>
        (await db.OutboxMessages.AsNoTracking().OrderBy(row => row.Sequence).ToListAsync()).Select(row => row.Deserialize()).OfType<T>().ToList());

    private static Envelope EnvelopeFor() => new() { Headers = { [Inbox<BillingDbContext>.MessageIdHeader] = Guid.NewGuid().ToString() } };

    private static FillDispensed Dispensed(DispensedFill fill) => new(
        fill.FillId, fill.PrescriptionId, fill.RxNumber, fill.FormulaCode, fill.Quantity, BatchId: Guid.CreateVersion7(), Method: "Pickup",
        Carrier: null, TrackingNumber: null, fill.PrescriberId, fill.PayerName, fill.DispensedAt);
}
