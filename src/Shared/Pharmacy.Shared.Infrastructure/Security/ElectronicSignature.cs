namespace Pharmacy.Shared.Infrastructure.Security;

/// <summary>
/// A signing act (verifying a prescription, approving a formula, checking or releasing a batch). The person enters
/// their password again and states what the signature means (21 CFR Part 11 spirit); both are checked before the
/// command runs, and the signature is stored with the audit entry.
/// </summary>
public interface ISignedCommand
{
    SignatureInput Signature { get; }
}

public sealed record SignatureInput(string Password, string Meaning)
{
    /// <summary>Never prints the password, wherever a command holding a signature is printed.</summary>
    public override string ToString() => $"{nameof(SignatureInput)} {{ Meaning = {Meaning} }}";
}

/// <summary>A verified signature: who signed, what it means, when.</summary>
public sealed record ElectronicSignature(string UserId, string UserName, string Meaning, DateTimeOffset SignedAt);

public enum SignatureCheck
{
    Verified,
    WrongPassword,
    LockedOut,
}

/// <summary>Checks a person's password again; every wrong password counts toward lockout.</summary>
public interface ISignatureVerifier
{
    Task<SignatureCheck> VerifyAsync(string userId, string password, CancellationToken cancellationToken);
}

/// <summary>The signature could not be given; nothing was changed.</summary>
public sealed class SignatureRefusedException(string message) : Exception(message);

/// <summary>Holds the signature of the command being handled, for the audit entries of its unit of work.</summary>
public sealed class SignatureScope
{
    public ElectronicSignature? Current { get; set; }
}
