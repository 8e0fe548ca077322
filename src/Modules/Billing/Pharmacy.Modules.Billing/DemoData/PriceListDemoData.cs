using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Domain.Prices;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.DemoData;

/// <summary>
/// Puts the catalog's 20 formulas on the price list. Reference data, written straight to the module's database;
/// a formula already listed keeps its (possibly changed) price, so restarting changes nothing.
/// </summary>
internal sealed class PriceListDemoData(BillingDbContext db) : IDemoDataSeeder
{
    public int Order => 30;

    public bool IsCatalog => true;

    public async Task SeedAsync(DemoDataContext context, CancellationToken cancellationToken)
    {
        var listed = await db.FormulaPrices.Select(price => price.FormulaCode).ToListAsync(cancellationToken);
        var missing = CatalogPrices.All.Where(price => !listed.Contains(price.FormulaCode)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.AuditContext = AuditContext.System("SeedDemoData");
        db.FormulaPrices.AddRange(missing.Select(price =>
            FormulaPrice.List(price.FormulaCode, price.FormulaName, price.Unit, Money.Dollars(price.PricePerUnit), alreadyListed: false, context.Now)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
