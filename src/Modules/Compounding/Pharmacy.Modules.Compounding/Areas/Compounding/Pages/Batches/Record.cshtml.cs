using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Batches;

/// <summary>
/// The completed compounding record, as an inspector reads it: formula and version, every ingredient with its lots,
/// theoretical and actual quantities and balance, the tolerance and yield flags with the checker's assessment,
/// deviations, the beyond-use date and what set it, and who prepared, checked and released it, with their signatures.
/// </summary>
[Authorize(Policy = CompoundingAccess.Read)]
public sealed class RecordModel(ISender sender) : BatchPrintModel(sender);
