using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Features.RecordDeaRegistration;

/// <summary>Records a provider's DEA registration (or its renewal): number, schedules covered, expiry.</summary>
[Access(CrmAccess.Write)]
public sealed record RecordDeaRegistration(Guid ProviderId, string Number, IReadOnlyList<string> Schedules, DateOnly ExpiresOn) : ICommand;

public sealed record RecordDeaRegistrationRequest(string Number, IReadOnlyList<string> Schedules, DateOnly ExpiresOn);

internal sealed class RecordDeaRegistrationValidator : InputValidator<RecordDeaRegistration>
{
    /// <summary>A DEA registration runs for three years.</summary>
    private const int MaxYearsAhead = 4;

    public RecordDeaRegistrationValidator(TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RuleFor(command => command.Number).NotEmpty().WithMessage("Enter the DEA number.")
            .Must(DeaNumber.IsWellFormed).WithMessage("A DEA number is two letters and seven digits, and its last digit must match the check digit.");
        RuleFor(command => command.Schedules).NotEmpty().WithMessage("Choose the schedules the registration covers.")
            .Must(schedules => schedules.Count <= DeaSchedules.All.Count).WithMessage("Choose each schedule at most once.");
        RuleForEach(command => command.Schedules).Must(DeaSchedules.IsSchedule)
            .WithMessage($"A schedule is one of {string.Join(", ", DeaSchedules.All)}.");
        RuleFor(command => command.ExpiresOn).NotEqual(default(DateOnly)).WithMessage("Enter the expiry date.")
            .GreaterThanOrEqualTo(today).WithMessage("The registration has expired; record the renewed registration.")
            .LessThanOrEqualTo(today.AddYears(MaxYearsAhead)).WithMessage($"A DEA registration runs for three years; enter an expiry within {MaxYearsAhead}.");
    }
}

internal sealed class RecordDeaRegistrationHandler(ProviderCrmDbContext db, TimeProvider clock) : ICommandHandler<RecordDeaRegistration>
{
    public async ValueTask<Unit> Handle(RecordDeaRegistration command, CancellationToken cancellationToken)
    {
        var provider = await db.FindProviderAsync(ProviderId.From(command.ProviderId), cancellationToken);
        provider.RecordDeaRegistration(command.Number, command.Schedules, command.ExpiresOn, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class RecordDeaRegistrationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/providers/{id:guid}/dea-registrations", async (Guid id, RecordDeaRegistrationRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new RecordDeaRegistration(id, request.Number, request.Schedules, request.ExpiresOn), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(RecordDeaRegistration))
            .RequireAccessTo<RecordDeaRegistration>()
            .WithSummary("Record a provider's DEA registration, or its renewal")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
