using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Pharmacy.Host.Identity.SignIn;

/// <summary>
/// Wrong passwords counted per user name and client address (ADR 0007): an outsider's guesses lock the user name at
/// the outsider's address only, so the pharmacist at their own workstation signs in as usual. Kept in memory, like
/// the rate limiter's counters; callers serialise the attempts of one user name and address with <see cref="LockFor"/>.
/// </summary>
public sealed class SignInFailures(IOptions<SignInSettings> settings, TimeProvider clock)
{
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<AttemptKey, Record> _records = new();
    private readonly KeyedLock<AttemptKey> _locks = new();

    public static AttemptKey KeyOf(string userName, string address) => new(userName.Trim().ToUpperInvariant(), address);

    public Task<IDisposable> LockFor(AttemptKey key, CancellationToken cancellationToken) => _locks.AcquireAsync(key, cancellationToken);

    /// <summary>When the user name is locked at this address, until when.</summary>
    public DateTimeOffset? LockedUntil(AttemptKey key) =>
        _records.TryGetValue(key, out var record) && record.LockedUntil > clock.GetUtcNow() ? record.LockedUntil : null;

    /// <summary>Counts a wrong password; returns the end of the lock when this one locked the user name here.</summary>
    public DateTimeOffset? Fail(AttemptKey key)
    {
        var now = clock.GetUtcNow();
        var options = settings.Value;
        var record = _records.GetOrAdd(key, _ => new Record());
        if (record.LockedUntil is { } until && until <= now)
        {
            // A lock that ran out starts a fresh count; the number of locks is kept, so the next one lasts longer.
            record.LockedUntil = null;
            record.Failures = 0;
        }

        record.Failures++;
        record.LastFailureAt = now;
        DateTimeOffset? locked = null;
        if (record.Failures >= options.LockoutAfter)
        {
            record.Lockouts++;
            var ticks = Math.Min(options.LockoutDuration.Ticks * Math.Pow(2, record.Lockouts - 1), options.MaxLockoutDuration.Ticks);
            record.LockedUntil = locked = now + TimeSpan.FromTicks((long)ticks);
        }

        PruneIfLarge(now, options.ForgetFailuresAfter);
        return locked;
    }

    public void Succeed(AttemptKey key) => _records.TryRemove(key, out _);

    /// <summary>An administrator's unlock: every address's count and lock for the user name.</summary>
    public void Forget(string userName)
    {
        var normalized = userName.Trim().ToUpperInvariant();
        foreach (var key in _records.Keys.Where(key => key.UserName == normalized))
        {
            _records.TryRemove(key, out _);
        }
    }

    /// <summary>Whether the user name is locked at any address, for the administrator's list.</summary>
    public bool IsLockedAnywhere(string userName)
    {
        var normalized = userName.Trim().ToUpperInvariant();
        var now = clock.GetUtcNow();
        return _records.Any(pair => pair.Key.UserName == normalized && pair.Value.LockedUntil > now);
    }

    // Guesses at made-up user names add records; old ones that lock nothing are dropped so memory stays bounded.
    private void PruneIfLarge(DateTimeOffset now, TimeSpan forgetAfter)
    {
        if (_records.Count <= PruneAbove)
        {
            return;
        }

        foreach (var (key, record) in _records)
        {
            if (record.LastFailureAt + forgetAfter < now && !(record.LockedUntil > now))
            {
                _records.TryRemove(key, out _);
            }
        }
    }

    public readonly record struct AttemptKey(string UserName, string Address);

    private sealed class Record
    {
        public int Failures { get; set; }

        public int Lockouts { get; set; }

        public DateTimeOffset? LockedUntil { get; set; }

        public DateTimeOffset LastFailureAt { get; set; }
    }
}
