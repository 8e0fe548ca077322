namespace Pharmacy.EndToEnd.Tests.Infrastructure;

/// <summary>The whole host with the demo catalog (formulas, inventory items and lots, prices), for tests that walk the main flow.</summary>
public sealed class FlowApp : PharmacyApp
{
    protected override bool SeedDemoData => true;
}
