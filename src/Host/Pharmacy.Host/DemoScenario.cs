using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Host.Identity;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Features.CheckBatch;
using Pharmacy.Modules.Compounding.Features.GetBatch;
using Pharmacy.Modules.Compounding.Features.GetBatches;
using Pharmacy.Modules.Compounding.Features.RecordCompounding;
using Pharmacy.Modules.Compounding.Features.StartBatch;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Features.CancelPrescription;
using Pharmacy.Modules.Prescriptions.Features.CheckFill;
using Pharmacy.Modules.Prescriptions.Features.DispenseFill;
using Pharmacy.Modules.Prescriptions.Features.GetPrescription;
using Pharmacy.Modules.Prescriptions.Features.GetPrescriptions;
using Pharmacy.Modules.Prescriptions.Features.VerifyPrescription;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Features.GetReleaseTask;
using Pharmacy.Modules.Quality.Features.GetReleaseTasks;
using Pharmacy.Modules.Quality.Features.RecordQcResult;
using Pharmacy.Modules.Quality.Features.ReleaseBatch;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Host;

/// <summary>
/// With demo data, a fresh system should not greet its first user with empty queues. Once the host has started, the
/// demo pharmacist, technician and QA person do a morning's work through the same commands the pages use (signing
/// with their own passwords): some prescriptions verified, batches started, compounded and checked, one released and
/// dispensed (and one left ready on the shelf), one cancelled, so that every queue from verification to billing has work. Runs once per database.
/// The morning's work passes through prescriptions, compounding, inventory and quality: without one of them it is not done.
/// </summary>
internal sealed partial class DemoScenario(
    IServiceScopeFactory scopes, IHttpContextAccessor accessor, IConfiguration configuration, IHostApplicationLifetime lifetime,
    EnabledModules modules, DemoWorkOutcome outcome, ILogger<DemoScenario> logger) : BackgroundService
{
    /// <summary>How long one step waits for the events of the step before it: long enough for a busy 2-core machine.</summary>
    private static readonly TimeSpan PatienceForEvents = TimeSpan.FromSeconds(180);
    private static readonly string[] ModulesTheWorkNeeds = ["Prescriptions", "Compounding", "Inventory", "Quality"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var demo = DemoSettings.From(configuration);
        if (!demo.Data || !demo.Users || !demo.Work)
        {
            outcome.Skipped();
            return;
        }

        if (!modules.Run(ModulesTheWorkNeeds))
        {
            LogSkipped(logger, string.Join(", ", ModulesTheWorkNeeds));
            outcome.Skipped();
            return;
        }

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        try
        {
            var existing = await AsAsync("technician", sender => sender.Send(new GetBatches(null, null, 1, 1), stoppingToken).AsTask());
            if (existing.TotalCount == 0)
            {
                await RunAsync(demo.Password, stoppingToken);
                LogDone(logger);
            }

            outcome.Done();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogStopped(logger, exception.GetType().Name, exception.Message);
            outcome.Stopped(exception);
        }
    }

    private async Task RunAsync(string password, CancellationToken cancellationToken)
    {
        var received = await AsAsync("pharmacist", s => s.Send(new GetPrescriptions(null, PrescriptionStatus.Received, 1, 11, PrescriptionQueueOrder.OldestFirst), cancellationToken).AsTask());
        var withdrawn = received.Items[^1].Id;
        await AsAsync("pharmacist", s => s.Send(
            new CancelPrescription(withdrawn, "Prescriber withdrew the order by phone; patient switched to a commercial product"), cancellationToken).AsTask());
        foreach (var rx in received.Items.SkipLast(1))
        {
            await AsAsync("pharmacist", s => s.Send(
                new VerifyPrescription(rx.Id, new SignatureInput(password, "Verified: prescription, patient and dose reviewed")), cancellationToken).AsTask());
        }

        var planned = await WaitForAsync(
            () => AsAsync("technician", s => s.Send(new GetBatches(null, BatchStatus.Planned, 1, 10), cancellationToken).AsTask()),
            batches => batches.TotalCount >= 5, cancellationToken);
        var batches = planned.Items.Where(batch => !batch.NoApprovedFormula).Take(5).ToList();
        for (var i = 0; i < batches.Count; i++)
        {
            var batchId = batches[i].Id;
            await AsAsync("technician", s => s.Send(new StartBatch(batchId), cancellationToken).AsTask());
            if (i == 4)
            {
                continue; // one batch stays in progress on the bench
            }

            var batch = await AsAsync("technician", s => s.Send(new GetBatch(batchId), cancellationToken).AsTask());
            var weighed = batch.Ingredients
                .Select(line => new WeighedIngredientInput(line.ItemCode, line.TheoreticalQuantity, line.Unit == "g" ? "BAL-02" : null))
                .ToList();
            await AsAsync("technician", s => s.Send(new RecordCompounding(batchId, weighed, batch.Quantity, null), cancellationToken).AsTask());
            if (i < 3)
            {
                await AsAsync("pharmacist2", s => s.Send(
                    new CheckBatch(batchId, new SignatureInput(password, "Checked: weights and lots verified against the worksheet")),
                    cancellationToken).AsTask());
            }
        }

        var tasks = await WaitForAsync(
            () => AsAsync("qa", s => s.Send(new GetReleaseTasks(null, ReleaseTaskStatus.Open, 1, 10), cancellationToken).AsTask()),
            open => open.TotalCount >= 3, cancellationToken);
        foreach (var open in tasks.Items.Take(2))
        {
            // Two batches released; the third waits in the release queue.
            var task = await AsAsync("qa", s => s.Send(new GetReleaseTask(open.Id), cancellationToken).AsTask());
            foreach (var check in task.Checks)
            {
                var result = DemoResultOf(check);
                await AsAsync("qa", s => s.Send(new RecordQcResult(task.Id, check.Name, result, QcOutcome.Pass), cancellationToken).AsTask());
            }

            await AsAsync("qa", s => s.Send(
                new ReleaseBatch(task.Id, new SignatureInput(password, "Released: QC results reviewed and meet specification")), cancellationToken).AsTask());
        }

        var ready = await WaitForAsync(
            () => AsAsync("technician", s => s.Send(new GetPrescriptions(null, PrescriptionStatus.ReadyToDispense, 1, 5), cancellationToken).AsTask()),
            prescriptions => prescriptions.TotalCount >= 2, cancellationToken);
        var prescription = await AsAsync("technician", s => s.Send(new GetPrescription(ready.Items[0].Id), cancellationToken).AsTask());
        var fill = prescription.Fills.First(f => f.Status == "ReadyToDispense");
        // The pharmacist's final check comes before the fill leaves; the patient collects it and declines counselling.
        await AsAsync("pharmacist", s => s.Send(
            new CheckFill(prescription.Id, fill.Id, new SignatureInput(password, "Final check: patient, preparation, quantity, label and BUD checked")),
            cancellationToken).AsTask());
        await AsAsync("technician", s => s.Send(
            new DispenseFill(prescription.Id, fill.Id, $"{prescription.PatientFirstName} {prescription.PatientLastName}", CollectorRelationship.Self,
                CounsellingAnswer.Declined), cancellationToken).AsTask());
    }

    /// <summary>
    /// A passing result in the check's own unit: the middle of its limits (4.5 for 4.05-4.95 mg per capsule, 7 for pH
    /// 6.5-7.5), 99.2% of label for a potency judged on the specification's range, and words for a pass/fail check.
    /// </summary>
    private static string DemoResultOf(QcCheckDetails check) =>
        check is { Lowest: { } lowest, Highest: { } highest }
            ? ((lowest + highest) / 2).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)
            : check.IsPotency ? "99.2" : "Conforms to specification";

    /// <summary>
    /// Runs one step as a demo user: the pipeline sees that person, checks their role and their signature. A step that
    /// meets a change another module saved first (a fill linked to its batch while the prescription is verified) is done
    /// again on the record as it is now, as the person would after the page's message; nothing of the refused attempt
    /// was saved.
    /// </summary>
    private async Task<T> AsAsync<T>(string userName, Func<ISender, Task<T>> step)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await OnceAsAsync(userName, step);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                await Task.Delay(100 * attempt);
            }
        }
    }

    private async Task<T> OnceAsAsync<T>(string userName, Func<ISender, Task<T>> step)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PharmacyUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<PharmacyUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"Demo user {userName} is missing.");
        ClaimsPrincipal principal = await signIn.CreateUserPrincipalAsync(user);
        accessor.HttpContext = new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
        try
        {
            return await step(scope.ServiceProvider.GetRequiredService<ISender>());
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    private Task AsAsync(string userName, Func<ISender, Task> step) =>
        AsAsync(userName, async sender =>
        {
            await step(sender);
            return true;
        });

    /// <summary>Reads until the events of the step before have arrived; a step that would work on too little stops the work, saying which.</summary>
    private static async Task<T> WaitForAsync<T>(
        Func<Task<T>> read, Func<T, bool> ready, CancellationToken cancellationToken,
        [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(ready))] string awaited = "")
    {
        var deadline = DateTime.UtcNow + PatienceForEvents;
        while (true)
        {
            var value = await read();
            if (ready(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {PatienceForEvents.TotalSeconds:N0} s for {awaited}.");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo work done: every queue has something in it")]
    private static partial void LogDone(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "No demo work: it needs every one of {Modules}, and this host leaves one out")]
    private static partial void LogSkipped(ILogger logger, string modules);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo work stopped part way ({ErrorType}: {Error}); the system is usable as it is")]
    private static partial void LogStopped(ILogger logger, string errorType, string error);
}

/// <summary>How the demo morning's work ended, for whoever waits for it (the end-to-end tests): done, skipped, or stopped with its error.</summary>
internal sealed class DemoWorkOutcome
{
    private readonly TaskCompletionSource<Exception?> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the work ended: with null when it was done or had nothing to do, with the error that stopped it otherwise.</summary>
    public Task<Exception?> Ended => _ended.Task;

    public void Done() => _ended.TrySetResult(null);

    public void Skipped() => _ended.TrySetResult(null);

    public void Stopped(Exception error) => _ended.TrySetResult(error);
}
