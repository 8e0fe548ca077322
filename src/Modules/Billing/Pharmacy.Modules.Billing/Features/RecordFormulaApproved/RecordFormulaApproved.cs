using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Domain.Formulas;
using Pharmacy.Modules.Billing.Persistence;

namespace Pharmacy.Modules.Billing.Features.RecordFormulaApproved;

/// <summary>Compounding approved a formula version: it may go on the price list, priced per its unit.</summary>
public sealed record RecordFormulaApproved(string Code, int Version, string Name, string Unit, DateTimeOffset ApprovedAt) : ICommand;

internal sealed class RecordFormulaApprovedHandler(BillingDbContext db) : ICommandHandler<RecordFormulaApproved>
{
    public async ValueTask<Unit> Handle(RecordFormulaApproved command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim().ToUpperInvariant();
        var formula = await db.Formulas.SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        if (formula is null)
        {
            db.Formulas.Add(BillableFormula.Approved(code, command.Version, command.Name, command.Unit, command.ApprovedAt));
        }
        else
        {
            formula.Approve(command.Version, command.Name, command.Unit, command.ApprovedAt);
        }

        return Unit.Value;
    }
}
