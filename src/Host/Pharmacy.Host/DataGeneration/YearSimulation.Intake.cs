using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Reporting.Domain.Turnaround;

namespace Pharmacy.Host.DataGeneration;

/// <summary>Prescriptions arriving, being clarified, held, cancelled and verified; verified fills joining a planned batch.</summary>
internal sealed partial class YearSimulation
{
    private static readonly (string Code, int Weight)[] FormulaMix =
    [
        ("LDN-4.5-CAP", 16), ("PROG-100-SR-CAP", 9), ("OMEP-2MGML-SUSP", 3), ("METRO-50MGML-SUSP", 3), ("SPIRO-5MGML-SUSP", 2),
        ("VANCO-50MGML-SOL", 2), ("MAGIC-MW", 3), ("KETO-10-PLO", 6), ("KGB-PAIN-CRM", 6), ("BIEST-2.5-CRM", 9), ("TESTO-2-CRM", 8),
        ("KLIGMAN-CRM", 4), ("LT-23-7-OINT", 3), ("MINOX-FIN-SOL", 6), ("ONDAN-4-TRO", 3), ("MECOB-1MGML-INJ", 5), ("GLUTA-200-INJ", 3),
        ("TRIMIX-INJ", 3), ("ATROP-0.01-OPH", 3), ("MECOB-1MGML-INJ-C3", 1),
    ];

    private static readonly (IntakeChannel Channel, int Weight)[] Channels =
        [(IntakeChannel.Api, 35), (IntakeChannel.Fhir, 20), (IntakeChannel.Portal, 30), (IntakeChannel.Staff, 15)];

    /// <summary>Arrivals by hour of the day (Central time): clinics send from early morning into the evening, most mid-morning.</summary>
    private static readonly int[] HourWeights = [0, 0, 0, 0, 0, 1, 2, 5, 10, 13, 13, 11, 8, 9, 10, 9, 8, 6, 4, 3, 2, 1, 1, 0];

    private static readonly double[] WeekdayFactors = [0.12, 1.25, 1.15, 1.1, 1.1, 1.0, 0.35];

    private static readonly string[] Questions =
    [
        "The directions do not say how often to apply. Please confirm the frequency.",
        "The strength on the order does not match the formula named. Which strength is intended?",
        "The quantity is not enough for the days supply written. Please confirm the quantity.",
        "The drug name was written in the directions field. Please confirm the formula and the directions.",
        "Please confirm the patient's allergy to the base before we compound.",
    ];

    private static readonly string[] Answers =
    [
        "Confirmed by the prescriber's office by phone: as written.",
        "Prescriber confirmed: once daily at bedtime.",
        "Prescriber's nurse confirmed the quantity; dispense as written.",
        "Prescriber corrected the order: directions confirmed, formula as named.",
    ];

    private static readonly string[] CancelReasons =
    [
        "Prescriber withdrew the order by phone",
        "Duplicate of an order already received",
        "Patient declined the preparation (cost)",
        "Patient switched to a commercial product",
    ];

    private void PlanArrivals()
    {
        var days = Enumerable.Range(0, _options.Days).Select(d => DateOnly.FromDateTime(_start.AddDays(d + 1).UtcDateTime)).ToList();
        // The business grows through the year, about a fifth from the first month to the last.
        var weights = days.Select((day, i) => WeekdayFactors[(int)day.DayOfWeek] * (0.9 + (0.2 * i / days.Count)) * (0.9 + (_random.Double() * 0.2))).ToList();
        var total = weights.Sum();
        var hours = Cumulative([.. HourWeights.Select(w => (double)w)]);
        var formulaTotal = FormulaMix.Sum(f => f.Weight);
        ExpectUse(_options.Prescriptions / (double)_options.Days, formulaTotal);
        var prescribers = Cumulative(_prescriberWeights);
        var patients = Cumulative(_patientWeights);
        var given = 0;
        var remainder = 0.0;
        for (var i = 0; i < days.Count; i++)
        {
            var exact = (_options.Prescriptions * weights[i] / total) + remainder;
            var count = i == days.Count - 1 ? _options.Prescriptions - given : (int)Math.Floor(exact);
            remainder = exact - count;
            given += count;
            var times = Enumerable.Range(0, count)
                .Select(_ => Local(days[i], Pick(hours, _random.Double() * hours[^1]), _random.Int(0, 59)).AddSeconds(_random.Int(0, 59)))
                // Today's arrivals are those of the day so far, so that the year holds exactly the prescriptions asked for.
                .Select(at => at <= _now ? at : _now.AddSeconds(-_random.Int(60, 3 * 3600)))
                .Order()
                .ToList();
            foreach (var at in times)
            {
                var prescriber = _year.Prescribers[Pick(prescribers, _random.Double() * prescribers[^1])];
                var patient = _patients[Pick(patients, _random.Double() * patients[^1])];
                var code = Weighted(FormulaMix, f => f.Weight).Code;
                At(at, now => Receive(now, prescriber, patient, code));
            }
        }
    }

    /// <summary>Tells the stock room how much of each item a day's prescriptions use, on average.</summary>
    private void ExpectUse(double prescriptionsPerDay, int formulaTotal)
    {
        foreach (var (code, weight) in FormulaMix)
        {
            var formula = _catalog.Formulas[code];
            var perDay = (decimal)(prescriptionsPerDay * weight / formulaTotal * 1.3) * AverageQuantity(formula);
            foreach (var need in formula.QuantitiesFor(perDay))
            {
                _catalog.ExpectDailyUse(need.ItemCode, need.Theoretical.Amount);
            }
        }
    }

    private void Receive(DateTimeOffset at, Modules.Prescriptions.Domain.Prescribers.Prescriber prescriber, PatientDetails patient, string code)
    {
        var formula = _catalog.Formulas[code];
        var orderable = _catalog.Orderable[code];
        var channel = Weighted(Channels, c => c.Weight).Channel;
        var sender = channel == IntakeChannel.Staff ? _staff.Any(_staff.Technicians) : _staff.Any(_staff.IntakeClients);
        var quantity = Quantity(formula);
        var daysSupply = formula.Unit is "capsule" or "troche" ? (int)Math.Clamp(quantity, 30, 90) : 30;
        var refills = formula.ControlledSchedule is null ? _random.Int(0, 5) : _random.Int(0, 2);
        var writtenOn = DateOnly.FromDateTime(at.UtcDateTime).AddDays(-_random.Int(0, 6));
        var rxNumber = _rxNumber++;
        var prescription = Prescription.Receive(
            rxNumber, patient, prescriber, _authorityOf[prescriber.ProviderId], prescriber.Npi, code, orderable, quantity, Directions(formula), daysSupply, refills, writtenOn, channel,
            channel == IntakeChannel.Staff ? null : $"{sender.Id.ToUpperInvariant()}-{rxNumber}", at, PrescribingLimits.Federal, sender.Id);
        Clear(prescription);
        _year.Prescriptions.Add(prescription);
        _year.PrescriptionsAudit.Created(prescription, at, sender, "ReceivePrescription");
        var received = ReceivedPrescription.For(prescription.Id.Value, rxNumber);
        received.RecordReceived(at);
        _year.ReceivedPrescriptions[prescription.Id.Value] = received;

        var pharmacist = _staff.Any(_staff.Pharmacists);
        var fate = _random.Double();
        if (fate < 0.015)
        {
            At(WorkingTime(at.AddHours(_random.Int(1, 30))), now => prescription.Cancel(_random.ArrayElement(CancelReasons), pharmacist.Name, now));
        }
        else if (fate < 0.055)
        {
            At(WorkingTime(Minutes(at, 20, 240)), asked =>
            {
                prescription.RequestClarification(_random.ArrayElement(Questions), pharmacist.Name, asked);
                At(WorkingTime(asked.AddHours(_random.Int(1, 48))), answered =>
                {
                    prescription.AnswerClarification(_random.ArrayElement(Answers), _staff.Any(_staff.Technicians).Name, answered);
                    At(WorkingTime(Minutes(answered, 20, 240)), verified => Verify(prescription, verified));
                });
            });
        }
        else if (fate < 0.062)
        {
            At(WorkingTime(Minutes(at, 30, 300)), held =>
            {
                prescription.PutOnHold("Waiting for the patient to confirm the price and the shipping address", pharmacist.Name, held);
                At(WorkingTime(held.AddHours(_random.Int(20, 96))), resumed =>
                {
                    prescription.Resume(resumed);
                    Verify(prescription, Minutes(resumed, 1, 30));
                });
            });
        }
        else
        {
            At(WorkingTime(Minutes(at, 15, 480)), verified => Verify(prescription, verified));
        }
    }

    private void Verify(Prescription prescription, DateTimeOffset at)
    {
        if (at > _now || prescription.Status != PrescriptionStatus.Received)
        {
            return;
        }

        var pharmacist = _staff.Any(_staff.Pharmacists);
        var prescriber = PrescriberOf(prescription);
        var fill = prescription.Verify(
            prescriber, _authorityOf[prescriber.ProviderId], _catalog.Orderable[prescription.FormulaCode].ControlledSchedule, pharmacist.Name, at);
        Clear(prescription);
        _year.PrescriptionsAudit.Created(
            fill, at, pharmacist, "VerifyPrescription", prescription, Staff.Signature(pharmacist, "Verified: prescription reviewed and approved", at));
        var received = _year.ReceivedPrescriptions[prescription.Id.Value];
        received.RecordVerified(at);
        RequestFill(prescription, fill, at, received);
    }

    /// <summary>FillRequested: Compounding plans the fill into its formula's planned batch; Reporting starts its turnaround row.</summary>
    private void RequestFill(Prescription prescription, Fill fill, DateTimeOffset at, ReceivedPrescription received)
    {
        _prescriptionOfFill[fill.Id.Value] = prescription;
        Turnaround(fill.Id.Value, row =>
        {
            row.RecordRequested(prescription.Id.Value, prescription.RxNumber, fill.Number, prescription.FormulaCode, fill.Quantity, at);
            row.RecordPrescription(received);
        });
        var planned = at.AddSeconds(2);
        if (planned <= _now)
        {
            PlanFill(prescription, fill, planned);
        }
    }

    private void PlanFill(Prescription prescription, Fill fill, DateTimeOffset at)
    {
        var formula = _catalog.Formulas[prescription.FormulaCode];
        var batchFill = new BatchFill(fill.Id.Value, prescription.RxNumber, fill.Number, fill.Quantity);
        if (_plannedBatch.TryGetValue(formula.Code, out var batch))
        {
            batch.AddFill(batchFill, formula, at);
        }
        else
        {
            var day = DateOnly.FromDateTime(at.UtcDateTime);
            var sequence = _batchesOfTheDay[day] = _batchesOfTheDay.GetValueOrDefault(day) + 1;
            batch = Batch.Plan(BatchNumbers.PrefixFor(day) + sequence.ToString("000", System.Globalization.CultureInfo.InvariantCulture), formula.Code, formula, batchFill, at);
            _plannedBatch[formula.Code] = batch;
            _year.Batches.Add(batch);
            // Compounding is patient-specific: a technician starts the batch soon, and fills verified meanwhile join it.
            var planned = batch;
            At(WorkingTime(Minutes(at, 1, 10)), started => StartBatch(planned, started));
            _year.CompoundingAudit.Created(batch, at, Actor.System, "PlanBatch");
            foreach (var ingredient in batch.Ingredients)
            {
                _year.CompoundingAudit.Created(ingredient, at, Actor.System, "PlanBatch", batch);
            }
        }

        Clear(batch);
        _year.CompoundingAudit.Created(batchFill, at, Actor.System, "PlanBatch", batch);
        prescription.RecordBatchPlanned(fill.Id, batch.Id.Value, batch.BatchNumber);
    }

    private decimal Quantity(Formula formula) => (formula.Unit, formula.DosageForm) switch
    {
        ("capsule", _) => _random.ArrayElement([30m, 30m, 60m, 90m]),
        ("troche", _) => _random.ArrayElement([30m, 60m]),
        ("mL", DosageForm.Injection) => _random.ArrayElement([10m, 10m, 20m, 30m]),
        ("mL", _) when formula.Route.Contains("ophthalmic", StringComparison.OrdinalIgnoreCase) => _random.ArrayElement([5m, 10m]),
        ("mL", _) => _random.ArrayElement([60m, 100m, 120m, 150m, 200m]),
        _ => _random.ArrayElement([30m, 30m, 60m, 120m]),
    };

    private static decimal AverageQuantity(Formula formula) => (formula.Unit, formula.DosageForm) switch
    {
        ("capsule", _) => 52.5m,
        ("troche", _) => 45m,
        ("mL", DosageForm.Injection) => 17.5m,
        ("mL", _) when formula.Route.Contains("ophthalmic", StringComparison.OrdinalIgnoreCase) => 7.5m,
        ("mL", _) => 126m,
        _ => 60m,
    };

    private string Directions(Formula formula) => formula.DosageForm switch
    {
        DosageForm.Capsule => _random.ArrayElement(["Take 1 capsule by mouth at bedtime.", "Take 1 capsule by mouth once daily.", "Take 1 capsule by mouth twice daily."]),
        DosageForm.Troche => "Dissolve 1 troche between cheek and gum every 8 hours as needed for nausea.",
        DosageForm.Injection => _random.ArrayElement(["Inject 0.5 mL intramuscularly once weekly.", "Inject 1 mL intramuscularly twice weekly.", "Inject as directed by the prescriber."]),
        DosageForm.Cream or DosageForm.Gel or DosageForm.Ointment => _random.ArrayElement(
            ["Apply 1 gram to the affected area three times daily.", "Apply a thin layer to the inner forearm once daily.", "Apply 1 click to the affected area twice daily."]),
        _ when formula.Route.Contains("ophthalmic", StringComparison.OrdinalIgnoreCase) => "Instill 1 drop in each eye at bedtime.",
        _ when formula.Route.Contains("topical", StringComparison.OrdinalIgnoreCase) => "Apply 1 mL to the scalp twice daily.",
        _ => _random.ArrayElement(["Take 5 mL by mouth twice daily.", "Take 10 mL by mouth once daily.", "Swish and spit 5 mL four times daily."]),
    };
}
