using System.Text;
using Pharmacy.Modules.ProviderCrm.Domain.Documents;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Tests;

public sealed class DocumentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly Guid Provider = Guid.CreateVersion7();

    public static TheoryData<string, byte[], string> Accepted => new()
    {
        { "licence.pdf", Encoding.ASCII.GetBytes("%PDF-1.7 state medical licence"), "application/pdf" },
        { "dea.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], "image/png" },
        { "w9 scan.JPG", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "image/jpeg" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void A_pdf_png_or_jpeg_is_kept_under_a_name_the_system_chose(string fileName, byte[] content, string mediaType)
    {
        var document = Upload(fileName, content);

        Assert.Equal(mediaType, document.ContentType);
        Assert.Equal(fileName, document.FileName);
        Assert.StartsWith($"crm/providers/{Provider}/{document.Id.Value}", document.StoredAs);
        Assert.DoesNotContain(fileName, document.StoredAs);
    }

    [Fact]
    public void A_file_named_pdf_whose_content_is_not_one_is_refused()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() =>
            Upload("licence.pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")));

        Assert.IsType<DocumentMustBeAPdfPngOrJpegRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_file_over_ten_megabytes_or_an_empty_one_is_refused()
    {
        var tooLarge = new byte[DocumentContent.MaxBytes + 1];
        "%PDF-"u8.CopyTo(tooLarge);

        var large = Assert.Throws<BusinessRuleValidationException>(() => Upload("scan.pdf", tooLarge));
        var empty = Assert.Throws<BusinessRuleValidationException>(() => Upload("scan.pdf", []));

        Assert.IsType<DocumentMustNotBeEmptyOrTooLargeRule>(large.BrokenRule);
        Assert.IsType<DocumentMustNotBeEmptyOrTooLargeRule>(empty.BrokenRule);
    }

    [Fact]
    public void Folders_sent_with_the_file_name_are_dropped()
    {
        var document = Upload("..\\..\\etc/passwd.pdf", Encoding.ASCII.GetBytes("%PDF-1.4"));

        Assert.Equal("passwd.pdf", document.FileName);
    }

    private static AccountDocument Upload(string fileName, byte[] content) => AccountDocument.Upload(
        AccountKind.Provider, Provider, accountExists: true, DocumentKind.LicenceCopy, fileName, content, "sha", "Avery Brooks", Now);
}
