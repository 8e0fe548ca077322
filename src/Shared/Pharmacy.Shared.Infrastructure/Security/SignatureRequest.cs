namespace Pharmacy.Shared.Infrastructure.Security;

/// <summary>The body of a signing request: the signer's password again and what the signature means.</summary>
public sealed record SignatureRequest(string Password, string Meaning)
{
    public SignatureInput ToInput() => new(Password ?? "", Meaning ?? "");
}
