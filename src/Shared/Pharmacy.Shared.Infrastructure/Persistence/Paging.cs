using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Contracts;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>How every work queue and list reads one page: the count of all that match, then the rows of the page.</summary>
public static class Paging
{
    /// <summary>One page of an ordered query; the page number and size are made safe (<see cref="PageRequest"/>).</summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken)
    {
        var request = new PageRequest(page, pageSize);
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip(request.Skip).Take(request.SafePageSize).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, request.SafePage, request.SafePageSize, total);
    }
}

/// <summary>A search term used as a LIKE pattern that matches it anywhere, its %, _ and [ taken literally.</summary>
public static class LikePattern
{
    public const string EscapeCharacter = "\\";

    public static string Containing(string term) => $"%{Escape(term.Trim())}%";

    public static string StartingWith(string term) => $"{Escape(term.Trim())}%";

    private static string Escape(string term) =>
        term.Replace(EscapeCharacter, EscapeCharacter + EscapeCharacter, StringComparison.Ordinal)
            .Replace("%", EscapeCharacter + "%", StringComparison.Ordinal)
            .Replace("_", EscapeCharacter + "_", StringComparison.Ordinal)
            .Replace("[", EscapeCharacter + "[", StringComparison.Ordinal);
}
