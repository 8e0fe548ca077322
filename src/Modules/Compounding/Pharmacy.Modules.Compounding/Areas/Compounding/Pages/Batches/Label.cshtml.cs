using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Batches;

/// <summary>The label on the batch's container on the shelf: what it is, its batch number as a barcode, its beyond-use date and storage.</summary>
[Authorize(Policy = CompoundingAccess.Read)]
public sealed class LabelModel(ISender sender) : BatchPrintModel(sender);
