using FluentValidation;
using Mediator;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Prescriptions.Features.RecordPatientMedications;

/// <summary>What the patient takes now (from anywhere, not only this pharmacy), as they or the prescriber told it.</summary>
[Access(PatientAccess.Edit)]
public sealed record RecordPatientMedications(Guid PatientId, IReadOnlyList<string> Medications) : ICommand;

internal sealed class RecordPatientMedicationsValidator : InputValidator<RecordPatientMedications>
{
    public RecordPatientMedicationsValidator()
    {
        RuleFor(c => c.Medications).Must(list => list.Count <= PatientLimits.Medications)
            .WithMessage($"List at most {PatientLimits.Medications} medications.");
        RuleForEach(c => c.Medications).MaximumLength(PatientLimits.Medication)
            .WithMessage($"Write each medication in at most {PatientLimits.Medication} characters.");
    }
}

internal sealed class RecordPatientMedicationsHandler(PrescriptionsDbContext db) : ICommandHandler<RecordPatientMedications>
{
    public async ValueTask<Unit> Handle(RecordPatientMedications command, CancellationToken cancellationToken)
    {
        var patient = await db.FindPatientAsync(command.PatientId, cancellationToken);
        patient.RecordCurrentMedications(command.Medications);
        return Unit.Value;
    }
}
