using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Web.Problems;

public static class ModelStateExtensions
{
    public const string ConcurrentChangeMessage =
        "Someone changed this record while you were working on it, and nothing of yours was saved. Here is its current state: check it, then repeat your change.";

    /// <summary>
    /// Runs a command from a page. Field errors go next to their fields (under <paramref name="prefix"/>), a broken
    /// business rule, a missing record, a refused signature or a change someone else saved first goes to the form's
    /// summary; nothing else is swallowed.
    /// </summary>
    public static async Task<bool> TryAsync(this ModelStateDictionary modelState, Func<Task> action, string prefix = "Input")
    {
        try
        {
            await action();
            return true;
        }
        catch (ValidationException validation)
        {
            foreach (var error in validation.Errors)
            {
                var key = string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}";
                modelState.AddModelError(key, error.ErrorMessage);
            }
        }
        catch (BusinessRuleValidationException rule)
        {
            modelState.AddModelError(string.Empty, rule.Message);
        }
        catch (NotFoundException notFound)
        {
            modelState.AddModelError(string.Empty, notFound.Message);
        }
        catch (SignatureRefusedException refused)
        {
            modelState.AddModelError(string.Empty, refused.Message);
        }
        catch (ForbiddenActException forbidden)
        {
            modelState.AddModelError(string.Empty, forbidden.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The page shows the record again as it is now, so the person sees what changed before repeating the act.
            modelState.AddModelError(string.Empty, ConcurrentChangeMessage);
        }

        return false;
    }
}
