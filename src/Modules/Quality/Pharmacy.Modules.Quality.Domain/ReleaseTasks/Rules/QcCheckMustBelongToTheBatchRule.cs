using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

public sealed class QcCheckMustBelongToTheBatchRule(QualityCheck? check, string checkName, string batchNumber) : IBusinessRule
{
    public bool IsBroken() => check is null;

    public string Message => $"Batch {batchNumber} has no QC check called \"{checkName}\".";
}
