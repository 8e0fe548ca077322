using Mediator;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Prescriptions.Features.RecordFormulaWithdrawn;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>A formula Compounding withdrew is no longer orderable: intake, the portal's catalog and the entry form stop offering it.</summary>
public static class StopWithdrawnFormula
{
    public static Task Handle(
        FormulaWithdrawn message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(StopWithdrawnFormula), message, envelope, async ct => await sender.Send(
            new RecordFormulaWithdrawn(message.Code, message.Version, message.Reason, message.OccurredAt), ct), cancellationToken);
}
