using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Compounding.Features.PlanBatch;

/// <summary>
/// A fill must be made. It draws on a stock batch of its formula that has enough left and (once released) a
/// beyond-use date past the end of its days supply, the oldest first; otherwise it joins the planned batch of its
/// formula, or a new batch is planned from the approved version. A formula code with no approved version still gets
/// a planned batch, flagged, so the fill is not lost and the request never fails for good.
/// </summary>
public sealed record PlanBatch(Guid FillId, long RxNumber, int FillNumber, string FormulaCode, decimal Quantity, int DaysSupply) : ICommand;

internal sealed class PlanBatchValidator : InputValidator<PlanBatch>
{
    public PlanBatchValidator()
    {
        RuleFor(command => command.FillId).NotEmpty();
        RuleFor(command => command.FormulaCode).NotEmpty().MaximumLength(40);
        RuleFor(command => command.Quantity).GreaterThan(0);
        RuleFor(command => command.DaysSupply).InclusiveBetween(1, 365);
    }
}

internal sealed class PlanBatchHandler(CompoundingDbContext db, TimeProvider clock) : ICommandHandler<PlanBatch>
{
    public async ValueTask<Unit> Handle(PlanBatch command, CancellationToken cancellationToken)
    {
        if (await db.Batches.AnyAsync(b => b.Status != BatchStatus.Rejected && b.Fills.Any(f => f.FillId == command.FillId), cancellationToken))
        {
            return Unit.Value;
        }

        var code = command.FormulaCode.Trim().ToUpperInvariant();
        var formula = await db.ApprovedFormulaAsync(code, cancellationToken);
        var fill = new BatchFill(command.FillId, command.RxNumber, command.FillNumber, command.Quantity);
        var now = clock.GetUtcNow();
        var endOfSupply = now.AddDays(command.DaysSupply);
        var stock = (await db.Batches.AsSplitQuery()
                .Where(b => b.ForStock && b.FormulaCode == code && b.Status != BatchStatus.Checked && b.Status != BatchStatus.Rejected
                            && b.Status != BatchStatus.Cancelled)
                .OrderBy(b => b.PlannedAt)
                .ToListAsync(cancellationToken))
            .FirstOrDefault(b => b.CanServe(command.Quantity, endOfSupply));
        if (stock is not null)
        {
            stock.ServeFromStock(fill, endOfSupply, now);
            return Unit.Value;
        }

        var planned = await db.Batches.AsSplitQuery()
            .Where(b => !b.ForStock && b.FormulaCode == code && b.Status == BatchStatus.Planned)
            .OrderBy(b => b.PlannedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (planned is not null)
        {
            planned.AddFill(fill, formula, now);
            return Unit.Value;
        }

        db.Batches.Add(Batch.Plan(await db.NextBatchNumberAsync(DateOnly.FromDateTime(now.UtcDateTime), cancellationToken), code, formula, fill, now));
        return Unit.Value;
    }
}
