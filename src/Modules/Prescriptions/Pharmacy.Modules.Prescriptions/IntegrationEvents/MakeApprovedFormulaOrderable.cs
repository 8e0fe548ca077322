using Mediator;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Prescriptions.Features.RecordFormulaApproved;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>Keeps the catalog of formulas that may be prescribed in step with Compounding's approvals.</summary>
public static class MakeApprovedFormulaOrderable
{
    public static Task Handle(
        FormulaApproved message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(MakeApprovedFormulaOrderable), message, envelope, async ct => await sender.Send(new RecordFormulaApproved(
            message.Code, message.Version, message.Name, message.DosageForm, message.Unit, message.CountedInWholeUnits, message.Storage,
            message.ControlledSchedule, message.OccurredAt), ct), cancellationToken);
}
