using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Batches;

/// <summary>The printable compounding worksheet: what to weigh from which lot, the steps, and blanks to fill in by hand.</summary>
[Authorize(Policy = CompoundingAccess.Read)]
public sealed class WorksheetModel(ISender sender) : BatchPrintModel(sender);
