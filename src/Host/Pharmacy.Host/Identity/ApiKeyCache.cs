using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Pharmacy.Host.Identity;

/// <summary>
/// The active API keys seen lately, by hash, for a short while: a partner system's requests then cost no lookup in
/// the identity database each. Revoking a key on the administrators' page forgets it at once, so the next request
/// with it is refused; a key revoked some other way (another host on the same database, by hand) is refused within
/// <see cref="Lifetime"/>. Only keys that exist are kept, so random keys cannot fill it.
/// </summary>
public sealed class ApiKeyCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _keys = new(StringComparer.Ordinal);

    // Bumped by every revocation: a lookup that started before one does not keep what it read.
    private long _revocations;

    /// <summary>The active key with this hash, or null when there is none (unknown or revoked).</summary>
    public async Task<ApiClientKey?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_keys.TryGetValue(hash, out var cached) && cached.ExpiresAt > now)
        {
            return cached.Key;
        }

        var revocations = Interlocked.Read(ref _revocations);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PharmacyIdentityDbContext>();
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, cancellationToken);
        if (key is null)
        {
            _keys.TryRemove(hash, out _);
            return null;
        }

        var found = new ApiClientKey(key.Id, key.Name, key.ScopeList, key.OrganisationId);
        if (Interlocked.Read(ref _revocations) == revocations)
        {
            _keys[hash] = new Entry(found, now + Lifetime);
        }

        return found;
    }

    /// <summary>A key was revoked: the next request with it is looked up again, and refused.</summary>
    public void Forget(string hash)
    {
        Interlocked.Increment(ref _revocations);
        _keys.TryRemove(hash, out _);
    }

    private sealed record Entry(ApiClientKey Key, DateTimeOffset ExpiresAt);
}

/// <summary>What a request authenticated by an API key is: the key's id, its name, its scopes and the partner organisation it belongs to.</summary>
public sealed record ApiClientKey(Guid Id, string Name, IReadOnlyList<string> Scopes, Guid? OrganisationId);
