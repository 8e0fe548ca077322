using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.Contracts;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Persistence;

namespace Pharmacy.Modules.Inventory.IntegrationEvents;

/// <summary>Answers Compounding's question (Wolverine InvokeAsync) of which items a formula's ingredient lines may name.</summary>
public static class AnswerIngredientCatalog
{
    public static async Task<IngredientCatalog> Handle(GetIngredientCatalog request, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var items = await db.Items.AsNoTracking()
            .Where(item => item.Kind != ItemKind.FinishedPreparation)
            .OrderBy(item => item.Name)
            .ToListAsync(cancellationToken);
        return new IngredientCatalog([.. items.Select(item => new CatalogIngredient(
            item.Code, item.Name, item.Kind.ToString(), item.Unit.Symbol, item.ControlledSchedule?.ToString()))]);
    }
}
