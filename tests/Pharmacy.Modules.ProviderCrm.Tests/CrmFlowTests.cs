using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Domain.Accounts;
using Pharmacy.Modules.ProviderCrm.Features.AddFollowUpTask;
using Pharmacy.Modules.ProviderCrm.Features.AddPricingAgreement;
using Pharmacy.Modules.ProviderCrm.Features.GetGiftsAwaitingReview;
using Pharmacy.Modules.ProviderCrm.Features.GetMyTasks;
using Pharmacy.Modules.ProviderCrm.Features.LogGift;
using Pharmacy.Modules.ProviderCrm.Features.ReviewGift;
using Pharmacy.Modules.ProviderCrm.Features.GetDocuments;
using Pharmacy.Modules.ProviderCrm.Features.GetExpiringCredentials;
using Pharmacy.Modules.ProviderCrm.Features.GetProvider;
using Pharmacy.Modules.ProviderCrm.Features.RecordProviderLicence;
using Pharmacy.Modules.ProviderCrm.Features.RegisterProvider;
using Pharmacy.Modules.ProviderCrm.Features.RemoveProviderLicence;
using Pharmacy.Modules.ProviderCrm.Features.TickOnboardingItem;
using Pharmacy.Modules.ProviderCrm.Features.UploadDocument;
using Pharmacy.Modules.ProviderCrm.Tests.Harness;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Tests;

/// <summary>The CRM's use cases through the module's pipeline on a real SQLite file, and its pages over HTTP.</summary>
public sealed class CrmFlowTests : IAsyncLifetime
{
    private const string ValidNpi = "1234567893";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly byte[] LicenceScan = Encoding.ASCII.GetBytes("%PDF-1.7 Texas Medical Board licence");
    private CrmHarness _crm = null!;

    public async Task InitializeAsync()
    {
        _crm = await CrmHarness.StartAsync(Now, withPages: true);
        SignInAsAccountManager();
    }

    public async Task DisposeAsync() => await _crm.DisposeAsync();

    [Fact]
    public async Task A_licence_moves_through_the_60_30_and_0_day_alerts_as_the_days_pass_and_then_shows_as_expired()
    {
        var provider = await RegisterAsync();
        await _crm.SendAsync(new RecordProviderLicence(provider, "TX", "Q4821", DateOnly.FromDateTime(Now.Date).AddDays(45)));

        var alerts = new List<string>();
        foreach (var days in new[] { 0, 20, 25, 1 })
        {
            _crm.Clock.Advance(TimeSpan.FromDays(days));
            var queue = await _crm.SendAsync(new GetExpiringCredentials(null, null));
            alerts.Add(Assert.Single(queue.Items).Alert);
        }

        Assert.Equal([nameof(ExpiryAlert.Within60Days), nameof(ExpiryAlert.Within30Days), nameof(ExpiryAlert.ExpiresToday), nameof(ExpiryAlert.Expired)], alerts);
        var page = await _crm.Client.GetPageAsync("/ProviderCrm/Credentials/Expiring");
        Assert.Contains("Expired", page);
        Assert.Contains("Q4821", page);
    }

    [Fact]
    public async Task A_credential_more_than_60_days_from_expiry_is_not_in_the_renewal_queue()
    {
        var provider = await RegisterAsync();
        await _crm.SendAsync(new RecordProviderLicence(provider, "TX", "Q4821", DateOnly.FromDateTime(Now.Date).AddDays(61)));

        var queue = await _crm.SendAsync(new GetExpiringCredentials(null, null));

        Assert.Empty(queue.Items);
    }

    [Fact]
    public async Task Removing_a_licence_tells_prescriptions_the_remaining_set()
    {
        var provider = await RegisterAsync();
        await _crm.SendAsync(new RecordProviderLicence(provider, "TX", "Q4821", DateOnly.FromDateTime(Now.Date).AddYears(1)));
        await _crm.SendAsync(new RecordProviderLicence(provider, "OK", "OK-7781", DateOnly.FromDateTime(Now.Date).AddYears(1)));

        await _crm.SendAsync(new RemoveProviderLicence(provider, "TX"));

        var last = (await OutboxAsync<ProviderLicenceChanged>())[^1];
        Assert.Equal(["OK"], last.Licences.Select(licence => licence.State));
    }

    [Fact]
    public async Task A_document_is_kept_in_the_documents_folder_and_a_checklist_item_is_ticked_against_it()
    {
        var provider = await RegisterAsync();
        await _crm.SendAsync(new RecordProviderLicence(provider, "TX", "Q4821", DateOnly.FromDateTime(Now.Date).AddYears(1)));

        var uploaded = await UploadAsync(provider);
        await _crm.SendAsync(new TickOnboardingItem(provider, nameof(OnboardingItem.LicenceVerified), uploaded));

        var details = await _crm.SendAsync(new GetProvider(provider));
        Assert.Equal(uploaded, details.Checklist.Single(item => item.Item == nameof(OnboardingItem.LicenceVerified)).DocumentId);
        var stored = await _crm.InDbAsync(db => db.Documents.AsNoTracking().SingleAsync());
        var path = Path.Combine(_crm.DataFolder, "documents", stored.StoredAs);
        Assert.Equal(LicenceScan, await File.ReadAllBytesAsync(path));
        var audit = await _crm.InDbAsync(db => db.AuditEntries.AsNoTracking().Where(entry => entry.Action == nameof(UploadDocument)).ToListAsync());
        Assert.Single(audit);
    }

    [Fact]
    public async Task Ticking_an_item_against_another_providers_document_is_refused()
    {
        var first = await RegisterAsync();
        var second = await RegisterAsync("1245319599");
        var othersDocument = await UploadAsync(second);

        var broken = await Assert.ThrowsAsync<BusinessRuleValidationException>(() =>
            _crm.SendAsync(new TickOnboardingItem(first, nameof(OnboardingItem.W9OnFile), othersDocument)));

        Assert.IsType<VerifyingDocumentMustBeTheProvidersRule>(broken.BrokenRule);
    }

    [Theory]
    [InlineData(Roles.AccountManager, HttpStatusCode.OK)]
    [InlineData(Roles.Pharmacist, HttpStatusCode.OK)]
    [InlineData(Roles.Admin, HttpStatusCode.OK)]
    [InlineData(Roles.Billing, HttpStatusCode.NotFound)]
    [InlineData(Roles.Technician, HttpStatusCode.NotFound)]
    [InlineData(Roles.ProviderPortal, HttpStatusCode.NotFound)]
    public async Task A_document_is_served_only_to_the_roles_that_work_with_documents_and_does_not_exist_for_others(string role, HttpStatusCode expected)
    {
        var provider = await RegisterAsync();
        var document = await UploadAsync(provider);
        _crm.User.SignIn("someone", "Someone", role);

        var response = await _crm.Client.GetAsync($"/ProviderCrm/Documents/Download/{document}");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(LicenceScan, await response.Content.ReadAsByteArrayAsync());
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Only_the_roles_that_work_with_documents_can_list_them()
    {
        var provider = await RegisterAsync();
        await UploadAsync(provider);
        _crm.User.SignIn("billing-1", "Sam Ortega", Roles.Billing);

        await Assert.ThrowsAsync<ForbiddenActException>(() => _crm.SendAsync(new GetDocuments(AccountKind.Provider, provider)));
    }

    [Fact]
    public async Task A_pricing_agreement_is_announced_to_billing_and_an_overlapping_one_is_refused_with_the_rule()
    {
        var provider = await RegisterAsync();
        var firstDay = new DateOnly(2027, 1, 1);
        await _crm.SendAsync(new AddPricingAgreement(nameof(AccountKind.Provider), provider, "ldn-4.5-cap", nameof(PricingTerms.PricePerUnit), 0.95m, null, firstDay));

        var overlapping = await Assert.ThrowsAsync<BusinessRuleValidationException>(() => _crm.SendAsync(new AddPricingAgreement(
            nameof(AccountKind.Provider), provider, "LDN-4.5-CAP", nameof(PricingTerms.PercentDiscount), null, 10m, firstDay.AddMonths(2))));

        Assert.IsType<PricingAgreementsMustNotOverlapRule>(overlapping.BrokenRule);
        var announced = Assert.Single(await OutboxAsync<PricingAgreementChanged>());
        Assert.Equal(("Provider", provider, "LDN-4.5-CAP", 0.95m), (announced.AccountKind, announced.AccountId, announced.FormulaCode, announced.PricePerUnit!.Value));
    }

    [Fact]
    public async Task A_flagged_gift_waits_in_the_compliance_queue_until_a_pharmacist_signs_its_review_which_is_audited_with_the_signature()
    {
        const string meaning = "Reviewed: the item is within the anti-kickback rules and the pharmacy's policy";
        var provider = await RegisterAsync();
        var logged = await _crm.SendAsync(new LogGift(provider, nameof(GiftKind.Meal), "Lunch for the clinic staff", 86.40m, new DateOnly(2026, 11, 30)));
        Assert.True(logged.AwaitsReview);
        _crm.User.SignIn("rph-1", "Dana Whitfield, PharmD", Roles.Pharmacist);
        Assert.Single((await _crm.SendAsync(new GetGiftsAwaitingReview())).Items);

        await Assert.ThrowsAsync<SignatureRefusedException>(() => _crm.SendAsync(new ReviewGift(logged.Id, true, "Within policy", new SignatureInput("guess", meaning))));
        await _crm.SendAsync(new ReviewGift(logged.Id, true, "In-service lunch, within policy", new SignatureInput(TestSignatureVerifier.Password, meaning)));

        Assert.Empty((await _crm.SendAsync(new GetGiftsAwaitingReview())).Items);
        var audit = await _crm.InDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(entry => entry.Action == nameof(ReviewGift)));
        Assert.Equal(meaning, audit.SignatureMeaning);
        Assert.Equal("Dana Whitfield, PharmD", audit.UserName);
    }

    [Fact]
    public async Task An_account_manager_cannot_review_gifts()
    {
        var provider = await RegisterAsync();
        var logged = await _crm.SendAsync(new LogGift(provider, nameof(GiftKind.Gift), "Gift basket", 60m, new DateOnly(2026, 11, 30)));

        await Assert.ThrowsAsync<ForbiddenActException>(() => _crm.SendAsync(new ReviewGift(
            logged.Id, true, "Fine", new SignatureInput(TestSignatureVerifier.Password, "Reviewed"))));
    }

    [Fact]
    public async Task My_tasks_shows_my_open_tasks_with_the_overdue_ones_first_and_marked()
    {
        var provider = await RegisterAsync();
        var today = DateOnly.FromDateTime(Now.Date);
        await _crm.SendAsync(new AddFollowUpTask(nameof(AccountKind.Provider), provider, "Collect the signed agreement", today.AddDays(3)));
        await _crm.SendAsync(new AddFollowUpTask(nameof(AccountKind.Provider), provider, "Chase the W-9", today.AddDays(-2)));
        await _crm.SendAsync(new AddFollowUpTask(nameof(AccountKind.Provider), provider, "Someone else's call", today, "Jordan Lee"));

        var mine = await _crm.SendAsync(new GetMyTasks());
        var page = await _crm.Client.GetPageAsync("/ProviderCrm/Tasks/Mine");

        Assert.Equal(["Chase the W-9", "Collect the signed agreement"], mine.Items.Select(task => task.Title));
        Assert.Equal([true, false], mine.Items.Select(task => task.Overdue));
        Assert.Equal("Amara Okafor", mine.Items[0].AccountName);
        Assert.Contains("Overdue", page);
        Assert.DoesNotContain("Someone else", page);
    }

    private void SignInAsAccountManager() => _crm.User.SignIn("accounts-1", "Avery Brooks", Roles.AccountManager);

    private async Task<Guid> RegisterAsync(string npi = ValidNpi) =>
        (await _crm.SendAsync(new RegisterProvider(npi, "Amara", "Okafor", "MD"))).Id;

    private async Task<Guid> UploadAsync(Guid provider)
    {
        var current = (_crm.User.Id, _crm.User.Name, _crm.User.Roles.ToArray());
        SignInAsAccountManager();
        var uploaded = await _crm.SendAsync(new UploadDocument(nameof(AccountKind.Provider), provider, "LicenceCopy", "licence-okafor.pdf", LicenceScan));
        _crm.User.SignIn(current.Id, current.Name, current.Item3);
        return uploaded.Id;
    }

    private Task<List<T>> OutboxAsync<T>() => _crm.InDbAsync(async db =>
        (await db.OutboxMessages.AsNoTracking().OrderBy(row => row.Sequence).ToListAsync()).Select(row => row.Deserialize()).OfType<T>().ToList());
}
