using FluentValidation;
using Mediator;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Prescriptions.Features.RecordPatientAllergies;

/// <summary>
/// The patient's answer about allergies: the allergies listed (coded or as written), or explicitly none known, or not yet asked.
/// </summary>
[Access(PatientAccess.Edit)]
public sealed record RecordPatientAllergies(Guid PatientId, AllergyStatus Status, IReadOnlyList<AllergyInput> Allergies) : ICommand;

public sealed record AllergyInput(string Substance, string? Code, string? Reaction);

internal sealed class RecordPatientAllergiesValidator : InputValidator<RecordPatientAllergies>
{
    public RecordPatientAllergiesValidator()
    {
        RuleFor(c => c.Status).IsInEnum().WithMessage("Choose whether the patient has allergies, has none known, or was not asked yet.");
        RuleFor(c => c.Allergies).Must(list => list.Count <= PatientLimits.Allergies).WithMessage($"List at most {PatientLimits.Allergies} allergies.");
        RuleForEach(c => c.Allergies).ChildRules(allergy =>
        {
            allergy.RuleFor(a => a.Substance).NotEmpty().WithMessage("Name the substance.").MaximumLength(PatientLimits.Allergy);
            allergy.RuleFor(a => a.Code).MaximumLength(PatientLimits.Code);
            allergy.RuleFor(a => a.Reaction).MaximumLength(PatientLimits.Allergy);
        });
    }
}

internal sealed class RecordPatientAllergiesHandler(PrescriptionsDbContext db) : ICommandHandler<RecordPatientAllergies>
{
    public async ValueTask<Unit> Handle(RecordPatientAllergies command, CancellationToken cancellationToken)
    {
        var patient = await db.FindPatientAsync(command.PatientId, cancellationToken);
        patient.RecordAllergies(command.Status, [.. command.Allergies.Select(a => new Allergy(a.Substance, a.Code, a.Reaction))]);
        return Unit.Value;
    }
}
