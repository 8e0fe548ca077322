using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Documents;

public sealed class DocumentMustBeAPdfPngOrJpegRule(DocumentType? recognised, string fileName) : IBusinessRule
{
    public bool IsBroken() => recognised is null;

    public string Message => $"{fileName} is not a PDF, PNG or JPEG file (its content says so, whatever its name); scan or save it as one of those.";
}

public sealed class DocumentMustNotBeEmptyOrTooLargeRule(long sizeBytes) : IBusinessRule
{
    public bool IsBroken() => sizeBytes is 0 or > DocumentContent.MaxBytes;

    public string Message => sizeBytes == 0
        ? "The file is empty; choose the document's file."
        : $"The file is {sizeBytes / (1024.0 * 1024.0):0.0} MB; a document is at most {DocumentContent.MaxBytes / (1024 * 1024)} MB.";
}
