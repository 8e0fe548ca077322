using Mediator;
using Pharmacy.Modules.Portal.Domain.Messages;
using Pharmacy.Modules.Portal.Features.Messages;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Portal.Features.WriteToClinic;

/// <summary>Someone of the pharmacy answers the clinic on one of its orders; the clinic is told (notification and e-mail).</summary>
[Access(PortalAccess.Inbox)]
public sealed record WriteToClinic(Guid OrderId, string Body) : ICommand;

internal sealed class WriteToClinicValidator : InputValidator<WriteToClinic>
{
    public WriteToClinicValidator() => RuleFor(c => c.Body).MessageBody();
}

internal sealed class WriteToClinicHandler(PortalDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<WriteToClinic>
{
    public async ValueTask<Unit> Handle(WriteToClinic command, CancellationToken cancellationToken)
    {
        await OrderConversation.WriteAsync(db, command.OrderId, MessageSide.Pharmacy, user.Name, command.Body, clock.GetUtcNow(), cancellationToken);
        return Unit.Value;
    }
}
