using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>The patient's record as staff keep it: from a prescription's page to the record, its forms, and back.</summary>
public sealed class PatientPageTests(PharmacyApp app) : IClassFixture<PharmacyApp>
{
    [Fact]
    public async Task A_pharmacist_records_no_known_allergies_on_the_patients_record_and_sees_it_beside_the_verification_form()
    {
        var (prescriptionId, patientId) = await ReceiveAsync();
        var pharmacist = await app.SignedInAsync("pharmacist");
        var before = await pharmacist.GetStringAsync($"/Prescriptions/Details/{prescriptionId}");
        Assert.Contains("id=\"verify-allergies\"", before);
        Assert.Contains("Allergies not recorded", before);

        var saved = await pharmacist.SubmitAsync(
            $"/Prescriptions/Patient/{patientId}", new Dictionary<string, string> { ["AllergyAnswer.Status"] = "NoKnownAllergies", ["AllergyAnswer.Text"] = "" },
            handler: "Allergies");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("The allergies are saved.", await saved.Content.ReadAsStringAsync());
        var after = await pharmacist.GetStringAsync($"/Prescriptions/Details/{prescriptionId}");
        Assert.Matches("id=\"verify-allergies\"[\\s\\S]*No known allergies", after);
        Assert.Contains($"href=\"/Prescriptions/Patient/{patientId}\"", after);
    }

    [Fact]
    public async Task A_BIN_of_five_digits_is_shown_next_to_its_field_and_saves_nothing()
    {
        var (_, patientId) = await ReceiveAsync();
        var technician = await app.SignedInAsync("technician");

        var refused = await technician.SubmitAsync($"/Prescriptions/Patient/{patientId}", new Dictionary<string, string>
        {
            ["Coverage.Insurance.PayerName"] = "OptumRx",
            ["Coverage.Insurance.Bin"] = "61001",
            ["Coverage.Insurance.MemberId"] = "W123456789",
            ["Coverage.Insurance.Relationship"] = "Self",
        }, handler: "Insurance");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("A BIN is 6 digits.", page);
        Assert.Contains("No insurance on file", page);
    }

    [Fact]
    public async Task The_patient_list_finds_the_patient_by_name_and_date_of_birth_and_links_to_the_record()
    {
        var (_, patientId) = await ReceiveAsync();
        var technician = await app.SignedInAsync("technician");

        var found = await technician.GetStringAsync("/Prescriptions/Patients?search=quillfeather&dateOfBirth=1988-09-30");
        var other = await technician.GetStringAsync("/Prescriptions/Patients?search=quillfeather&dateOfBirth=1988-10-01");

        Assert.Contains($"href=\"/Prescriptions/Patient/{patientId}\"", found);
        Assert.DoesNotContain($"href=\"/Prescriptions/Patient/{patientId}\"", other);
    }

    private async Task<(Guid Prescription, Guid Patient)> ReceiveAsync()
    {
        var api = app.ApiClient();
        var npi = Api.NewNpi();
        await api.ActivateProviderAsync(await api.RegisterProviderAsync(npi, lastName: "Okafor"));
        var firstName = $"Wren{Guid.NewGuid().ToString("N")[..6]}".Replace('0', 'a').Replace('1', 'b');
        var prescription = new
        {
            externalId = Guid.NewGuid().ToString("N"),
            prescriberNpi = npi,
            patient = new { firstName, lastName = "Quillfeather", dateOfBirth = "1988-09-30", sex = "Female", state = "TX" },
            formulaCode = "LDN-4.5-CAP",
            quantity = 30,
            directions = "Take one capsule by mouth at bedtime",
            daysSupply = 30,
            refills = 2,
            writtenOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2).ToString("yyyy-MM-dd"),
        };
        HttpResponseMessage sent = null!;
        await Api.Eventually(async () => (sent = await api.PostAsJsonAsync("/api/prescriptions", prescription)).StatusCode == HttpStatusCode.Created,
            "the prescription of the newly active prescriber is received");
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var patientId = await app.InScopeAsync(sp => sp.GetRequiredService<PrescriptionsDbContext>().Prescriptions
            .Where(p => p.Id == PrescriptionId.From(id)).Select(p => p.PatientId).SingleAsync());
        return (id, patientId!.Value.Value);
    }
}
