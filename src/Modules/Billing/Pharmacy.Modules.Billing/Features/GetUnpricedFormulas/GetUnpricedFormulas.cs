using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Persistence;

namespace Pharmacy.Modules.Billing.Features.GetUnpricedFormulas;

/// <summary>The catalog's formulas not yet on the price list: their charges cannot be priced until they are.</summary>
public sealed record GetUnpricedFormulas : IQuery<IReadOnlyList<UnpricedFormula>>;

public sealed record UnpricedFormula(string Code, string Name, string Unit);

internal sealed class GetUnpricedFormulasHandler(BillingDbContext db) : IQueryHandler<GetUnpricedFormulas, IReadOnlyList<UnpricedFormula>>
{
    public async ValueTask<IReadOnlyList<UnpricedFormula>> Handle(GetUnpricedFormulas query, CancellationToken cancellationToken) =>
        await db.Formulas.AsNoTracking()
            .Where(formula => !db.FormulaPrices.Any(price => price.FormulaCode == formula.Code))
            .OrderBy(formula => formula.Name)
            .Select(formula => new UnpricedFormula(formula.Code, formula.Name, formula.Unit))
            .ToListAsync(cancellationToken);
}
