using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Host.Identity;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.EndToEnd.Tests.Portal;

/// <summary>A clinic as the portal and the API know it: its organisation, an active prescriber, a portal user and a partner key.</summary>
public sealed record Clinic(string Name, Guid OrganisationId, Guid ProviderId, string Npi, string UserName, HttpClient Portal, HttpClient Key);

/// <summary>The whole host, for tests of the portal (see <see cref="PortalClinics"/> for its clinics).</summary>
public class PortalApp : PharmacyApp
{
    /// <summary>Places an order on the portal's form, as the clinic's person would; the answer is the new order's id.</summary>
    public static async Task<Guid> PlaceOrderAsync(Clinic clinic, string patientLastName = "Alvarez")
    {
        var response = await clinic.Portal.SubmitAsync("/Portal/New", OrderForm(clinic, patientLastName));
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.True(path.StartsWith("/Portal/Order/", StringComparison.Ordinal), $"the order was not placed: {await response.Content.ReadAsStringAsync()}");
        return Guid.Parse(path["/Portal/Order/".Length..]);
    }

    public static Dictionary<string, string> OrderForm(Clinic clinic, string patientLastName = "Alvarez") => new()
    {
        ["Input.PrescriberId"] = clinic.ProviderId.ToString(),
        ["Input.PatientFirstName"] = "Maria",
        ["Input.PatientLastName"] = patientLastName,
        ["Input.PatientDateOfBirth"] = "1971-04-12",
        ["Input.PatientSex"] = "Female",
        ["Input.PatientState"] = "TX",
        ["Input.ShipToLine"] = "1201 Barton Springs Rd",
        ["Input.ShipToCity"] = "Austin",
        ["Input.ShipToState"] = "TX",
        ["Input.ShipToZip"] = "78704",
        ["Input.FormulaCode"] = "LDN-4.5-CAP",
        ["Input.Quantity"] = "30",
        ["Input.DoseAmount"] = "1",
        ["Input.DoseUnit"] = "capsule",
        ["Input.Route"] = "oral",
        ["Input.Frequency"] = "bedtime",
        ["Input.DaysSupply"] = "30",
        ["Input.Refills"] = "2",
    };
}

/// <summary>Clinics set up through the CRM's API, as an account manager would, on any test host.</summary>
public static class PortalClinics
{
    private static int _clinics;

    public static async Task<Clinic> ClinicAsync(this PharmacyApp app, string name)
    {
        var n = Interlocked.Increment(ref _clinics);
        var staff = app.ApiClient();
        var registered = await staff.PostAsJsonAsync("/api/crm/organisations", new
        {
            name = $"{name} {Guid.NewGuid():N}", kind = "Clinic", addressLine1 = "12 Shore Dr", city = "Austin", state = "TX", zip = "78701", phone = "(512) 555-0148",
            email = $"office{n}@clinic.example.org",
        });
        registered.EnsureSuccessStatusCode();
        var organisationId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var npi = Api.NewNpi();
        var providerId = await staff.RegisterProviderAsync(npi, lastName: "Ruiz");
        (await staff.PostAsJsonAsync($"/api/crm/providers/{providerId}/memberships", new { organisationId })).EnsureSuccessStatusCode();
        await staff.ActivateProviderAsync(providerId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Api.Eventually(
            () => app.InScopeAsync(async services => await services.GetRequiredService<IPrescriptionIntakeCheck>()
                .RefusalOfAsync(new IntakeCheckRequest(npi, "TX", "LDN-4.5-CAP", 30, 2, today), CancellationToken.None) is null),
            "the prescriber is active and licensed in Prescriptions");

        var userName = $"clinic{n}-{Guid.NewGuid():N}"[..20];
        await app.CreatePersonAsync(userName, Roles.ProviderPortal);
        await app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PharmacyUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            user.AssignToOrganisation(organisationId, name);
            return await users.UpdateAsync(user);
        });

        var secret = $"pk_test_clinic_{Guid.NewGuid():N}";
        await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PharmacyIdentityDbContext>();
            db.ApiKeys.Add(Pharmacy.Host.Identity.ApiKey.FromSecret($"{name} EHR", [Scopes.PrescriptionsRead, Scopes.PrescriptionsWrite], "test", DateTimeOffset.UtcNow, secret)
                .ForOrganisation(organisationId, name));
            return await db.SaveChangesAsync();
        });

        return new Clinic(name, organisationId, providerId, npi, userName, await app.SignedInAsync(userName), app.ApiClient(secret));
    }

    /// <summary>The order as the portal's own records hold it now (read as the system, not as a clinic).</summary>
    public static Task<PortalOrder?> OrderAsync(this PharmacyApp app, Guid orderId) =>
        app.InScopeAsync(services => services.GetRequiredService<PortalDbContext>().Orders.AsNoTracking()
            .SingleOrDefaultAsync(order => order.Id == PortalOrderId.From(orderId)));

    /// <summary>Waits until the pharmacy has taken the order in and the portal knows its prescription.</summary>
    public static async Task<Guid> PrescriptionOfAsync(this PharmacyApp app, Guid orderId)
    {
        Guid? prescriptionId = null;
        await Api.Eventually(async () => (prescriptionId = (await app.OrderAsync(orderId))?.PrescriptionId) is not null, "the order became a prescription");
        return prescriptionId!.Value;
    }
}
