using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Domain.Agreements;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Modules.ProviderCrm.Contracts;

namespace Pharmacy.Modules.Billing.Features.RecordPricingAgreement;

/// <summary>The CRM made, ended or withdrew a pricing agreement: keep Billing's copy as the CRM says it now.</summary>
public sealed record RecordPricingAgreement(
    Guid AgreementId, AgreementAccount Account, Guid AccountId, string FormulaCode, decimal? PricePerUnit, decimal? DiscountPercent,
    DateOnly EffectiveFrom, DateOnly? EffectiveTo, bool Withdrawn, DateTimeOffset ChangedAt) : ICommand
{
    public static RecordPricingAgreement From(PricingAgreementChanged message) => new(
        message.AgreementId, Enum.Parse<AgreementAccount>(message.AccountKind), message.AccountId, message.FormulaCode, message.PricePerUnit,
        message.DiscountPercent, message.EffectiveFrom, message.EffectiveTo, message.Withdrawn, message.OccurredAt);
}

internal sealed class RecordPricingAgreementHandler(BillingDbContext db) : ICommandHandler<RecordPricingAgreement>
{
    public async ValueTask<Unit> Handle(RecordPricingAgreement command, CancellationToken cancellationToken)
    {
        var agreement = await db.AccountAgreements.SingleOrDefaultAsync(a => a.AgreementId == command.AgreementId, cancellationToken);
        if (agreement is null)
        {
            db.AccountAgreements.Add(AccountAgreement.Record(
                command.AgreementId, command.Account, command.AccountId, command.FormulaCode, command.PricePerUnit, command.DiscountPercent,
                command.EffectiveFrom, command.EffectiveTo, command.Withdrawn, command.ChangedAt));
        }
        else
        {
            agreement.Change(
                command.FormulaCode, command.PricePerUnit, command.DiscountPercent, command.EffectiveFrom, command.EffectiveTo, command.Withdrawn,
                command.ChangedAt);
        }

        return Unit.Value;
    }
}
