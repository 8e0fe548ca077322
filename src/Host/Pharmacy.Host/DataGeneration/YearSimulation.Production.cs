using System.Globalization;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Host.DataGeneration;

/// <summary>Batches started, compounded, checked; the lots they use; Quality's results and decisions.</summary>
internal sealed partial class YearSimulation
{
    private const double RejectionRate = 0.004;
    private const double DeviationRate = 0.02;

    private void KeepStockRoom(DateOnly date) =>
        _catalog.KeepStockRoom(Local(date, 6, 30), _staff.Any(_staff.QualityAssurance), _staff.Receiving);

    private void StartBatch(Batch batch, DateTimeOffset at)
    {
        var formula = _catalog.Formulas[batch.FormulaCode];
        var technician = _staff.Any(_staff.Technicians);
        var needs = batch.NeedsToStart(formula);
        var reservations = _catalog.Reserve(batch.Id.Value, batch.BatchNumber, needs, formula.LotsMustLastUntil(at), technician, at);
        batch.Start(formula, Allocated(reservations), at);
        _plannedBatch.Remove(batch.FormulaCode);
        foreach (var lot in batch.Lots)
        {
            _year.CompoundingAudit.Created(lot, at, technician, "StartBatch", batch);
        }

        At(WorkingTime(Minutes(at, 30, 150)), compounded => Compound(batch, formula, technician, compounded));
    }

    private void Compound(Batch batch, Formula formula, Actor technician, DateTimeOffset at)
    {
        var weighed = batch.Ingredients
            .Select(i => new WeighedIngredient(i.ItemCode, Weighed(i.Theoretical), $"BAL-{_random.Int(1, 4):00}"))
            .ToList();
        var deviation = _random.Double() < DeviationRate;
        var yieldShare = deviation ? _random.Decimal(0.92m, 0.949m) : _random.Decimal(0.97m, 1.0m);
        var actualYield = Math.Max(decimal.Round(batch.Quantity * yieldShare, 2), 0.01m);
        var deviations = deviation
            ? string.Create(CultureInfo.InvariantCulture, $"Yield {actualYield / batch.Quantity * 100:0.#}%: loss on transfer to the final containers; reviewed, no impact on strength.")
            : null;
        batch.RecordCompounding(weighed, actualYield, deviations, technician.Id, technician.Name, at);
        At(WorkingTime(Minutes(at, 20, 180)), checkedAt => Check(batch, formula, _staff.Any(_staff.Pharmacists), checkedAt));
    }

    /// <summary>What the technician weighs: a little under the theoretical quantity (never more than the lots hold for the batch).</summary>
    private decimal Weighed(Quantity theoretical)
    {
        if (theoretical.Unit.Dimension == Dimension.Count)
        {
            return theoretical.Amount;
        }

        var weighed = decimal.Round(theoretical.Amount * _random.Decimal(0.992m, 1.0m), 6);
        return weighed > 0 ? weighed : theoretical.Amount;
    }

    /// <summary>
    /// The pharmacist's check (signed) assigns the BUD and announces BatchCompounded: Inventory takes the lots off the
    /// shelf, Quality opens the release task, Prescriptions puts the BUD on the labels, Reporting stamps the fills.
    /// </summary>
    private void Check(Batch batch, Formula formula, Actor pharmacist, DateTimeOffset at)
    {
        var flags = batch.Flags.Select(flag => flag.Key).ToList();
        batch.Check(pharmacist.Id, pharmacist.Name, formula, flags, flags.Count == 0 ? null : "Deviation reviewed against the record; no impact on strength.", at);
        var compounded = batch.DomainEvents.OfType<BatchCheckedDomainEvent>().Single();
        Clear(batch);
        _catalog.Consume(
            batch.Id.Value, batch.BatchNumber,
            compounded.Lots.Where(lot => lot.Quantity.IsPositive).Select(lot => (lot.LotId, lot.Quantity)), compounded.PreparedBy, at);
        var task = ReleaseTask.Open(
            new CompoundedBatch(
                batch.Id.Value, batch.BatchNumber, batch.FormulaCode, batch.FormulaName, batch.FormulaVersion, batch.Quantity, batch.Unit,
                compounded.BeyondUseDate.Date, compounded.BeyondUseDate.LimitedBy, compounded.BeyondUseDate.Storage,
                [.. compounded.Lots.Select(ForQuality)],
                [.. compounded.QualityChecks.Select(check => new QcCheckSpec(
                    check.Name, check.Specification, Enum.Parse<Pharmacy.Modules.Quality.Domain.ReleaseTasks.QcMeasure>(check.Measure.ToString()),
                    check.Lowest, check.Highest))],
                compounded.FillIds, compounded.PreparedBy, compounded.CheckedBy, at,
                [.. compounded.Weights.Select(line => new WeighedLine(
                    line.ItemCode, line.Name, line.Role.ToString(), line.Theoretical.Amount, line.Actual.Amount, line.Theoretical.Unit.Symbol, line.OutsideTolerance))],
                compounded.YieldPercent, compounded.Flags, compounded.Deviations, compounded.CheckAssessment),
            at.AddSeconds(1));
        _year.ReleaseTasks.Add(task);
        _year.QualityAudit.Created(task, at.AddSeconds(1), Actor.System, "OpenReleaseTask");
        foreach (var check in task.Checks)
        {
            _year.QualityAudit.Created(check, at.AddSeconds(1), Actor.System, "OpenReleaseTask", task);
        }

        foreach (var fillId in compounded.FillIds)
        {
            _prescriptionOfFill[fillId].RecordBatchCompounded(FillId.From(fillId), compounded.BeyondUseDate.Date, compounded.BeyondUseDate.Storage.ToString());
            Turnaround(fillId, row => row.RecordCompounded(batch.BatchNumber, batch.FormulaCode, at));
        }

        var testing = formula.SterilityTested ? TimeSpan.FromDays(_random.Int(8, 14)) : TimeSpan.FromHours(_random.Int(2, 26));
        At(WorkingTime(at + testing), tested => Decide(task, batch, tested));
    }

    private void Decide(ReleaseTask task, Batch batch, DateTimeOffset at)
    {
        var qa = _staff.Any(_staff.QualityAssurance);
        var reject = _random.Double() < RejectionRate;
        var recorded = at;
        foreach (var check in task.Checks)
        {
            recorded = recorded.AddMinutes(_random.Int(1, 6));
            var (result, outcome) = check switch
            {
                // A measured check is entered as a number in its own unit (mg per capsule, pH) and judged against its limits.
                { Lowest: { } lowest, Highest: { } highest } =>
                    (Measured(lowest, highest, reject && check.IsPotency).ToString("0.####", CultureInfo.InvariantCulture), (QcOutcome?)null),
                { IsPotency: true } =>
                    (string.Create(CultureInfo.InvariantCulture, $"{Potency(PotencyRange.FromSpecification(check.Specification), reject):0.0}% of label"), null),
                _ => (check.Name.Contains("pH", StringComparison.Ordinal) ? "Within specification" : "Conforms", QcOutcome.Pass),
            };
            task.RecordResult(check.Name, result, outcome, qa.Name, recorded);
        }

        var decided = recorded.AddMinutes(_random.Int(2, 30));
        var pastBud = decided >= task.BeyondUseDate;
        if ((reject && task.Checks.Any(check => !check.Passed)) || pastBud)
        {
            var reason = pastBud ? "Beyond-use date reached before release" : "Potency below 90% of label";
            task.Reject(reason, new DecisionSignature(qa.Name, "Rejected: the batch fails its specification", decided), decided);
            Clear(task);
            batch.Reject(reason, qa.Name, decided);
            foreach (var fillId in task.FillIds)
            {
                var prescription = _prescriptionOfFill[fillId];
                prescription.RecordBatchRejected(FillId.From(fillId), batch.BatchNumber, reason, qa.Name, decided);
                Turnaround(fillId, row => row.RecordRejected(decided));
                At(WorkingTime(decided.AddHours(_random.Int(1, 6))), resumed => RemakeFill(prescription, resumed));
            }

            return;
        }

        task.Release(new DecisionSignature(qa.Name, "Released: every QC result meets its specification", decided), decided);
        Clear(task);
        batch.Release(qa.Name, decided);
        foreach (var fillId in task.FillIds)
        {
            var prescription = _prescriptionOfFill[fillId];
            prescription.RecordBatchReleased(FillId.From(fillId), batch.Id.Value, batch.BatchNumber, decided);
            Turnaround(fillId, row => row.RecordReleased(decided));
            var handOutAt = WorkingTime(decided.AddMinutes(_random.Int(60, 4 * 24 * 60)));
            // A short-dated preparation is collected or sent before its beyond-use date.
            if (prescription.FindFill(FillId.From(fillId))?.BeyondUseDate is { } bud && handOutAt >= bud && bud.AddHours(-1) > decided)
            {
                handOutAt = bud.AddHours(-1);
            }

            At(handOutAt, handedOut => HandOut(prescription, FillId.From(fillId), handedOut));
        }
    }

    /// <summary>A result near the middle of its limits, or (for a batch that fails) a little under the lowest.</summary>
    private decimal Measured(decimal lowest, decimal highest, bool failing)
    {
        var width = highest - lowest;
        return Math.Round(failing ? lowest - (width * _random.Decimal(0.1m, 0.4m)) : lowest + (width * _random.Decimal(0.3m, 0.7m)), 4);
    }

    /// <summary>A potency near the middle of its range, or (for a batch that fails) a few points under it.</summary>
    private decimal Potency(PotencyRange range, bool failing)
    {
        var middle = (range.Lowest + range.Highest) / 2;
        var spread = (range.Highest - range.Lowest) / 4;
        return failing ? range.Lowest - _random.Decimal(2m, 6m) : Math.Round(middle + _random.Decimal(-spread, spread), 1);
    }

    /// <summary>A pharmacist lifts the hold of a fill whose batch was rejected: it is requested again, for a new batch.</summary>
    private void RemakeFill(Prescription prescription, DateTimeOffset at)
    {
        if (prescription.Status != PrescriptionStatus.OnHold)
        {
            return;
        }

        prescription.Resume(at);
        Clear(prescription);
        if (prescription.Fills.FirstOrDefault(fill => fill.Status == FillStatus.Requested) is { } fill)
        {
            RequestFill(prescription, fill, at, _year.ReceivedPrescriptions[prescription.Id.Value]);
        }
    }
}
