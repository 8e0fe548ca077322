using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Documents;
using Pharmacy.Modules.ProviderCrm.Domain.Documents;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.ProviderCrm.Features.GetDocumentFile;

/// <summary>One document's file, for the roles that may see documents; to everyone else it does not exist.</summary>
[Access(CrmAccess.Documents)]
public sealed record GetDocumentFile(Guid DocumentId) : IQuery<DocumentFile>;

/// <summary>The open file and what to call it; the caller disposes the stream.</summary>
public sealed record DocumentFile(Stream Content, string ContentType, string FileName);

internal sealed class GetDocumentFileHandler(ProviderCrmDbContext db, DocumentStore store) : IQueryHandler<GetDocumentFile, DocumentFile>
{
    public async ValueTask<DocumentFile> Handle(GetDocumentFile query, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == DocumentId.From(query.DocumentId), cancellationToken)
                       ?? throw new NotFoundException("Document", query.DocumentId);
        var content = store.Open(document.StoredAs) ?? throw new NotFoundException("Document file", query.DocumentId);
        return new DocumentFile(content, document.ContentType, document.FileName);
    }
}
