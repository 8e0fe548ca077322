using Mediator;
using Pharmacy.Modules.Portal.Notifications;
using Pharmacy.Modules.ProviderCrm.Contracts;

namespace Pharmacy.Modules.Portal.Features.SendOrderUpdateMail;

/// <summary>Tells the clinic by e-mail, at the address the CRM holds for it, that one of its orders has news.</summary>
public sealed record SendOrderUpdateMail(long OrderNumber, Guid OrganisationId) : ICommand;

internal sealed class SendOrderUpdateMailHandler(IOrganisationDirectory directory, OrderMail mail) : ICommandHandler<SendOrderUpdateMail>
{
    public async ValueTask<Unit> Handle(SendOrderUpdateMail command, CancellationToken cancellationToken)
    {
        if (await directory.NotificationAddressOfAsync(command.OrganisationId, cancellationToken) is { Length: > 0 } address)
        {
            await mail.SendUpdateAsync(address, command.OrderNumber, cancellationToken);
        }

        return Unit.Value;
    }
}
