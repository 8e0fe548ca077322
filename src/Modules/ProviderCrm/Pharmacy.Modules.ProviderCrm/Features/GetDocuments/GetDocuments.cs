using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Features.GetDocuments;

/// <summary>The documents kept for a provider or an organisation, the latest first.</summary>
[Access(CrmAccess.Documents)]
public sealed record GetDocuments(AccountKind AccountKind, Guid AccountId) : IQuery<IReadOnlyList<DocumentRow>>;

public sealed record DocumentRow(Guid Id, string Kind, string KindText, string FileName, string ContentType, long SizeBytes, string UploadedBy, DateTimeOffset UploadedAt)
{
    public string Size => SizeBytes < 1024 * 1024 ? $"{Math.Max(1, SizeBytes / 1024)} KB" : $"{SizeBytes / (1024.0 * 1024.0):0.0} MB";
}

internal sealed class GetDocumentsHandler(ProviderCrmDbContext db) : IQueryHandler<GetDocuments, IReadOnlyList<DocumentRow>>
{
    public async ValueTask<IReadOnlyList<DocumentRow>> Handle(GetDocuments query, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking()
            .Where(document => document.AccountKind == query.AccountKind && document.AccountId == query.AccountId)
            .OrderByDescending(document => document.UploadedAt)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(document => new DocumentRow(
            document.Id.Value, document.Kind.ToString(), EnumText.Of(document.Kind), document.FileName, document.ContentType, document.SizeBytes,
            document.UploadedBy, document.UploadedAt))];
    }
}
