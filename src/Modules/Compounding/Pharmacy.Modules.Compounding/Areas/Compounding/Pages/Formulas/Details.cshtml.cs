using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Compounding.Features.ApproveFormula;
using Pharmacy.Modules.Compounding.Features.CreateFormula;
using Pharmacy.Modules.Compounding.Features.GetFormula;
using Pharmacy.Modules.Compounding.Features.PlanStockBatch;
using Pharmacy.Modules.Compounding.Features.StartFormulaVersion;
using Pharmacy.Modules.Compounding.Features.WithdrawFormula;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Web.Forms;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Formulas;

/// <summary>One formula version with its acts: approve a draft, start the next version, withdraw with a reason.</summary>
[Authorize(Policy = CompoundingAccess.Read)]
public sealed class DetailsModel(ISender sender, ActAccess access) : PageModel
{
    public FormulaDetails Formula { get; private set; } = null!;

    public ApproveForm Approve { get; private set; } = new();

    public NewVersionForm NewVersion { get; private set; } = new();

    public WithdrawForm Withdraw { get; private set; } = new();

    public PlanStockForm PlanStock { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, int? version, CancellationToken cancellationToken) =>
        await LoadAsync(code, version, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(string code, int version, ApproveForm approve, CancellationToken cancellationToken)
    {
        Approve = approve;
        return await ActAsync(
            code, version, nameof(Approve), new ApproveFormula(code, version, approve.Signature.ToInput()),
            $"{code} version {version} is approved for compounding; new batches use it.", cancellationToken);
    }

    public async Task<IActionResult> OnPostNewVersionAsync(string code, int version, NewVersionForm newVersion, CancellationToken cancellationToken)
    {
        NewVersion = newVersion;
        if (!await access.AllowsAsync<StartFormulaVersion>(User))
        {
            return Forbid();
        }

        FormulaVersionWritten? written = null;
        if (await ModelState.TryAsync(
                async () => written = await sender.Send(new StartFormulaVersion(code, newVersion.ChangeSummary ?? ""), cancellationToken),
                nameof(NewVersion)))
        {
            TempData["Success"] = $"Version {written!.Version} of {written.Code} is a draft copy of the approved one: make the change, then have it approved.";
            return RedirectToPage("Edit", new { code = written.Code, version = written.Version });
        }

        return await LoadAsync(code, version, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPlanStockAsync(string code, int version, PlanStockForm planStock, CancellationToken cancellationToken)
    {
        PlanStock = planStock;
        if (!await access.AllowsAsync<PlanStockBatch>(User))
        {
            return Forbid();
        }

        StockBatchPlanned? planned = null;
        if (await ModelState.TryAsync(
                async () => planned = await sender.Send(new PlanStockBatch(code, planStock.Quantity ?? 0), cancellationToken),
                nameof(PlanStock)))
        {
            TempData["Success"] = $"Batch {planned!.BatchNumber} is planned for stock: start it when the room is ready.";
            return Redirect($"/Compounding/Batches/Details/{planned.BatchId}");
        }

        return await LoadAsync(code, version, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string code, int version, WithdrawForm withdraw, CancellationToken cancellationToken)
    {
        Withdraw = withdraw;
        return await ActAsync(
            code, version, nameof(Withdraw), new WithdrawFormula(code, version, withdraw.Reason ?? "", withdraw.Signature.ToInput()),
            $"{code} version {version} is retired: it is no longer compounded.", cancellationToken);
    }

    private async Task<IActionResult> ActAsync(
        string code, int version, string form, IBaseCommand command, string success, CancellationToken cancellationToken)
    {
        if (!await access.AllowsAsync(command.GetType(), User))
        {
            return Forbid();
        }

        if (await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask(), form))
        {
            TempData["Success"] = success;
            return RedirectToPage(new { code, version });
        }

        return await LoadAsync(code, version, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string code, int? version, CancellationToken cancellationToken)
    {
        try
        {
            Formula = await sender.Send(new GetFormula(code, version), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public sealed class ApproveForm
    {
        public SignatureForm Signature { get; set; } = new();
    }

    public sealed class NewVersionForm
    {
        public string? ChangeSummary { get; set; }
    }

    public sealed class PlanStockForm
    {
        public decimal? Quantity { get; set; }
    }

    public sealed class WithdrawForm
    {
        public string? Reason { get; set; }

        public SignatureForm Signature { get; set; } = new();
    }
}
