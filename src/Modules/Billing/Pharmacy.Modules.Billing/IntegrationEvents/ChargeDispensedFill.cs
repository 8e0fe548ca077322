using Mediator;
using Pharmacy.Modules.Billing.Features.CreateCharge;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Billing.IntegrationEvents;

/// <summary>A fill left the pharmacy: charge it.</summary>
public static class ChargeDispensedFill
{
    public static Task Handle(
        FillDispensed message, Envelope envelope, Inbox<BillingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(ChargeDispensedFill), message, envelope,
            async ct => await sender.Send(CreateCharge.From(message), ct), cancellationToken);
}
