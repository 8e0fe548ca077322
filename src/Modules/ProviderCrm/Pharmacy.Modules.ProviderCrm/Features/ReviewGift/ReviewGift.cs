using FluentValidation;
using Mediator;
using Pharmacy.Modules.ProviderCrm.Domain.Accounts;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.ProviderCrm.Features.ReviewGift;

/// <summary>
/// A pharmacist or an administrator approves or rejects a flagged sample or gift, with the reason, under their electronic
/// signature (password again and the signature's meaning); never the person who logged it.
/// </summary>
[Access(CrmAccess.Compliance)]
public sealed record ReviewGift(Guid GiftId, bool Approve, string Note, SignatureInput Signature) : ICommand, ISignedCommand;

internal sealed class ReviewGiftValidator : InputValidator<ReviewGift>
{
    public ReviewGiftValidator() =>
        RuleFor(command => command.Note).NotEmpty().WithMessage("Say why the entry is approved or rejected.").MaximumLength(500);
}

internal sealed class ReviewGiftHandler(ProviderCrmDbContext db, SignatureScope signature, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReviewGift>
{
    public async ValueTask<Unit> Handle(ReviewGift command, CancellationToken cancellationToken)
    {
        var entry = await db.FindGiftAsync(GiftId.From(command.GiftId), cancellationToken);
        var signer = signature.Current;
        entry.Decide(command.Approve, command.Note, signer?.UserId ?? user.Id, signer?.UserName ?? user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}
