using FluentValidation;
using Mediator;
using Pharmacy.Modules.Portal.Domain.Messages;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Portal.Features.Messages;

/// <summary>Someone of the clinic writes to the pharmacy about one of the clinic's orders; it waits in the pharmacy's inbox.</summary>
[Access(PortalAccess.Order)]
public sealed record WriteToPharmacy(Guid OrderId, string Body) : ICommand;

/// <summary>Someone of the pharmacy answers the clinic on one of its orders; the clinic is told (notification and e-mail).</summary>
[Access(PortalAccess.Inbox)]
public sealed record WriteToClinic(Guid OrderId, string Body) : ICommand;

internal sealed class WriteToPharmacyValidator : InputValidator<WriteToPharmacy>
{
    public WriteToPharmacyValidator() => RuleFor(c => c.Body).MessageBody();
}

internal sealed class WriteToClinicValidator : InputValidator<WriteToClinic>
{
    public WriteToClinicValidator() => RuleFor(c => c.Body).MessageBody();
}

internal static class MessageBodyRules
{
    public static IRuleBuilderOptions<T, string> MessageBody<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Write the message before sending it.");
}

internal sealed class WriteOrderMessageHandler(PortalDbContext db, ICurrentUser user, TimeProvider clock) :
    ICommandHandler<WriteToPharmacy>,
    ICommandHandler<WriteToClinic>
{
    public async ValueTask<Unit> Handle(WriteToPharmacy command, CancellationToken cancellationToken)
    {
        await OrderConversation.WriteAsync(db, command.OrderId, MessageSide.Clinic, user.Name, command.Body, clock.GetUtcNow(), cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(WriteToClinic command, CancellationToken cancellationToken)
    {
        await OrderConversation.WriteAsync(db, command.OrderId, MessageSide.Pharmacy, user.Name, command.Body, clock.GetUtcNow(), cancellationToken);
        return Unit.Value;
    }
}
