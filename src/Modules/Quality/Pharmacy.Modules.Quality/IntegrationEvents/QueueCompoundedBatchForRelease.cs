using Mediator;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Quality.Features.OpenReleaseTask;
using Pharmacy.Modules.Quality.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Quality.IntegrationEvents;

/// <summary>A batch was compounded and checked: it joins the release queue.</summary>
public static class QueueCompoundedBatchForRelease
{
    public static Task Handle(
        BatchCompounded message, Envelope envelope, Inbox<QualityDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(QueueCompoundedBatchForRelease), message, envelope,
            async ct => await sender.Send(OpenReleaseTask.From(message), ct), cancellationToken);
}
