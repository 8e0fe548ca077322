using FluentValidation;

namespace Pharmacy.Shared.Infrastructure.Validation;

/// <summary>
/// The base of every command and query validator: a rule stops at its first broken check, so a format check never
/// runs on an empty value and no rule needs a <c>When</c> that could silently switch off the checks before it.
/// </summary>
public abstract class InputValidator<T> : AbstractValidator<T>
{
    protected InputValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
    }
}
