using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Compounding.Features.CheckBatch;
using Pharmacy.Modules.Compounding.Features.GetBatch;
using Pharmacy.Modules.Compounding.Features.RecordCompounding;
using Pharmacy.Modules.Compounding.Features.StartBatch;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Web.Forms;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Batches;

/// <summary>A batch: its record, its dating and lots, and the acts its state allows, each with its own handler and form.</summary>
[Authorize(Policy = CompoundingAccess.Read)]
public sealed class DetailsModel(ISender sender, ActAccess access) : RecordPageModel(sender, access)
{
    public BatchDetails Batch { get; private set; } = null!;

    public RecordForm Record { get; private set; } = new();

    public CheckForm Check { get; private set; } = new();

    public Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, "Start", new StartBatch(id), "The lots are reserved and the batch is in progress.", cancellationToken);

    public Task<IActionResult> OnPostRecordAsync(Guid id, RecordForm record, CancellationToken cancellationToken)
    {
        Record = record;
        var command = new RecordCompounding(
            id, [.. record.Ingredients.Select(i => new WeighedIngredientInput(i.ItemCode ?? "", i.ActualQuantity ?? 0, i.BalanceId))],
            record.ActualYield ?? 0, record.Deviations);
        return ActAsync(id, nameof(Record), command, "The compounding record is complete. A pharmacist other than you checks it next.", cancellationToken);
    }

    public Task<IActionResult> OnPostCheckAsync(Guid id, CheckForm check, CancellationToken cancellationToken)
    {
        Check = check;
        return ActAsync(id, nameof(Check), new CheckBatch(id, check.Signature.ToInput(), check.AssessedFlags, check.Assessment),
            "The batch is checked and its beyond-use date assigned. It now waits for Quality's release.", cancellationToken);
    }

    protected override async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Batch = await Sender.Send(new GetBatch(id), cancellationToken);
    }

    public sealed class RecordForm
    {
        public List<WeighedRow> Ingredients { get; set; } = [];

        public decimal? ActualYield { get; set; }

        public string? Deviations { get; set; }
    }

    public sealed class WeighedRow
    {
        public string? ItemCode { get; set; }

        public decimal? ActualQuantity { get; set; }

        public string? BalanceId { get; set; }
    }

    public sealed class CheckForm
    {
        public SignatureForm Signature { get; set; } = new();

        /// <summary>The keys of the flags the checker ticked as assessed.</summary>
        public List<string> AssessedFlags { get; set; } = [];

        public string? Assessment { get; set; }
    }
}
