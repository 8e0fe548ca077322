using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>A stock batch serves a fill only from what it has left, and only while its beyond-use date outlasts the days supply.</summary>
public sealed class StockMustCoverTheFillRule(Batch batch, decimal quantity, DateTimeOffset endOfSupply) : IBusinessRule
{
    public bool IsBroken() => !batch.CanServe(quantity, endOfSupply);

    public string Message => batch switch
    {
        { ForStock: false } => $"Batch {batch.BatchNumber} was planned for its fills, not for stock.",
        _ when batch.StockLeft < quantity => string.Create(
            CultureInfo.InvariantCulture,
            $"Batch {batch.BatchNumber} has {Quantity.FormatAmount(batch.StockLeft)} left for stock, less than the {Quantity.FormatAmount(quantity)} the fill needs."),
        { BeyondUseDate: { } bud } when bud < endOfSupply => string.Create(
            CultureInfo.InvariantCulture,
            $"Batch {batch.BatchNumber} is beyond use on {bud:yyyy-MM-dd}, before the fill's days supply ends."),
        _ => $"Batch {batch.BatchNumber} is {EnumText.InSentence(batch.Status)}: it serves no more fills.",
    };
}
