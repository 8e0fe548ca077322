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
/// Turns the errors a client can cause into ProblemDetails: validation 400 with field errors, broken business rule
/// 422 with the rule's message, unknown record 404, concurrent change 409, unreadable request 400. Anything else is
/// ours to fix and stays a 500.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem is null)
        {
            return false;
        }

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
        BadHttpRequestException badRequest => new ProblemDetails
        {
            Status = badRequest.StatusCode,
            Title = "The request could not be read.",
            Detail = badRequest.Message,
        },
        _ => null,
    };

    /// <summary>Field names as the JSON client sent them: "Patient.LastName" becomes "patient.lastName".</summary>
    public static string JsonName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
