using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Billing.Features.RecordPayment;

/// <summary>Records money received against a charge; the charge is paid once nothing is owed.</summary>
[Access(BillingAccess.Payments)]
public sealed record RecordPayment(Guid ChargeId, decimal Amount, PaymentMethod Method = PaymentMethod.Cash) : ICommand<PaymentRecorded>;

public sealed record RecordPaymentRequest(decimal Amount, PaymentMethod Method);

public sealed record PaymentRecorded(Guid PaymentId, decimal Balance, string Status);

internal sealed class RecordPaymentValidator : InputValidator<RecordPayment>
{
    /// <summary>Far above any one charge for compounded preparations; a typing error, not a payment.</summary>
    public const decimal MaxPayment = 100_000m;

    public RecordPaymentValidator()
    {
        RuleFor(command => command.Amount).GreaterThan(0).WithMessage("Enter an amount more than $0.00.")
            .LessThanOrEqualTo(MaxPayment).WithMessage($"One payment is at most {Money.Dollars(MaxPayment)}; record a larger sum as several.")
            .Must(amount => Money.Dollars(amount).HasWholeCents).WithMessage("Enter the amount in dollars and cents.");
        RuleFor(command => command.Method).IsInEnum().WithMessage("The method is Cash, Card or Check.");
    }
}

internal sealed class RecordPaymentHandler(BillingDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordPayment, PaymentRecorded>
{
    public async ValueTask<PaymentRecorded> Handle(RecordPayment command, CancellationToken cancellationToken)
    {
        var charge = await db.FindChargeAsync(ChargeId.From(command.ChargeId), cancellationToken);
        var payment = charge.RecordPayment(new Money(command.Amount, charge.Currency), command.Method, user.Name, clock.GetUtcNow());
        return new PaymentRecorded(payment.Id.Value, charge.Balance.Amount, charge.Status.ToString());
    }
}

internal static class RecordPaymentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/charges/{id:guid}/payments", async (Guid id, RecordPaymentRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                var recorded = await sender.Send(new RecordPayment(id, request.Amount, request.Method), cancellationToken);
                return Results.Created($"/api/billing/charges/{id}", recorded);
            })
            .WithName(nameof(RecordPayment))
            .RequireAccessTo<RecordPayment>()
            .WithSummary("Record a payment against a charge (not more than its balance)")
            .Produces<PaymentRecorded>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
