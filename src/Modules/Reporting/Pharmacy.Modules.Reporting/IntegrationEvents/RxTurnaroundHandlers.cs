using Mediator;
using Pharmacy.Modules.Billing.Contracts;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Quality.Contracts;
using Pharmacy.Modules.Reporting.Features.ProjectRxTurnaround;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Reporting.IntegrationEvents;

// The Rx turnaround read model, fed by every module on the prescription's way. Each handler records the message in
// the inbox and sends one command of this module; the commands upsert, so the order of arrival does not matter.

public static class PrescriptionReceivedHandler
{
    public static Task Handle(
        PrescriptionReceived message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(PrescriptionReceivedHandler), message, envelope, async ct => await sender.Send(
            new RecordPrescriptionReceived(message.PrescriptionId, message.RxNumber, message.OccurredAt), ct), cancellationToken);
}

public static class PrescriptionVerifiedHandler
{
    public static Task Handle(
        PrescriptionVerified message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(PrescriptionVerifiedHandler), message, envelope, async ct => await sender.Send(
            new RecordPrescriptionVerified(message.PrescriptionId, message.RxNumber, message.OccurredAt), ct), cancellationToken);
}

public static class FillRequestedHandler
{
    public static Task Handle(
        FillRequested message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(FillRequestedHandler), message, envelope, async ct => await sender.Send(new RecordFillRequested(
            message.FillId, message.PrescriptionId, message.RxNumber, message.FillNumber, message.FormulaCode, message.Quantity,
            message.OccurredAt), ct), cancellationToken);
}

public static class BatchCompoundedHandler
{
    public static Task Handle(
        BatchCompounded message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(BatchCompoundedHandler), message, envelope, async ct => await sender.Send(
            new RecordBatchCompounded(message.BatchNumber, message.FormulaCode, message.FillIds, message.OccurredAt), ct), cancellationToken);
}

public static class BatchReleasedHandler
{
    public static Task Handle(
        BatchReleased message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(BatchReleasedHandler), message, envelope, async ct => await sender.Send(
            new RecordBatchReleased(message.FillIds, message.OccurredAt), ct), cancellationToken);
}

public static class BatchRejectedHandler
{
    public static Task Handle(
        BatchRejected message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(BatchRejectedHandler), message, envelope, async ct => await sender.Send(
            new RecordBatchRejected(message.FillIds, message.OccurredAt), ct), cancellationToken);
}

public static class FillDispensedHandler
{
    public static Task Handle(
        FillDispensed message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(FillDispensedHandler), message, envelope, async ct => await sender.Send(new RecordFillDispensed(
            message.FillId, message.PrescriptionId, message.RxNumber, message.FormulaCode, message.Quantity, message.Method,
            message.OccurredAt), ct), cancellationToken);
}

public static class ChargeCreatedHandler
{
    public static Task Handle(
        ChargeCreated message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(ChargeCreatedHandler), message, envelope, async ct => await sender.Send(
            new RecordFillCharged(message.FillId, message.RxNumber, message.Amount, message.Currency, message.OccurredAt), ct), cancellationToken);
}
