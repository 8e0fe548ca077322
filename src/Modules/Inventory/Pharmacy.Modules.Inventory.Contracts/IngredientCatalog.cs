namespace Pharmacy.Modules.Inventory.Contracts;

/// <summary>
/// Compounding's question when a formula is written: which stocked items an ingredient line may name, in which unit,
/// and with which DEA schedule. Sent with Wolverine's InvokeAsync; the answer is an <see cref="IngredientCatalog"/>.
/// Finished compounded lots are not ingredients and are left out.
/// </summary>
public sealed record GetIngredientCatalog;

public sealed record IngredientCatalog(IReadOnlyList<CatalogIngredient> Items);

/// <summary>One stocked item: its code, name, kind (Api, Excipient, Base, Container, Device), unit (g, mL, each) and schedule (CII...CV).</summary>
public sealed record CatalogIngredient(string Code, string Name, string Kind, string Unit, string? ControlledSchedule);
