using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

/// <summary>Writing a master formulation record: a draft is edited until a pharmacist approves it, and withdrawn with a reason.</summary>
public sealed partial class Formula
{
    /// <summary>The first version of a new formula code. <paramref name="codeInUse"/> says whether any version of the code exists.</summary>
    public static Formula Create(FormulaDefinition definition, bool codeInUse, DateTimeOffset now)
    {
        CheckRule(new AFormulaCodeIsWrittenOnceRule(definition.Code, codeInUse));
        return Draft(definition, 1, null, now);
    }

    /// <summary>
    /// The pharmacist rewrites the draft. The code and version stay; everything else is taken from
    /// <paramref name="definition"/>, checked by the same rules as a new draft, so an edit can never leave a draft
    /// that could not have been written. Lines are rewritten in place, so the history shows what changed on each.
    /// </summary>
    public void Revise(FormulaDefinition definition, string? changeSummary, DateTimeOffset now)
    {
        CheckRule(new OnlyADraftCanBeEditedRule(Code, VersionNumber, Status));
        if (VersionNumber > 1)
        {
            CheckRule(new ANewVersionMustSayWhatChangedRule(changeSummary));
        }

        var revised = Draft(definition with { Code = Code }, VersionNumber, changeSummary, now);
        Name = revised.Name;
        Strength = revised.Strength;
        Equipment = revised.Equipment;
        ContainerClosure = revised.ContainerClosure;
        DosageForm = revised.DosageForm;
        Route = revised.Route;
        Unit = revised.Unit;
        Preparation = revised.Preparation;
        Sterilization = revised.Sterilization;
        SterilityTested = revised.SterilityTested;
        NonSterileStartingComponent = revised.NonSterileStartingComponent;
        Storage = revised.Storage;
        WaterActivity = revised.WaterActivity;
        Preserved = revised.Preserved;
        StabilityDays = revised.StabilityDays;
        StabilitySource = revised.StabilitySource;
        ControlledSchedule = revised.ControlledSchedule;
        Instructions = revised.Instructions;
        ChangeSummary = revised.ChangeSummary;
        RewriteLines(_ingredients, revised._ingredients, (line, from) => line.Rewrite(from), i => i.Line);
        RewriteLines(_qualityChecks, revised._qualityChecks, (line, from) => line.Rewrite(from), c => c.Line);
    }

    /// <summary>
    /// A pharmacist withdraws this version with a reason (the signature is checked by the command pipeline): an
    /// approved formula is no longer compounded nor prescribed; a draft is abandoned, so a new one can be started.
    /// </summary>
    public void Withdraw(string? reason, DateTimeOffset now)
    {
        CheckRule(new ARetiredFormulaStaysRetiredRule(Code, VersionNumber, Status));
        CheckRule(new WithdrawingAFormulaNeedsAReasonRule(reason));
        var wasApproved = IsApproved;
        Status = FormulaStatus.Retired;
        RetiredAt = now;
        RetirementReason = reason!.Trim();
        if (wasApproved)
        {
            Raise(new FormulaWithdrawnDomainEvent(Id, Code, VersionNumber, RetirementReason, now));
        }
    }

    private static void RewriteLines<T>(List<T> lines, IReadOnlyList<T> revised, Action<T, T> rewrite, Func<T, int> lineOf)
    {
        lines.RemoveAll(line => revised.All(r => lineOf(r) != lineOf(line)));
        foreach (var from in revised)
        {
            var existing = lines.SingleOrDefault(line => lineOf(line) == lineOf(from));
            if (existing is null)
            {
                lines.Add(from);
            }
            else
            {
                rewrite(existing, from);
            }
        }
    }
}
