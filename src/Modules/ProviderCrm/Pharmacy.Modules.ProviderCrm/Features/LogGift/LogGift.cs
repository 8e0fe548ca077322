using FluentValidation;
using Mediator;
using Pharmacy.Modules.ProviderCrm.Domain.Accounts;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Features.LogGift;

/// <summary>
/// Logs a sample or gift given to a provider, with its value. Gifts, meals and samples worth $10 or more (or any entry
/// flagged by hand) carry the anti-kickback flag and wait for a compliance review.
/// </summary>
[Access(CrmAccess.Write)]
public sealed record LogGift(Guid ProviderId, string Kind, string Description, decimal Value, DateOnly GivenOn, bool FlagForReview = false)
    : ICommand<GiftLoggedResponse>;

public sealed record GiftLoggedResponse(Guid Id, bool AwaitsReview);

internal sealed class LogGiftValidator : InputValidator<LogGift>
{
    public LogGiftValidator(TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RuleFor(command => command.ProviderId).NotEmpty();
        RuleFor(command => command.Kind).NotEmpty().WithMessage("Choose a sample, meal, gift or educational item.")
            .IsEnumName(typeof(GiftKind), caseSensitive: false).WithMessage("Choose a sample, meal, gift or educational item.");
        RuleFor(command => command.Description).NotEmpty().WithMessage("Say what was given.").MaximumLength(500);
        RuleFor(command => command.Value).InclusiveBetween(0, GiftLogEntry.MaxValue)
            .WithMessage($"Enter a value from $0.00 to {Money.Dollars(GiftLogEntry.MaxValue)}.")
            .PrecisionScale(10, 2, ignoreTrailingZeros: true).WithMessage("Enter the value in dollars and cents.");
        RuleFor(command => command.GivenOn).NotEqual(default(DateOnly)).WithMessage("Enter the day it was given.")
            .InclusiveBetween(today.AddYears(-2), today.AddDays(1)).WithMessage("Enter a day within the last two years, not in the future.");
    }
}

internal sealed class LogGiftHandler(ProviderCrmDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<LogGift, GiftLoggedResponse>
{
    public async ValueTask<GiftLoggedResponse> Handle(LogGift command, CancellationToken cancellationToken)
    {
        var entry = GiftLogEntry.Log(
            command.ProviderId, await db.AccountExistsAsync(AccountKind.Provider, command.ProviderId, cancellationToken),
            Enum.Parse<GiftKind>(command.Kind, ignoreCase: true), command.Description, Money.Dollars(command.Value), command.GivenOn,
            command.FlagForReview, user.Id, user.Name, clock.GetUtcNow());
        db.GiftLog.Add(entry);
        return new GiftLoggedResponse(entry.Id.Value, entry.Review == GiftReview.Awaiting);
    }
}
