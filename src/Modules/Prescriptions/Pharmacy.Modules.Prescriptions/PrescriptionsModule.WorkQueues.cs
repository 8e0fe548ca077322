using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Features.GetClarifications;
using Pharmacy.Modules.Prescriptions.Features.GetPrescriptions;
using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Modules.Prescriptions;

public sealed partial class PrescriptionsModule
{
    public IEnumerable<WorkQueue> WorkQueues =>
    [
        new("Prescriptions to verify", "/Prescriptions/Queue?status=Received", 20, PrescriptionAccess.ReadRule.Roles,
            async (sender, ct) => (await sender.Send(new GetPrescriptions(null, PrescriptionStatus.Received, PageSize: 1), ct)).TotalCount,
            "Received and waiting for a pharmacist's verification"),
        new("Questions to prescribers", "/Prescriptions/Clarifications", 21, PrescriptionAccess.ReadRule.Roles,
            async (sender, ct) => (await sender.Send(new GetClarifications(null, ClarificationFilter.Open, PageSize: 1), ct)).TotalCount,
            "Waiting for the prescriber's answer"),
        new("Final check", "/Prescriptions/Queue?status=ReadyToDispense&stage=FinalCheck", 22, PrescriptionAccess.VerifyRule.Roles,
            async (sender, ct) => (await sender.Send(
                new GetPrescriptions(null, PrescriptionStatus.ReadyToDispense, PageSize: 1, Stage: DispensingStage.FinalCheck), ct)).TotalCount,
            "Released by quality, waiting for a pharmacist's final check"),
        new("Ready to dispense", "/Prescriptions/Queue?status=ReadyToDispense&stage=HandOut", 23, PrescriptionAccess.WorkRule.Roles,
            async (sender, ct) => (await sender.Send(
                new GetPrescriptions(null, PrescriptionStatus.ReadyToDispense, PageSize: 1, Stage: DispensingStage.HandOut), ct)).TotalCount,
            "Checked by a pharmacist, to pick up or ship"),
    ];
}
