using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.ProviderCrm.Features.RegisterProvider;

/// <summary>
/// Registers a prescriber; they start in onboarding (or as a prospect, at first contact) and cannot prescribe until
/// activated. An NPI is registered once.
/// </summary>
[Access(CrmAccess.Write)]
public sealed record RegisterProvider(
    string Npi, string FirstName, string LastName, string Credential, string? Email = null, string? Phone = null, string? Specialties = null,
    bool Prospect = false)
    : ICommand<ProviderRegisteredResponse>;

public sealed record ProviderRegisteredResponse(Guid Id);

internal sealed class RegisterProviderValidator : InputValidator<RegisterProvider>
{
    public RegisterProviderValidator()
    {
        RuleFor(command => command.Npi).NotEmpty().WithMessage("Enter the provider's NPI.")
            .Must(Npi.IsValid).WithMessage("An NPI is 10 digits and its last digit must match the check digit.");
        RuleFor(command => command.FirstName).NotEmpty().WithMessage("Enter the first name.").MaximumLength(100);
        RuleFor(command => command.LastName).NotEmpty().WithMessage("Enter the last name.").MaximumLength(100);
        RuleFor(command => command.Credential).NotEmpty().WithMessage("Choose a credential.")
            .IsEnumName(typeof(Credential), caseSensitive: false).WithMessage($"Credential must be one of {string.Join(", ", Enum.GetNames<Credential>())}.");
        RuleFor(command => command.Email).MaximumLength(254).Must(ContactRules.IsEmail)
            .WithMessage("Enter a valid email address.");
        RuleFor(command => command.Phone).MaximumLength(30).Must(ContactRules.IsPhoneNumber)
            .WithMessage("Enter a US phone number of 10 digits, such as (512) 555-0142.");
        RuleFor(command => command.Specialties).MaximumLength(300);
    }
}

internal sealed class RegisterProviderHandler(ProviderCrmDbContext db, TimeProvider clock)
    : ICommandHandler<RegisterProvider, ProviderRegisteredResponse>
{
    public async ValueTask<ProviderRegisteredResponse> Handle(RegisterProvider command, CancellationToken cancellationToken)
    {
        var npi = Npi.Create(command.Npi);
        var alreadyRegistered = await db.Providers.AnyAsync(provider => provider.Npi == npi.Value, cancellationToken);
        var provider = Provider.Register(
            npi, command.FirstName, command.LastName, Enum.Parse<Credential>(command.Credential, ignoreCase: true),
            command.Email, command.Phone, alreadyRegistered, clock.GetUtcNow(), command.Specialties, command.Prospect);
        db.Providers.Add(provider);
        return new ProviderRegisteredResponse(provider.Id.Value);
    }
}
