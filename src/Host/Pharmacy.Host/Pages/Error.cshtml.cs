using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Pharmacy.Host.Pages;

/// <summary>
/// The page people see when a page cannot be shown: an unknown address, a record that does not exist, a form that
/// could not be read, or a fault of ours. It explains in words and never shows JSON or the server's insides. It
/// answers whatever method the failed request used, so a failed form post lands here too.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public int? Status { get; set; }

    public int Code { get; private set; }

    public string TraceId { get; private set; } = "";

    public bool IsServerError => Code >= 500;

    public string Title => Code switch
    {
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status403Forbidden => "Not allowed",
        StatusCodes.Status409Conflict => "Changed by someone else",
        StatusCodes.Status429TooManyRequests => "Too many requests",
        >= 400 and < 500 => "The request could not be completed",
        _ => "Something went wrong",
    };

    public string Explanation => Code switch
    {
        StatusCodes.Status404NotFound => "There is no page or record at this address. It may have been mistyped, or the link is out of date.",
        StatusCodes.Status403Forbidden => "Your role does not allow this. Nothing was changed.",
        StatusCodes.Status409Conflict => "Someone changed this record while you were working on it. Nothing of yours was saved.",
        StatusCodes.Status429TooManyRequests => "Too many requests came from here in a short time. Nothing was changed.",
        >= 400 and < 500 => "The request could not be read. Nothing was changed.",
        _ => "The pharmacy system could not complete this request. Nothing was changed.",
    };

    public string NextStep => Code switch
    {
        StatusCodes.Status404NotFound => "Use the navigation or search to find what you were looking for.",
        StatusCodes.Status409Conflict => "Open the record again to see its current state, then repeat your change.",
        StatusCodes.Status429TooManyRequests => "Wait a minute, then try again.",
        >= 400 and < 500 => "Go back, check the form and try again.",
        _ => "Try again. If it happens again, quote the reference below to support.",
    };

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        Code = Status is >= 400 and < 600 ? Status.Value : Response.StatusCode is >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError;
        Response.StatusCode = Code;
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
