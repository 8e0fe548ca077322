using FluentValidation;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Compounding.Features;

/// <summary>The body of a signing request: the signer's password again and what the signature means.</summary>
public sealed record SignatureRequest(string Password, string Meaning)
{
    public SignatureInput ToInput() => new(Password ?? "", Meaning ?? "");
}

internal sealed class SignatureInputValidator : AbstractValidator<SignatureInput>
{
    public SignatureInputValidator()
    {
        RuleFor(signature => signature.Password).NotEmpty().WithMessage("Enter your password to sign.");
        RuleFor(signature => signature.Meaning).NotEmpty().WithMessage("Choose what your signature means.").MaximumLength(300);
    }
}
