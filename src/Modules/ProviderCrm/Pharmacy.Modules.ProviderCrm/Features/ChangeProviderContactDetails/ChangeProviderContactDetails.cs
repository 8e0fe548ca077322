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

namespace Pharmacy.Modules.ProviderCrm.Features.ChangeProviderContactDetails;

/// <summary>Changes how a provider is reached (email, phone) and their specialties; the NPI and name stay as registered.</summary>
[Access(CrmAccess.Write)]
public sealed record ChangeProviderContactDetails(Guid ProviderId, string? Email, string? Phone, string? Specialties) : ICommand;

public sealed record ChangeProviderContactDetailsRequest(string? Email, string? Phone, string? Specialties);

internal sealed class ChangeProviderContactDetailsValidator : InputValidator<ChangeProviderContactDetails>
{
    public ChangeProviderContactDetailsValidator()
    {
        RuleFor(command => command.Email).MaximumLength(254).Must(ContactRules.IsEmail).WithMessage("Enter a valid email address.");
        RuleFor(command => command.Phone).MaximumLength(30).Must(ContactRules.IsPhoneNumber)
            .WithMessage("Enter a US phone number of 10 digits, such as (512) 555-0142.");
        RuleFor(command => command.Specialties).MaximumLength(300);
    }
}

internal sealed class ChangeProviderContactDetailsHandler(ProviderCrmDbContext db) : ICommandHandler<ChangeProviderContactDetails>
{
    public async ValueTask<Unit> Handle(ChangeProviderContactDetails command, CancellationToken cancellationToken)
    {
        var provider = await db.FindProviderAsync(ProviderId.From(command.ProviderId), cancellationToken);
        provider.ChangeContactDetails(command.Email, command.Phone, command.Specialties);
        return Unit.Value;
    }
}

internal static class ChangeProviderContactDetailsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/providers/{id:guid}/contact-details", async (Guid id, ChangeProviderContactDetailsRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new ChangeProviderContactDetails(id, request.Email, request.Phone, request.Specialties), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(ChangeProviderContactDetails))
            .RequireAccessTo<ChangeProviderContactDetails>()
            .WithSummary("Change a provider's email, phone and specialties")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
