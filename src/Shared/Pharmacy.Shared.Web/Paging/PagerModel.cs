using Pharmacy.Shared.Contracts;

namespace Pharmacy.Shared.Web.Paging;

/// <summary>What the shared pager partial draws: where we are and how much there is.</summary>
public sealed record PagerModel(int Page, int TotalPages, int TotalCount)
{
    public static PagerModel Of<T>(PagedResult<T> result) => new(result.Page, result.TotalPages, result.TotalCount);
}
