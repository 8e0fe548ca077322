using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Documents;

public readonly record struct DocumentId(Guid Value) : ITypedId<DocumentId>
{
    public static DocumentId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

public enum DocumentKind
{
    [DisplayText("Licence copy")]
    LicenceCopy,

    [DisplayText("DEA certificate")]
    DeaCertificate,

    [DisplayText("Signed agreement")]
    SignedAgreement,

    [DisplayText("W-9")]
    W9,

    [DisplayText("Other")]
    Other,
}

/// <summary>
/// A document kept for a provider or an organisation (a licence copy, a DEA certificate, a signed agreement, a W-9): a PDF,
/// PNG or JPEG of at most <see cref="DocumentContent.MaxBytes"/>, recognised by its content rather than its name. The file
/// lives in the documents folder beside the databases; the record keeps its name, type, size and SHA-256.
/// </summary>
public sealed class AccountDocument : AggregateRoot
{
    private AccountDocument()
    {
    }

    public DocumentId Id { get; private set; }

    public AccountKind AccountKind { get; private set; }

    public Guid AccountId { get; private set; }

    public DocumentKind Kind { get; private set; }

    /// <summary>The name the file had when it was uploaded, for people; never used as a path.</summary>
    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long SizeBytes { get; private set; }

    public string Sha256 { get; private set; } = "";

    /// <summary>Where the file is, relative to the documents folder.</summary>
    public string StoredAs { get; private set; } = "";

    public string UploadedBy { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Checks the upload and names the file it is stored as; the content's first bytes decide its type.</summary>
    public static AccountDocument Upload(
        AccountKind accountKind, Guid accountId, bool accountExists, DocumentKind kind, string fileName, ReadOnlySpan<byte> content, string sha256,
        string uploadedBy, DateTimeOffset now)
    {
        CheckRule(new AccountMustBeRegisteredRule(accountKind, accountExists));
        CheckRule(new DocumentMustNotBeEmptyOrTooLargeRule(content.Length));
        var type = DocumentContent.Recognise(content);
        CheckRule(new DocumentMustBeAPdfPngOrJpegRule(type, fileName));
        var id = TypedId.New<DocumentId>();
        return new AccountDocument
        {
            Id = id,
            AccountKind = accountKind,
            AccountId = accountId,
            Kind = kind,
            FileName = SafeName(fileName),
            ContentType = type!.MediaType,
            SizeBytes = content.Length,
            Sha256 = sha256,
            StoredAs = $"crm/{accountKind.ToString().ToLowerInvariant()}s/{accountId}/{id.Value}{type.Extension}",
            UploadedBy = uploadedBy,
            UploadedAt = now,
        };
    }

    /// <summary>The last part of the name only, without folders a browser may have sent along.</summary>
    private static string SafeName(string fileName)
    {
        var name = fileName.Replace('\\', '/').Split('/')[^1].Trim();
        return name.Length == 0 ? "document" : name.Length > 200 ? name[..200] : name;
    }
}
