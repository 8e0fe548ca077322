using Pharmacy.Modules.Compounding.Domain.BeyondUseDates;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Tests;

public sealed class BatchTests
{
    private const decimal SixtyCapsules = 60m;
    private const int CapsuleLimitDays = 180;
    private readonly BatchScenario _scenario = new();

    [Fact]
    public void A_batch_planned_for_a_fill_takes_the_approved_version_and_scales_every_ingredient()
    {
        var batch = _scenario.Planned();

        Assert.Equal(BatchStatus.Planned, batch.Status);
        Assert.Equal(1, batch.FormulaVersion);
        Assert.False(batch.NoApprovedFormula);
        Assert.Equal("capsule", batch.Unit);
        Assert.Equal(TestFormulas.NaltrexonePerCapsule * BatchScenario.ThirtyCapsules, Ingredient(batch, TestFormulas.NaltrexoneItem).Theoretical.Amount);
        var planned = Assert.IsType<BatchPlannedDomainEvent>(Assert.Single(batch.DomainEvents));
        Assert.Equal(batch.Fills.Select(f => f.FillId), planned.FillIds);
    }

    [Fact]
    public void A_fill_for_a_formula_with_no_approved_version_is_still_planned_but_flagged_and_cannot_start()
    {
        var batch = _scenario.Planned(withFormula: false);

        Assert.True(batch.NoApprovedFormula);
        Assert.Empty(batch.Ingredients);
        var broken = Assert.Throws<BusinessRuleValidationException>(() => batch.NeedsToStart(null));
        Assert.IsType<BatchNeedsAnApprovedFormulaRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_flagged_batch_takes_the_formula_once_a_version_is_approved()
    {
        var batch = _scenario.Planned(withFormula: false);

        batch.Start(_scenario.Formula, _scenario.Allocation(_scenario.Formula, batch.Quantity), BatchScenario.Now);

        Assert.False(batch.NoApprovedFormula);
        Assert.Equal(BatchStatus.InProgress, batch.Status);
        Assert.Equal(_scenario.Formula.Ingredients.Count, batch.Ingredients.Count);
    }

    [Fact]
    public void Another_fill_of_the_same_formula_joins_the_planned_batch_and_its_quantities_grow()
    {
        var batch = _scenario.Planned();
        var second = _scenario.Fill();

        batch.AddFill(second, _scenario.Formula, BatchScenario.Now);

        Assert.Equal(SixtyCapsules, batch.Quantity);
        Assert.Equal(2, batch.Fills.Count);
        Assert.Equal(TestFormulas.NaltrexonePerCapsule * SixtyCapsules, Ingredient(batch, TestFormulas.NaltrexoneItem).Theoretical.Amount);
    }

    [Fact]
    public void Starting_without_enough_stock_names_each_ingredient_and_its_shortfall_and_the_batch_stays_planned()
    {
        var batch = _scenario.Planned();
        var shortfall = new StockShortfall(TestFormulas.NaltrexoneItem, TestFormulas.Naltrexone, 0.135m, 0.1m, "g");

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            batch.Start(_scenario.Formula, new LotAllocation(false, [], [shortfall]), BatchScenario.Now));

        Assert.IsType<IngredientsMustBeInStockRule>(broken.BrokenRule);
        Assert.Equal("Not enough Naltrexone hydrochloride USP: need 0.135 g, 0.100 g available", broken.Message);
        Assert.Equal(BatchStatus.Planned, batch.Status);
        Assert.Empty(batch.Lots);
    }

    [Fact]
    public void Every_short_ingredient_is_named_in_the_shortfall_message()
    {
        var batch = _scenario.Planned();
        var shortfalls = new[]
        {
            new StockShortfall(TestFormulas.NaltrexoneItem, TestFormulas.Naltrexone, 0.135m, 0m, "g"),
            new StockShortfall(TestFormulas.CapsuleShellItem, TestFormulas.CapsuleShell, 30m, 12m, "each"),
        };

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            batch.Start(_scenario.Formula, new LotAllocation(false, [], shortfalls), BatchScenario.Now));

        Assert.Equal(
            "Not enough Naltrexone hydrochloride USP: need 0.135 g, 0.000 g available; Not enough Hard gelatin capsule size 1: need 30 each, 12 each available",
            broken.Message);
    }

    [Fact]
    public void A_batch_does_not_start_when_an_ingredient_got_no_lot()
    {
        var batch = _scenario.Planned();
        var allocation = _scenario.Allocation(batch);
        var withoutCapsules = allocation with { Lots = [.. allocation.Lots.Where(l => l.ItemCode != TestFormulas.CapsuleShellItem)] };

        var broken = Assert.Throws<BusinessRuleValidationException>(() => batch.Start(_scenario.Formula, withoutCapsules, BatchScenario.Now));

        Assert.Equal("No lot was reserved for Hard gelatin capsule size 1.", broken.Message);
        Assert.Equal(BatchStatus.Planned, batch.Status);
    }

    [Fact]
    public void Starting_keeps_the_reserved_lots_and_puts_the_batch_in_progress()
    {
        var batch = _scenario.InProgress();

        Assert.Equal(BatchStatus.InProgress, batch.Status);
        Assert.Equal(BatchScenario.Now, batch.StartedAt);
        Assert.Equal(batch.Ingredients.Select(i => i.ItemCode).Order(), batch.Lots.Select(l => l.ItemCode).Order());
    }

    [Fact]
    public void Only_a_planned_batch_can_be_started()
    {
        var batch = _scenario.InProgress();

        var broken = Assert.Throws<BusinessRuleValidationException>(() => batch.Start(_scenario.Formula, _scenario.Allocation(batch), BatchScenario.Now));

        Assert.IsType<BatchMustBeInStatusRule>(broken.BrokenRule);
        Assert.Equal("Only a planned batch can be started; batch B261129-001 is in progress.", broken.Message);
    }

    [Fact]
    public void Compounding_cannot_be_recorded_for_a_batch_that_has_not_started()
    {
        var batch = _scenario.Planned();

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            batch.RecordCompounding(BatchScenario.Weighed(batch), batch.Quantity, null, _scenario.TechnicianId, _scenario.TechnicianName, BatchScenario.Now));

        Assert.IsType<BatchMustBeInStatusRule>(broken.BrokenRule);
    }

    [Theory]
    [InlineData(1.00, false)]
    [InlineData(1.05, false)]
    [InlineData(0.95, false)]
    [InlineData(1.051, true)]
    [InlineData(0.94, true)]
    public void A_weight_more_than_5_percent_from_theoretical_is_flagged(decimal factor, bool flagged)
    {
        var batch = _scenario.InProgress();

        batch.RecordCompounding(
            BatchScenario.Weighed(batch, TestFormulas.NaltrexoneItem, factor), batch.Quantity, "Re-weighed and documented", _scenario.TechnicianId,
            _scenario.TechnicianName, BatchScenario.Now);

        Assert.Equal(flagged, Ingredient(batch, TestFormulas.NaltrexoneItem).OutsideTolerance);
        Assert.False(Ingredient(batch, TestFormulas.CelluloseItem).OutsideTolerance);
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(28.5, false)]
    [InlineData(31.5, false)]
    [InlineData(28, true)]
    [InlineData(32, true)]
    public void A_yield_outside_95_to_105_percent_of_theoretical_is_flagged(decimal actualYield, bool flagged)
    {
        var batch = _scenario.InProgress();

        batch.RecordCompounding(
            BatchScenario.Weighed(batch), actualYield, "Capsule count differed", _scenario.TechnicianId, _scenario.TechnicianName, BatchScenario.Now);

        Assert.Equal(flagged, batch.YieldOutsideRange);
    }

    [Fact]
    public void A_flagged_weight_or_yield_must_be_explained_as_a_deviation()
    {
        const decimal overweight = 1.1m;
        var batch = _scenario.InProgress();

        var broken = Assert.Throws<BusinessRuleValidationException>(() => batch.RecordCompounding(
            BatchScenario.Weighed(batch, TestFormulas.NaltrexoneItem, overweight), batch.Quantity, null, _scenario.TechnicianId,
            _scenario.TechnicianName, BatchScenario.Now));

        Assert.IsType<DeviationMustBeExplainedRule>(broken.BrokenRule);
        Assert.Equal("Describe the deviation: the weight of Naltrexone hydrochloride USP is outside ±5% of theoretical.", broken.Message);
        Assert.Equal(BatchStatus.InProgress, batch.Status);
    }

    [Fact]
    public void Every_ingredient_must_be_weighed_and_each_weighing_must_name_its_balance()
    {
        var batch = _scenario.InProgress();
        var withoutCapsules = BatchScenario.Weighed(batch).Where(w => w.ItemCode != TestFormulas.CapsuleShellItem).ToList();
        var withoutBalance = BatchScenario.Weighed(batch).Select(w => w.ItemCode == TestFormulas.NaltrexoneItem ? w with { BalanceId = null } : w).ToList();

        var missing = Assert.Throws<BusinessRuleValidationException>(() => batch.RecordCompounding(
            withoutCapsules, batch.Quantity, null, _scenario.TechnicianId, _scenario.TechnicianName, BatchScenario.Now));
        var noBalance = Assert.Throws<BusinessRuleValidationException>(() => batch.RecordCompounding(
            withoutBalance, batch.Quantity, null, _scenario.TechnicianId, _scenario.TechnicianName, BatchScenario.Now));

        Assert.Equal("Record the quantity of Hard gelatin capsule size 1 weighed or measured.", missing.Message);
        Assert.Equal("Name the balance used to weigh Naltrexone hydrochloride USP.", noBalance.Message);
    }

    [Fact]
    public void Recording_compounding_makes_the_recorder_the_preparer_and_takes_the_weight_from_the_first_expiring_lot_first()
    {
        var batch = _scenario.Planned();
        var needed = Ingredient(batch, TestFormulas.NaltrexoneItem).Theoretical;
        var half = CompoundingTolerances.ToReserve(needed) * 0.5m;
        var soon = _scenario.Lot(TestFormulas.NaltrexoneItem, half, _scenario.LongDated.AddMonths(-6));
        var later = _scenario.Lot(TestFormulas.NaltrexoneItem, half, _scenario.LongDated);
        var others = batch.Ingredients.Where(i => i.ItemCode != TestFormulas.NaltrexoneItem)
            .Select(i => _scenario.Lot(i.ItemCode, i.Theoretical, _scenario.LongDated));
        batch.Start(_scenario.Formula, new LotAllocation(true, [later, soon, .. others], []), BatchScenario.Now);
        const decimal slightlyOver = 1.02m;

        batch.RecordCompounding(
            BatchScenario.Weighed(batch, TestFormulas.NaltrexoneItem, slightlyOver), batch.Quantity, null, _scenario.TechnicianId,
            _scenario.TechnicianName, BatchScenario.Now);

        Assert.Equal(BatchStatus.Compounded, batch.Status);
        Assert.Equal(_scenario.TechnicianName, batch.PreparedByName);
        Assert.Equal(half, soon.Used);
        Assert.Equal(needed * slightlyOver - half, later.Used);
    }

    [Fact]
    public void A_batch_cannot_be_checked_by_the_person_who_prepared_it()
    {
        var batch = _scenario.Compounded();

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            batch.Check(_scenario.TechnicianId, _scenario.TechnicianName, _scenario.Formula, [], null, BatchScenario.Now));

        Assert.IsType<BatchMustBeCheckedBySomeoneOtherThanThePreparerRule>(broken.BrokenRule);
        Assert.Equal(BatchStatus.Compounded, batch.Status);
    }

    [Fact]
    public void Only_a_compounded_batch_can_be_checked()
    {
        var batch = _scenario.InProgress();

        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            batch.Check(_scenario.PharmacistId, _scenario.PharmacistName, _scenario.Formula, [], null, BatchScenario.Now));

        Assert.Equal("Only a compounded batch can be checked; batch B261129-001 is in progress.", broken.Message);
    }

    [Fact]
    public void Checking_assigns_the_beyond_use_date_and_tells_quality_what_was_made_from_which_lots()
    {
        var batch = _scenario.Compounded();

        batch.Check(_scenario.PharmacistId, _scenario.PharmacistName, _scenario.Formula, [], null, BatchScenario.Now);

        Assert.Equal(BatchStatus.Checked, batch.Status);
        Assert.Equal(BatchScenario.Now.AddDays(CapsuleLimitDays), batch.BeyondUseDate);
        Assert.Equal(BudLimitedBy.UspLimit, batch.BudLimitedBy);
        var compounded = Assert.IsType<BatchCheckedDomainEvent>(batch.DomainEvents.Last());
        Assert.Equal(_scenario.TechnicianName, compounded.PreparedBy);
        Assert.Equal(_scenario.PharmacistName, compounded.CheckedBy);
        Assert.Equal(batch.Lots.Select(l => l.LotNumber).Order(), compounded.Lots.Select(l => l.LotNumber).Order());
        Assert.Equal(batch.Ingredients.Sum(i => i.Weighed?.Amount), compounded.Lots.Sum(l => l.Quantity.Amount));
        Assert.Equal(_scenario.Formula.QualityChecks.Select(c => c.Name), compounded.QualityChecks.Select(c => c.Name));
        Assert.Equal(batch.Fills.Select(f => f.FillId), compounded.FillIds);
    }

    [Fact]
    public void A_lot_expiring_before_the_USP_limit_sets_the_beyond_use_date_of_the_batch()
    {
        const int daysToExpiry = 60;
        var expiresOn = DateOnly.FromDateTime(BatchScenario.Now.UtcDateTime).AddDays(daysToExpiry);
        var batch = _scenario.Compounded(lotsExpireOn: expiresOn);

        batch.Check(_scenario.PharmacistId, _scenario.PharmacistName, _scenario.Formula, [], null, BatchScenario.Now);

        Assert.Equal(BudLimitedBy.IngredientExpiry, batch.BudLimitedBy);
        Assert.Equal(new DateTimeOffset(expiresOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), batch.BeyondUseDate);
    }

    [Fact]
    public void Quality_releases_or_rejects_only_a_checked_batch_and_a_repeated_decision_changes_nothing()
    {
        var compounded = _scenario.Compounded();
        Assert.Throws<BusinessRuleValidationException>(() => compounded.Release("QA Reviewer", BatchScenario.Now));

        var released = _scenario.Checked();
        released.Release("QA Reviewer", BatchScenario.Now);
        released.Release("QA Reviewer", BatchScenario.Now.AddMinutes(1));
        Assert.Equal(BatchStatus.Released, released.Status);
        Assert.Equal(BatchScenario.Now, released.QualityDecisionAt);

        var rejected = _scenario.Checked();
        rejected.Reject("Potency 84% of label", "QA Reviewer", BatchScenario.Now);
        Assert.Equal(BatchStatus.Rejected, rejected.Status);
        Assert.Equal("Potency 84% of label", rejected.RejectionReason);
        Assert.Throws<BusinessRuleValidationException>(() => rejected.Release("QA Reviewer", BatchScenario.Now));
    }

    [Fact]
    public void A_cancelled_fill_leaves_its_planned_batch_and_the_quantities_shrink_to_the_fills_left()
    {
        var batch = _scenario.Planned();
        var second = _scenario.Fill();
        batch.AddFill(second, _scenario.Formula, BatchScenario.Now);
        batch.ClearDomainEvents();

        batch.RemoveCancelledFill(second.FillId, "Prescriber stopped the therapy", _scenario.Formula, BatchScenario.Now);

        Assert.Equal(BatchStatus.Planned, batch.Status);
        Assert.Equal(BatchScenario.ThirtyCapsules, batch.Quantity);
        Assert.DoesNotContain(batch.Fills, fill => fill.FillId == second.FillId);
        Assert.Equal(TestFormulas.NaltrexonePerCapsule * BatchScenario.ThirtyCapsules, Ingredient(batch, TestFormulas.NaltrexoneItem).Theoretical.Amount);
        var planned = Assert.IsType<BatchPlannedDomainEvent>(Assert.Single(batch.DomainEvents));
        Assert.Equal(batch.Fills.Select(f => f.FillId), planned.FillIds);
    }

    [Fact]
    public void A_planned_batch_whose_last_fill_is_cancelled_is_cancelled_and_says_which_prescription_ended_it()
    {
        var batch = _scenario.Planned();
        var fill = Assert.Single(batch.Fills);
        batch.ClearDomainEvents();

        batch.RemoveCancelledFill(fill.FillId, "Duplicate order", _scenario.Formula, BatchScenario.Now);

        Assert.Equal(BatchStatus.Cancelled, batch.Status);
        Assert.Equal(BatchScenario.Now, batch.CancelledAt);
        Assert.Equal($"Rx {fill.RxNumber}-{fill.FillNumber} cancelled: Duplicate order", batch.CancellationReason);
        Assert.Empty(batch.Fills);
        Assert.IsType<BatchCancelledDomainEvent>(Assert.Single(batch.DomainEvents));
        Assert.Throws<BusinessRuleValidationException>(() => batch.Start(_scenario.Formula, _scenario.Allocation(_scenario.Formula, BatchScenario.ThirtyCapsules), BatchScenario.Now));
    }

    [Fact]
    public void A_started_batch_loses_the_cancelled_fill_but_keeps_what_was_weighed_out_for_it()
    {
        var batch = _scenario.InProgress();
        var fill = Assert.Single(batch.Fills);
        var reserved = batch.Lots.Sum(lot => lot.Allocated.Amount);
        batch.ClearDomainEvents();

        batch.RemoveCancelledFill(fill.FillId, "Patient moved", _scenario.Formula, BatchScenario.Now);

        Assert.Equal((BatchStatus.InProgress, BatchScenario.ThirtyCapsules), (batch.Status, batch.Quantity));
        Assert.Empty(batch.Fills);
        Assert.Equal(reserved, batch.Lots.Sum(lot => lot.Allocated.Amount));
        Assert.Empty(batch.DomainEvents);
    }

    [Fact]
    public void Starting_a_batch_announces_the_lots_reserved_for_it()
    {
        var batch = _scenario.Planned();
        batch.ClearDomainEvents();

        batch.Start(_scenario.Formula, _scenario.Allocation(batch), BatchScenario.Now);

        var started = Assert.IsType<BatchStartedDomainEvent>(Assert.Single(batch.DomainEvents));
        Assert.Equal(batch.Lots.Select(lot => lot.LotId), started.ReservedLots.Select(lot => lot.LotId));
        Assert.Equal(batch.Fills.Select(f => f.FillId), started.FillIds);
    }

    [Fact]
    public void A_compounding_record_with_a_flag_announces_the_deviation_and_one_without_announces_none()
    {
        var flagged = _scenario.InProgress();
        flagged.ClearDomainEvents();
        flagged.RecordCompounding(
            BatchScenario.Weighed(flagged, TestFormulas.NaltrexoneItem, 1.1m), flagged.Quantity, "Spilled, re-weighed", _scenario.TechnicianId,
            _scenario.TechnicianName, BatchScenario.Now);
        var clean = _scenario.Compounded();

        var deviation = Assert.IsType<BatchDeviationRecordedDomainEvent>(Assert.Single(flagged.DomainEvents));
        Assert.Equal("Spilled, re-weighed", deviation.Deviations);
        Assert.NotEmpty(deviation.Flags);
        Assert.DoesNotContain(clean.DomainEvents, e => e is BatchDeviationRecordedDomainEvent);
    }

    [Fact]
    public void A_stock_batch_is_planned_from_the_approved_version_with_no_fill_and_everything_left_for_fills()
    {
        var batch = _scenario.PlannedForStock(300m);

        Assert.True(batch.ForStock);
        Assert.Empty(batch.Fills);
        Assert.Equal(300m, batch.StockLeft);
        Assert.Equal(TestFormulas.NaltrexonePerCapsule * 300m, Ingredient(batch, TestFormulas.NaltrexoneItem).Theoretical.Amount);
        Assert.Empty(Assert.IsType<BatchPlannedDomainEvent>(Assert.Single(batch.DomainEvents)).FillIds);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0)]
    public void A_stock_batch_of_capsules_is_a_whole_number_of_capsules_and_more_than_none(decimal quantity)
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => _scenario.PlannedForStock(quantity));

        Assert.IsType<StockQuantityMustSuitTheFormulaRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_stock_batch_needs_an_approved_formula()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Batch.PlanForStock("B261129-003", null, TestFormulas.NaltrexoneCode, 100m, BatchScenario.Now));

        Assert.IsType<BatchNeedsAnApprovedFormulaRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_fill_drawing_on_planned_stock_leaves_the_quantity_as_planned_and_takes_from_what_is_left()
    {
        var batch = _scenario.PlannedForStock(100m);
        var fill = _scenario.Fill(SixtyCapsules);

        batch.ServeFromStock(fill, BatchScenario.Now.AddDays(30), BatchScenario.Now);

        Assert.Equal((100m, 40m), (batch.Quantity, batch.StockLeft));
        Assert.Contains(batch.Fills, f => f.FillId == fill.FillId);
        Assert.False(batch.CanServe(SixtyCapsules, BatchScenario.Now.AddDays(30)));
        var broken = Assert.Throws<BusinessRuleValidationException>(() => batch.ServeFromStock(_scenario.Fill(SixtyCapsules), BatchScenario.Now.AddDays(30), BatchScenario.Now));
        Assert.Equal($"Batch {batch.BatchNumber} has 40 left for stock, less than the 60 the fill needs.", broken.Message);
    }

    [Fact]
    public void A_fill_drawing_on_released_stock_is_ready_at_once_with_the_stock_batchs_beyond_use_date()
    {
        var batch = _scenario.ReleasedStock();
        var fill = _scenario.Fill();

        batch.ServeFromStock(fill, BatchScenario.Now.AddDays(30), BatchScenario.Now.AddDays(1));

        var served = Assert.IsType<FillServedFromStockDomainEvent>(Assert.Single(batch.DomainEvents));
        Assert.Equal((fill.FillId, batch.BeyondUseDate!.Value), (served.FillId, served.BeyondUseDate));
        Assert.Equal(270m, batch.StockLeft);
    }

    [Fact]
    public void Released_stock_whose_beyond_use_date_comes_before_the_end_of_the_days_supply_serves_no_fill()
    {
        var batch = _scenario.ReleasedStock();
        var bud = batch.BeyondUseDate!.Value;

        Assert.True(batch.CanServe(BatchScenario.ThirtyCapsules, bud));
        Assert.False(batch.CanServe(BatchScenario.ThirtyCapsules, bud.AddDays(1)));
        var broken = Assert.Throws<BusinessRuleValidationException>(() => batch.ServeFromStock(_scenario.Fill(), bud.AddDays(1), BatchScenario.Now));
        Assert.IsType<StockMustCoverTheFillRule>(broken.BrokenRule);
        Assert.Empty(batch.Fills);
    }

    [Fact]
    public void A_cancelled_fill_gives_its_share_back_to_the_stock_batch_which_is_not_cancelled()
    {
        var batch = _scenario.PlannedForStock(100m);
        var fill = _scenario.Fill();
        batch.ServeFromStock(fill, BatchScenario.Now.AddDays(30), BatchScenario.Now);

        batch.RemoveCancelledFill(fill.FillId, "Duplicate order", _scenario.Formula, BatchScenario.Now);

        Assert.Equal((BatchStatus.Planned, 100m, 100m), (batch.Status, batch.Quantity, batch.StockLeft));
    }

    [Theory]
    [InlineData(null, "B261129-001")]
    [InlineData("B261129-009", "B261129-010")]
    [InlineData("B261128-042", "B261129-001")]
    public void Batch_numbers_count_up_within_the_day_they_are_planned(string? lastOfTheDay, string expected) =>
        Assert.Equal(expected, BatchNumbers.Next(DateOnly.FromDateTime(BatchScenario.Now.UtcDateTime), lastOfTheDay));

    private static BatchIngredient Ingredient(Batch batch, string itemCode) => batch.Ingredients.Single(i => i.ItemCode == itemCode);
}
