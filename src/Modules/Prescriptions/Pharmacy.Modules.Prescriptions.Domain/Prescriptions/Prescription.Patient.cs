using Pharmacy.Modules.Prescriptions.Domain.Patients;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed partial class Prescription
{
    /// <summary>
    /// The patient record this prescription belongs to. <see cref="Patient"/> stays as the prescription named the patient
    /// ("as written"); the record holds what the pharmacy knows of them now. None only for prescriptions received before
    /// patients were kept as records.
    /// </summary>
    public PatientId? PatientId { get; private set; }

    /// <summary>On intake, and when the patient's duplicate record is merged into the kept one.</summary>
    public void BelongsTo(PatientId patientId) => PatientId = patientId;
}
