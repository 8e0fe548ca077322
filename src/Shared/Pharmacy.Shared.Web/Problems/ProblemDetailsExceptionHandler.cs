using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Web.Problems;

/// <summary>
/// Turns the errors a client can cause into ProblemDetails on the API: validation 400 with field errors, unreadable
/// request 400 naming the field, broken business rule 422 with the rule's message, unknown record 404, concurrent
/// change 409. Anything else is ours to fix: a 500 that says nothing of the server's insides. A page never answers
/// JSON: its errors are left to the friendly error page (see <see cref="StatusFor"/>).
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!ApiRequests.IsApi(httpContext))
        {
            return false;
        }

        var problem = ToProblem(exception) ?? new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "The pharmacy system could not complete this request.",
            Detail = "Nothing was changed. If it happens again, quote the trace id to support.",
        };

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        ValidationException validation => new HttpValidationProblemDetails(
            validation.Errors
                .GroupBy(error => JsonName(error.PropertyName))
                .ToDictionary(group => group.Key, group => group.Select(error => error.ErrorMessage).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request has invalid fields.",
        },
        BusinessRuleValidationException rule => new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The request breaks a business rule.",
            Detail = rule.Message,
            Extensions = { [ProblemExtensions.Rule] = rule.RuleName },
        },
        SignatureRefusedException refused => new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The electronic signature was refused.",
            Detail = refused.Message,
            Extensions = { [ProblemExtensions.Rule] = "SignatureRefused" },
        },
        ForbiddenActException forbidden => new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "Not allowed.",
            Detail = forbidden.Message,
        },
        NotFoundException notFound => new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = "Not found.",
            Detail = notFound.Message,
        },
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The record was changed by someone else.",
            Detail = "Reload it and try again.",
        },
        BadHttpRequestException badRequest => new HttpValidationProblemDetails(UnreadableRequest.FieldErrors(badRequest))
        {
            Status = badRequest.StatusCode,
            Title = "The request could not be read.",
        },
        _ => null,
    };

    /// <summary>The status of the answer to an exception, for the error page as for the API.</summary>
    public static int StatusFor(Exception exception) => ToProblem(exception)?.Status ?? StatusCodes.Status500InternalServerError;

    /// <summary>Field names as the JSON client sent them: "Patient.LastName" becomes "patient.lastName".</summary>
    public static string JsonName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
