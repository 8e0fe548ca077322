using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Shared.Web.Forms;

/// <summary>
/// The signature fields of a signing act's form, shaped like the command's <see cref="SignatureInput"/>, so that the
/// command's errors (Signature.Password, Signature.Meaning) land on these fields under the act's own form name. The
/// password is never shown again: a password input renders no value.
/// </summary>
public sealed class SignatureForm
{
    public string? Password { get; set; }

    public string? Meaning { get; set; }

    public SignatureInput ToInput() => new(Password ?? "", Meaning ?? "");

    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"{nameof(SignatureForm)} {{ Meaning = {Meaning} }}";
}
