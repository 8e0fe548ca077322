using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Features.RegisterProvider;

internal static class RegisterProviderEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/providers", async (RegisterProvider command, ISender sender, CancellationToken cancellationToken) =>
            {
                var registered = await sender.Send(command, cancellationToken);
                return Results.Created($"/api/crm/providers/{registered.Id}", registered);
            })
            .WithName(nameof(RegisterProvider))
            .RequireAccessTo<RegisterProvider>()
            .WithSummary("Register a prescriber (starts in onboarding)")
            .Produces<ProviderRegisteredResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
