namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>What the technician weighed or measured for one ingredient, in the ingredient's unit, on which balance.</summary>
public sealed record WeighedIngredient(string ItemCode, decimal ActualQuantity, string? BalanceId);
