using Mediator;
using Pharmacy.Shared.Infrastructure.Security;

// Breaks the feature-folder rule: three use cases in one folder, none named for it.
namespace Violations.Modules.Alpha.Features;

/// <summary>Names the rule its module declares; the access rule must leave it alone.</summary>
[Access(AlphaAccess.Ship)]
public sealed record ShipShipment(Guid ShipmentId) : ICommand;

/// <summary>Breaks the access rule: a page sends it, and it names no rule.</summary>
public sealed record HoldShipment(Guid ShipmentId) : ICommand;

/// <summary>Breaks the access rule: an endpoint sends it, and the rule it names is declared nowhere.</summary>
[Access("alpha.return")]
public sealed record ReturnShipment(Guid ShipmentId) : ICommand;

/// <summary>Work of the system, sent only by an integration-event handler: it needs no rule.</summary>
public sealed record RecordParcelArrival(Guid ParcelId) : ICommand;

/// <summary>Breaks handler sealing: a Mediator handler that can be subclassed.</summary>
public class ShipShipmentHandler : ICommandHandler<ShipShipment>
{
    public ValueTask<Unit> Handle(ShipShipment command, CancellationToken cancellationToken) => ValueTask.FromResult(Unit.Value);
}

public sealed record GetShipment(Guid ShipmentId) : IQuery<string>;

/// <summary>Breaks handler naming: a Mediator handler whose name does not end in "Handler".</summary>
public sealed class ShipmentFinder : IQueryHandler<GetShipment, string>
{
    public ValueTask<string> Handle(GetShipment query, CancellationToken cancellationToken) => ValueTask.FromResult(query.ShipmentId.ToString());
}

public sealed record CancelShipment(Guid ShipmentId) : ICommand<bool>;

/// <summary>A well-formed handler; the handler rule must leave it alone.</summary>
public sealed class CancelShipmentHandler : ICommandHandler<CancelShipment, bool>
{
    public ValueTask<bool> Handle(CancelShipment command, CancellationToken cancellationToken) => ValueTask.FromResult(true);
}
