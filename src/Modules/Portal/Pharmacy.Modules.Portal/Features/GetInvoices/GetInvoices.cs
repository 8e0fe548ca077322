using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Portal.Domain.Invoices;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Portal.Features.GetInvoices;

/// <summary>The clinic's charges, newest first, with what the clinic itself owes and what its patients still owe.</summary>
[Access(PortalAccess.Order)]
public sealed record GetInvoices(int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IQuery<InvoicePage>;

public sealed record InvoicePage(PagedResult<InvoiceRow> Rows, decimal ClinicBalance, decimal PatientBalance, string Currency);

public sealed record InvoiceRow(
    Guid OrderId, long OrderNumber, long RxNumber, DateTimeOffset ChargedAt, ChargePayer Payer, decimal Amount, decimal Paid, decimal Balance, bool Settled);

internal sealed class GetInvoicesHandler(PortalDbContext db) : IQueryHandler<GetInvoices, InvoicePage>
{
    public async ValueTask<InvoicePage> Handle(GetInvoices query, CancellationToken cancellationToken)
    {
        var rows = await db.Charges.AsNoTracking().OrderByDescending(c => c.ChargedAt)
            .Select(c => new InvoiceRow(c.OrderId.Value, c.OrderNumber, c.RxNumber, c.ChargedAt, c.Payer, c.Amount, c.Paid, c.Amount - c.Paid, c.Settled))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
        var open = await db.Charges.AsNoTracking().Where(c => !c.Settled).Select(c => new { c.Payer, c.Amount, c.Paid, c.Currency }).ToListAsync(cancellationToken);
        return new InvoicePage(
            rows,
            open.Where(c => c.Payer == ChargePayer.Clinic).Sum(c => c.Amount - c.Paid),
            open.Where(c => c.Payer == ChargePayer.Patient).Sum(c => c.Amount - c.Paid),
            open.Select(c => c.Currency).FirstOrDefault() ?? "USD");
    }
}
