using Violations.Modules.Alpha.Features;
using Violations.Modules.Beta.Contracts;

namespace Violations.Modules.Alpha.IntegrationEvents;

/// <summary>Breaks the inbound-handler shape: public, neither sealed nor static (and named *Handler).</summary>
public class ParcelDeliveredHandler
{
    public Task<RecordParcelArrival> Handle(ParcelDelivered message) => Task.FromResult(new RecordParcelArrival(message.ParcelId));
}

/// <summary>Breaks the inbound-handler naming: static, but named *Handler instead of for its act.</summary>
public static class ParcelReturnedHandler
{
    public static Task Handle(ParcelDelivered message) => Task.CompletedTask;
}

/// <summary>Static and named for its act: the shape rule must accept it. Beta calling it is the violation.</summary>
public static class RecordLostParcel
{
    public static Task Handle(ParcelDelivered message) => Task.CompletedTask;
}
