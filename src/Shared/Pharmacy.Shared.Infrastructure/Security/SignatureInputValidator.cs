using FluentValidation;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Shared.Infrastructure.Security;

/// <summary>What every signing act asks of its signature: the password again and the meaning, in words of a sane length.</summary>
public sealed class SignatureInputValidator : InputValidator<SignatureInput>
{
    public const int MeaningLength = 300;

    /// <summary>Identity's own passwords are far shorter; a longer one is a paste, not a password.</summary>
    public const int PasswordLength = 200;

    public static readonly SignatureInputValidator Instance = new();

    public SignatureInputValidator()
    {
        RuleFor(signature => signature.Password).NotEmpty().WithMessage("Enter your password to sign.")
            .MaximumLength(PasswordLength).WithMessage("That is not a password: it is far too long.");
        RuleFor(signature => signature.Meaning).NotEmpty().WithMessage("Choose what your signature means.")
            .MaximumLength(MeaningLength);
    }
}
