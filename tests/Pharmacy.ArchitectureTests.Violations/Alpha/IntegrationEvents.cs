using Violations.Modules.Alpha.Features;
using Violations.Modules.Beta.Contracts;

namespace Violations.Modules.Alpha.IntegrationEvents;

/// <summary>Breaks integration-handler sealing: public, named *Handler, neither sealed nor static.</summary>
public class ParcelDeliveredHandler
{
    public Task<RecordParcelArrival> Handle(ParcelDelivered message) => Task.FromResult(new RecordParcelArrival(message.ParcelId));
}

/// <summary>Static, so sealed in IL: the sealing rule must accept it. Beta calling it is the violation.</summary>
public static class ParcelLostHandler
{
    public static Task Handle(ParcelDelivered message) => Task.CompletedTask;
}
