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

namespace Pharmacy.Modules.ProviderCrm.Features.RecordProviderLicence;

/// <summary>Records a provider's state licence (or its renewal in that state); Prescriptions learns it by event.</summary>
[Access(CrmAccess.Write)]
public sealed record RecordProviderLicence(Guid ProviderId, string State, string Number, DateOnly ExpiresOn) : ICommand;

public sealed record RecordProviderLicenceRequest(string State, string Number, DateOnly ExpiresOn);

internal sealed class RecordProviderLicenceValidator : InputValidator<RecordProviderLicence>
{
    /// <summary>State licences run for one to three years; ten years ahead is a typing error.</summary>
    private const int MaxYearsAhead = 10;

    public RecordProviderLicenceValidator(TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RuleFor(command => command.State).NotEmpty().WithMessage("Enter the state that issued the licence.")
            .Must(LicensingStates.IsLicensingState).WithMessage(LicensingStates.Message);
        RuleFor(command => command.Number).NotEmpty().WithMessage("Enter the licence number.").MaximumLength(30)
            .Matches("^[A-Za-z0-9][A-Za-z0-9 .\\-/]*$").WithMessage("A licence number is letters and digits (with - . / or spaces).");
        RuleFor(command => command.ExpiresOn).NotEqual(default(DateOnly)).WithMessage("Enter the expiry date.")
            .GreaterThanOrEqualTo(today).WithMessage("The licence has expired; record the renewed licence.")
            .LessThanOrEqualTo(today.AddYears(MaxYearsAhead)).WithMessage($"Enter an expiry date within {MaxYearsAhead} years.");
    }
}

internal sealed class RecordProviderLicenceHandler(ProviderCrmDbContext db, TimeProvider clock) : ICommandHandler<RecordProviderLicence>
{
    public async ValueTask<Unit> Handle(RecordProviderLicence command, CancellationToken cancellationToken)
    {
        var provider = await db.FindProviderAsync(ProviderId.From(command.ProviderId), cancellationToken);
        provider.RecordLicence(command.State, command.Number, command.ExpiresOn, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class RecordProviderLicenceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/providers/{id:guid}/licences", async (Guid id, RecordProviderLicenceRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new RecordProviderLicence(id, request.State, request.Number, request.ExpiresOn), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(RecordProviderLicence))
            .RequireAccessTo<RecordProviderLicence>()
            .WithSummary("Record a provider's state licence, or its renewal")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
