using FluentValidation;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http;
using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Fhir;

/// <summary>One problem with a resource a sender sent, at the element it concerns (a FHIRPath expression).</summary>
internal sealed record FhirProblem(string Expression, string Message);

/// <summary>
/// The refusals of the FHIR endpoints as OperationOutcome: 400 for a resource that cannot be read or lacks what intake
/// needs, 422 for a broken intake rule, 404 for a prescription the caller cannot see. Each issue names the element.
/// </summary>
internal static class FhirOutcomes
{
    /// <summary>The element of a MedicationRequest each command field comes from, as the validators name the fields.</summary>
    private static readonly Dictionary<string, string> ElementOfField = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ExternalId"] = "MedicationRequest.identifier",
        ["PrescriberNpi"] = "Practitioner.identifier",
        ["Patient.FirstName"] = "Patient.name.given",
        ["Patient.LastName"] = "Patient.name.family",
        ["Patient.DateOfBirth"] = "Patient.birthDate",
        ["Patient.Sex"] = "Patient.gender",
        ["Patient.State"] = "Patient.address.state",
        ["FormulaCode"] = "MedicationRequest.medication",
        ["Quantity"] = "MedicationRequest.dispenseRequest.quantity",
        ["Directions"] = "MedicationRequest.dosageInstruction.text",
        ["DaysSupply"] = "MedicationRequest.dispenseRequest.expectedSupplyDuration",
        ["Refills"] = "MedicationRequest.dispenseRequest.numberOfRepeatsAllowed",
        ["WrittenOn"] = "MedicationRequest.authoredOn",
    };

    public static IResult Invalid(IEnumerable<FhirProblem> problems) =>
        Outcome(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Invalid, problems);

    public static IResult NotFound(string message) =>
        Outcome(StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound, [new FhirProblem("MedicationRequest.id", message)]);

    public static IResult UnsupportedMediaType() => Outcome(
        StatusCodes.Status415UnsupportedMediaType, OperationOutcome.IssueType.NotSupported,
        [new FhirProblem("MedicationRequest", $"Send the resource as {FhirJson.MediaType}.")]);

    /// <summary>The answer to an exception a command or query threw about a sender's resource, or null when it is not the sender's doing.</summary>
    public static IResult? For(Exception exception) => exception switch
    {
        ValidationException validation => Invalid(validation.Errors.Select(error => new FhirProblem(ElementOf(error.PropertyName), error.ErrorMessage)).Distinct()),
        BusinessRuleValidationException rule => Outcome(
            StatusCodes.Status422UnprocessableEntity, OperationOutcome.IssueType.BusinessRule, [new FhirProblem(ElementBrokenBy(rule.BrokenRule), rule.Message)],
            rule.RuleName),
        NotFoundException notFound => NotFound(notFound.Message),
        _ => null,
    };

    private static string ElementOf(string field) => ElementOfField.GetValueOrDefault(field) ?? "MedicationRequest";

    private static string ElementBrokenBy(IBusinessRule rule) => rule switch
    {
        RefillsMustNotExceedLimitRule or ScheduleIIMustNotBeRefilledRule => "MedicationRequest.dispenseRequest.numberOfRepeatsAllowed",
        QuantityMustSuitTheFormulaRule => "MedicationRequest.dispenseRequest.quantity",
        PrescriptionMustNameAnApprovedFormulaRule => "MedicationRequest.medication",
        WrittenDateMustNotBeInTheFutureRule or PrescriptionMustNotBeExpiredRule => "MedicationRequest.authoredOn",
        PrescriberMustBeActiveRule or PrescriberMustBeLicensedInThePatientsStateRule or PrescriberMustHoldADeaRegistrationForTheScheduleRule =>
            "MedicationRequest.requester",
        _ => "MedicationRequest",
    };

    private static IResult Outcome(int status, OperationOutcome.IssueType type, IEnumerable<FhirProblem> problems, string? rule = null)
    {
        var outcome = new OperationOutcome();
        foreach (var problem in problems)
        {
            outcome.Issue.Add(new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Error,
                Code = type,
                Details = rule is null
                    ? new CodeableConcept { Text = problem.Message }
                    : new CodeableConcept { Coding = [new Coding(FhirSystems.Rules, rule)], Text = problem.Message },
                Diagnostics = problem.Message,
                Expression = [problem.Expression],
            });
        }

        return FhirJson.Write(outcome, status);
    }
}
