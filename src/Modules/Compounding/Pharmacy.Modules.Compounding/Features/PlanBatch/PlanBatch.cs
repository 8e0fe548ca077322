using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Compounding.Features.PlanBatch;

/// <summary>
/// A fill must be made: it joins the planned batch of its formula, or a new batch is planned from the approved
/// version. A formula code with no approved version still gets a planned batch, flagged, so the fill is not lost
/// and the request never fails for good.
/// </summary>
public sealed record PlanBatch(Guid FillId, long RxNumber, int FillNumber, string FormulaCode, decimal Quantity) : ICommand;

internal sealed class PlanBatchValidator : InputValidator<PlanBatch>
{
    public PlanBatchValidator()
    {
        RuleFor(command => command.FillId).NotEmpty();
        RuleFor(command => command.FormulaCode).NotEmpty().MaximumLength(40);
        RuleFor(command => command.Quantity).GreaterThan(0);
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
        var planned = await db.Batches.AsSplitQuery()
            .Where(b => b.FormulaCode == code && b.Status == BatchStatus.Planned)
            .OrderBy(b => b.PlannedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (planned is not null)
        {
            planned.AddFill(fill, formula, now);
            return Unit.Value;
        }

        db.Batches.Add(Batch.Plan(await NextBatchNumberAsync(DateOnly.FromDateTime(now.UtcDateTime), cancellationToken), code, formula, fill, now));
        return Unit.Value;
    }

    private async Task<string> NextBatchNumberAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var prefix = BatchNumbers.PrefixFor(day);
        var last = await db.Batches
            .Where(b => b.BatchNumber.StartsWith(prefix))
            .OrderByDescending(b => b.BatchNumber)
            .Select(b => b.BatchNumber)
            .FirstOrDefaultAsync(cancellationToken);
        return BatchNumbers.Next(day, last);
    }
}
