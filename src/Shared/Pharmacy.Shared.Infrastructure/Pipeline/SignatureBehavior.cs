using Mediator;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Shared.Infrastructure.Pipeline;

/// <summary>
/// Before a signing act runs: only a person can sign (never an API key), and only with their own password. A wrong
/// password changes nothing, counts toward lockout and is refused.
/// </summary>
public sealed class SignatureBehavior<TMessage, TResponse>(
    ICurrentUser user, ISignatureVerifier verifier, SignatureScope scope, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not ISignedCommand signed)
        {
            return await next(message, cancellationToken);
        }

        if (!user.IsPerson)
        {
            throw new SignatureRefusedException("Signing acts are done by people: sign in and sign with your own password.");
        }

        if (string.IsNullOrWhiteSpace(signed.Signature.Meaning))
        {
            throw new SignatureRefusedException("State the meaning of your signature.");
        }

        var check = await verifier.VerifyAsync(user.Id, signed.Signature.Password ?? "", cancellationToken);
        if (check != SignatureCheck.Verified)
        {
            throw new SignatureRefusedException(check == SignatureCheck.LockedOut
                ? "Your account is locked after too many wrong passwords. Ask an administrator or wait before signing again."
                : "The password is not correct; nothing was signed.");
        }

        scope.Current = new ElectronicSignature(user.Id, user.Name, signed.Signature.Meaning.Trim(), clock.GetUtcNow());
        return await next(message, cancellationToken);
    }
}
