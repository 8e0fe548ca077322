using Mediator;
using Pharmacy.Modules.Portal.Domain.Messages;
using Pharmacy.Modules.Portal.Features.Messages;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Portal.Features.WriteToPharmacy;

/// <summary>Someone of the clinic writes to the pharmacy about one of the clinic's orders; it waits in the pharmacy's inbox.</summary>
[Access(PortalAccess.Order)]
public sealed record WriteToPharmacy(Guid OrderId, string Body) : ICommand;

internal sealed class WriteToPharmacyValidator : InputValidator<WriteToPharmacy>
{
    public WriteToPharmacyValidator() => RuleFor(c => c.Body).MessageBody();
}

internal sealed class WriteToPharmacyHandler(PortalDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<WriteToPharmacy>
{
    public async ValueTask<Unit> Handle(WriteToPharmacy command, CancellationToken cancellationToken)
    {
        await OrderConversation.WriteAsync(db, command.OrderId, MessageSide.Clinic, user.Name, command.Body, clock.GetUtcNow(), cancellationToken);
        return Unit.Value;
    }
}
