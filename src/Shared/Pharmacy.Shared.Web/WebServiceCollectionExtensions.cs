using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Shared.Web.Problems;

namespace Pharmacy.Shared.Web;

public static class WebServiceCollectionExtensions
{
    public const string ErrorPage = "/Error";

    /// <summary>
    /// ProblemDetails for every error answer of the API, with the trace id to quote to support, and JSON read strictly
    /// (<see cref="RequestJson"/>), so that a request the API cannot read is a 400 naming the field.
    /// </summary>
    public static IServiceCollection AddPharmacyProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(RequestJson.Configure);
        return services;
    }

    /// <summary>
    /// Errors answered by kind of request: the API with ProblemDetails, pages with the friendly error page (status
    /// shown in words, never JSON), for exceptions and for empty error answers (404 of an unknown page) alike.
    /// </summary>
    public static WebApplication UsePharmacyErrorAnswers(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = ErrorPage,
            StatusCodeSelector = ProblemDetailsExceptionHandler.StatusFor,
            // A refusal the client caused is an answer, not a fault: logging it would copy what was sent into the logs.
            SuppressDiagnosticsCallback = context => ProblemDetailsExceptionHandler.ToProblem(context.Exception) is not null,
        });
        app.UseWhen(context => ApiRequests.IsApi(context), api => api.UseStatusCodePages());
        app.UseWhen(context => !ApiRequests.IsApi(context), pages => pages.UseStatusCodePagesWithReExecute(ErrorPage, "?status={0}"));
        return app;
    }
}
