using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Features.GetProviders;
using Riok.Mapperly.Abstractions;

namespace Pharmacy.Modules.ProviderCrm.Mappings;

/// <summary>Read models of the provider, projected in SQL (Mapperly writes the Select).</summary>
[Mapper(EnumMappingStrategy = EnumMappingStrategy.ByName, RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class ProviderMappings
{
    public static partial IQueryable<ProviderSummary> ProjectToSummary(this IQueryable<Provider> providers);

    private static partial ProviderSummary ToSummary(Provider provider);

    private static Guid IdValue(ProviderId id) => id.Value;
}
