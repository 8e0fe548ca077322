using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Web.Problems;

public static class ModelStateExtensions
{
    /// <summary>
    /// Runs a command from a page. Field errors go next to their fields (under <paramref name="prefix"/>), a broken
    /// business rule or a missing record goes to the form's summary; nothing else is swallowed.
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

        return false;
    }
}
