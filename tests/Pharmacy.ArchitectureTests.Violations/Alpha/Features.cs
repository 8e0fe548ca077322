using Mediator;

// Breaks the feature-folder rule: three use cases in one folder, none named for it.
namespace Violations.Modules.Alpha.Features;

public sealed record ShipShipment(Guid ShipmentId) : ICommand;

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
