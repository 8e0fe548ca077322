using System.Security.Cryptography;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Documents;
using Pharmacy.Modules.ProviderCrm.Domain.Documents;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.ProviderCrm.Features.UploadDocument;

/// <summary>
/// Keeps a document for a provider or an organisation: a PDF, PNG or JPEG (by its content) of at most 10 MB, stored in the
/// documents folder beside the databases. The record of it is audited like every other change.
/// </summary>
[Access(CrmAccess.Write)]
public sealed record UploadDocument(string AccountKind, Guid AccountId, string Kind, string FileName, ReadOnlyMemory<byte> Content)
    : ICommand<DocumentUploadedResponse>
{
    /// <summary>Never prints the content.</summary>
    public override string ToString() => $"{nameof(UploadDocument)} {{ {AccountKind} {AccountId}, {Kind}, {Content.Length} bytes }}";
}

public sealed record DocumentUploadedResponse(Guid Id);

internal sealed class UploadDocumentValidator : InputValidator<UploadDocument>
{
    public UploadDocumentValidator()
    {
        RuleFor(command => command.AccountKind).NotEmpty().IsEnumName(typeof(AccountKind), caseSensitive: false)
            .WithMessage("The account is a Provider or an Organisation.");
        RuleFor(command => command.AccountId).NotEmpty();
        RuleFor(command => command.Kind).NotEmpty().WithMessage("Choose what the document is.")
            .IsEnumName(typeof(DocumentKind), caseSensitive: false)
            .WithMessage($"The document is one of {string.Join(", ", Enum.GetNames<DocumentKind>())}.");
        RuleFor(command => command.FileName).NotEmpty().WithMessage("Choose the document's file.").MaximumLength(260);
    }
}

internal sealed class UploadDocumentHandler(ProviderCrmDbContext db, DocumentStore store, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UploadDocument, DocumentUploadedResponse>
{
    public async ValueTask<DocumentUploadedResponse> Handle(UploadDocument command, CancellationToken cancellationToken)
    {
        var kind = Enum.Parse<AccountKind>(command.AccountKind, ignoreCase: true);
        var exists = kind == AccountKind.Provider
            ? await db.Providers.AnyAsync(provider => provider.Id == ProviderId.From(command.AccountId), cancellationToken)
            : await db.Organisations.AnyAsync(organisation => organisation.Id == OrganisationId.From(command.AccountId), cancellationToken);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(command.Content.Span));
        var document = AccountDocument.Upload(
            kind, command.AccountId, exists, Enum.Parse<DocumentKind>(command.Kind, ignoreCase: true), command.FileName, command.Content.Span,
            sha256, user.Name, clock.GetUtcNow());
        // The file is written before the record is committed; a record never names a missing file.
        await store.SaveAsync(document.StoredAs, command.Content, cancellationToken);
        db.Documents.Add(document);
        return new DocumentUploadedResponse(document.Id.Value);
    }
}
