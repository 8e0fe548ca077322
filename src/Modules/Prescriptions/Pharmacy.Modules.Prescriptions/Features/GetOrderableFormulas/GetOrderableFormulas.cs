using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.GetOrderableFormulas;

/// <summary>The formulas a prescription may name (each with an approved version in Compounding), by name.</summary>
public sealed record GetOrderableFormulas : IQuery<IReadOnlyList<FormulaInfo>>;

/// <summary>What a prescription, its entry form and its label need to know of a formula: its name, form and unit.</summary>
public sealed record FormulaInfo(string Code, string Name, string DosageForm, string Unit, string Storage, string? ControlledSchedule = null);

internal sealed class GetOrderableFormulasHandler(PrescriptionsDbContext db) : IQueryHandler<GetOrderableFormulas, IReadOnlyList<FormulaInfo>>
{
    public async ValueTask<IReadOnlyList<FormulaInfo>> Handle(GetOrderableFormulas query, CancellationToken cancellationToken) =>
        await db.OrderableFormulas()
            .OrderBy(formula => formula.Name)
            .Select(formula => new FormulaInfo(formula.Code, formula.Name, formula.DosageForm, formula.Unit.Symbol, formula.Storage, formula.ControlledSchedule))
            .ToListAsync(cancellationToken);
}
