using Mediator;

namespace Violations.Modules.Alpha.Features.TrackShipment;

/// <summary>A query alone in a folder named for it: the feature-folder rule must accept it.</summary>
public sealed record TrackShipment(Guid ShipmentId) : IQuery<string>;

public sealed class TrackShipmentHandler : IQueryHandler<TrackShipment, string>
{
    public ValueTask<string> Handle(TrackShipment query, CancellationToken cancellationToken) => ValueTask.FromResult("in transit");
}
