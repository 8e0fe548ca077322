using FluentValidation;
using Mediator;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Portal.Features.AnswerOrderQuestion;

/// <summary>The clinic answers the pharmacy's question on an order; the answer is sent to the prescription as <c>PortalClarificationAnswered</c>.</summary>
[Access(PortalAccess.Order)]
public sealed record AnswerOrderQuestion(Guid OrderId, string Answer) : ICommand;

internal sealed class AnswerOrderQuestionValidator : InputValidator<AnswerOrderQuestion>
{
    public AnswerOrderQuestionValidator() =>
        RuleFor(c => c.Answer).NotEmpty().WithMessage("Write the answer to the pharmacy's question.").MaximumLength(1000);
}

internal sealed class AnswerOrderQuestionHandler(PortalDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AnswerOrderQuestion>
{
    public async ValueTask<Unit> Handle(AnswerOrderQuestion command, CancellationToken cancellationToken)
    {
        var order = await db.OrderToActOnAsync(command.OrderId, cancellationToken);
        order.AnswerQuestion(command.Answer, user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}
