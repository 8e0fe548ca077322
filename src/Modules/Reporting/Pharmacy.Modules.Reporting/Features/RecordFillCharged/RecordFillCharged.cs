using Mediator;
using Pharmacy.Modules.Reporting.Persistence;

namespace Pharmacy.Modules.Reporting.Features.RecordFillCharged;

/// <summary>Billing charged the dispensed fill.</summary>
public sealed record RecordFillCharged(Guid FillId, long RxNumber, decimal Amount, string Currency, DateTimeOffset ChargedAt) : ICommand;

internal sealed class RecordFillChargedHandler(ReportingDbContext db) : ICommandHandler<RecordFillCharged>
{
    public async ValueTask<Unit> Handle(RecordFillCharged command, CancellationToken cancellationToken)
    {
        var row = await db.GetOrAddAsync(command.FillId, cancellationToken);
        row.RecordCharged(command.RxNumber, command.Amount, command.Currency, command.ChargedAt);
        return Unit.Value;
    }
}
