namespace Pharmacy.Modules.ProviderCrm.Domain.Documents;

/// <summary>A file type a document may have, recognised by the magic bytes its content starts with.</summary>
public sealed record DocumentType(string MediaType, string Extension);

public static class DocumentContent
{
    /// <summary>A scanned licence or a signed agreement is well under this; a larger file is a wrong file.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    public static readonly DocumentType Pdf = new("application/pdf", ".pdf");
    public static readonly DocumentType Png = new("image/png", ".png");
    public static readonly DocumentType Jpeg = new("image/jpeg", ".jpg");

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    /// <summary>The type the content is, by its first bytes; none for anything else, whatever the file is called.</summary>
    public static DocumentType? Recognise(ReadOnlySpan<byte> content) =>
        content.StartsWith(PdfMagic) ? Pdf
        : content.StartsWith(PngMagic) ? Png
        : content.StartsWith(JpegMagic) ? Jpeg
        : null;
}
