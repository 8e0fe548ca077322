using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.DomainEvents;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Compounding.DemoData;

/// <summary>
/// The catalog's 20 master formulation records, approved as version 1, and one draft version 2 waiting for a
/// pharmacist's signature. No batches: they come from fills, through the flow.
/// </summary>
internal sealed class CompoundingDemoData(CompoundingDbContext db, DomainEventDispatcher domainEvents) : IDemoDataSeeder
{
    public const string ApprovedBy = "System (demo data)";

    public int Order => 10;

    public bool IsCatalog => true;

    public async Task SeedAsync(DemoDataContext context, CancellationToken cancellationToken)
    {
        if (await db.Formulas.AnyAsync(cancellationToken))
        {
            return;
        }

        db.AuditContext = AuditContext.System("SeedDemoData");
        foreach (var definition in CatalogFormulas.All)
        {
            var formula = Formula.Draft(definition, 1, "First version, from the pharmacy's catalog.", context.Now);
            formula.Approve(SystemUser.Instance.Id, ApprovedBy, context.Now);
            db.Formulas.Add(formula);
        }

        db.Formulas.Add(Formula.Draft(CatalogFormulas.ProgesteroneVersion2, 2, CatalogFormulas.ProgesteroneVersion2Change, context.Now));
        // The approvals tell Prescriptions which formulas may be prescribed, as a pharmacist's approval would.
        await domainEvents.DispatchAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
