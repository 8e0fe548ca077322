using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Domain.Formulas;
using Pharmacy.Modules.Billing.Domain.Prices;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Reporting.Domain.Turnaround;

namespace Pharmacy.Host.DataGeneration;

/// <summary>
/// Everything a generated year leaves in each module, as that module's own aggregates and read-model rows, with the
/// audit entries of their creation. The simulation fills it in time order; each module's writer stores its part.
/// </summary>
internal sealed class PharmacyYear(ModuleModels models)
{
    public List<Provider> Providers { get; } = [];

    public List<Prescriber> Prescribers { get; } = [];

    public List<PrescriberLicence> PrescriberLicences { get; } = [];

    public List<PrescriberDeaRegistration> PrescriberDeaRegistrations { get; } = [];

    public List<OrderableFormula> OrderableFormulas { get; } = [];

    public List<Prescription> Prescriptions { get; } = [];

    public List<Formula> Formulas { get; } = [];

    public List<Batch> Batches { get; } = [];

    public List<Item> Items { get; } = [];

    public List<Lot> Lots { get; } = [];

    public List<ReleaseTask> ReleaseTasks { get; } = [];

    public List<BillableFormula> BillableFormulas { get; } = [];

    public List<FormulaPrice> Prices { get; } = [];

    public List<Charge> Charges { get; } = [];

    public Dictionary<Guid, RxTurnaround> Turnaround { get; } = [];

    public Dictionary<Guid, ReceivedPrescription> ReceivedPrescriptions { get; } = [];

    public AuditSnapshots CrmAudit { get; } = new(models.Crm);

    public AuditSnapshots PrescriptionsAudit { get; } = new(models.Prescriptions);

    public AuditSnapshots CompoundingAudit { get; } = new(models.Compounding);

    public AuditSnapshots InventoryAudit { get; } = new(models.Inventory);

    public AuditSnapshots QualityAudit { get; } = new(models.Quality);

    public AuditSnapshots BillingAudit { get; } = new(models.Billing);
}

/// <summary>The modules' EF models, read once: what the bulk writers and the audit snapshots take their shapes from.</summary>
internal sealed record ModuleModels(
    Microsoft.EntityFrameworkCore.Metadata.IModel Crm,
    Microsoft.EntityFrameworkCore.Metadata.IModel Prescriptions,
    Microsoft.EntityFrameworkCore.Metadata.IModel Compounding,
    Microsoft.EntityFrameworkCore.Metadata.IModel Inventory,
    Microsoft.EntityFrameworkCore.Metadata.IModel Quality,
    Microsoft.EntityFrameworkCore.Metadata.IModel Billing);
