using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pharmacy.EndToEnd.Tests.Infrastructure;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>A signature is the person's password again: a wrong one signs nothing and counts toward lockout.</summary>
public sealed class SignatureTests : IClassFixture<FlowApp>
{
    private readonly FlowApp _app;

    public SignatureTests(FlowApp app) => _app = app;

    [Fact]
    public async Task Five_wrong_signature_passwords_lock_the_pharmacist_and_the_right_one_then_signs_nothing()
    {
        var pharmacist = await _app.SignedInAsync("pharmacist");
        var received = await pharmacist.GetFromJsonAsync<JsonElement>("/api/prescriptions?status=Received&pageSize=1");
        var id = received.GetProperty("items")[0].GetProperty("id").GetGuid();
        var meaning = "Verified: prescription, patient and dose reviewed";

        HttpResponseMessage? wrong = null;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            wrong = await pharmacist.PostAsJsonAsync($"/api/prescriptions/{id}/verify", new { password = $"guess-{attempt}", meaning });
        }

        var tooLate = await pharmacist.PostAsJsonAsync($"/api/prescriptions/{id}/verify", new { password = PharmacyApp.Password, meaning });
        var prescription = await pharmacist.GetFromJsonAsync<JsonElement>($"/api/prescriptions/{id}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong!.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLate.StatusCode);
        Assert.Contains("locked", (await tooLate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal("Received", prescription.GetProperty("status").GetString());
    }
}
