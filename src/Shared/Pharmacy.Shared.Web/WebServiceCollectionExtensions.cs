using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Shared.Web.Problems;

namespace Pharmacy.Shared.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>ProblemDetails for every error answer of the API, with the trace id to quote to support.</summary>
    public static IServiceCollection AddPharmacyProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
