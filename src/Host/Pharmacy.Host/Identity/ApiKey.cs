using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Pharmacy.Host.Identity;

/// <summary>
/// The credential of an external system. Only its SHA-256 hash is stored; the key itself is shown once, when an
/// administrator creates it. Each key carries the scopes it may use, per module, and can be revoked.
/// </summary>
public sealed class ApiKey
{
    private const string KeyPrefix = "pk_";

    private ApiKey()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The first characters of the key, so that people can tell keys apart without the secret.</summary>
    public string Prefix { get; private set; } = "";

    public string Hash { get; private set; } = "";

    /// <summary>Space-separated scopes, e.g. "prescriptions:write prescriptions:read".</summary>
    public string Scopes { get; private set; } = "";

    /// <summary>
    /// The partner organisation the key belongs to: it reads and changes only what that organisation sent (ADR 0017).
    /// Null for the pharmacy's own integrations, which reach every record.
    /// </summary>
    public Guid? OrganisationId { get; private set; }

    public string? OrganisationName { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActive => RevokedAt is null;

    /// <summary>Creates a key with a fresh random secret; the caller shows <paramref name="secret"/> once and forgets it.</summary>
    public static ApiKey Create(string name, IEnumerable<string> scopes, string createdBy, DateTimeOffset now, out string secret)
    {
        secret = KeyPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return FromSecret(name, scopes, createdBy, now, secret);
    }

    /// <summary>Binds the key to a partner organisation; only scopes whose records carry the organisation are allowed.</summary>
    public ApiKey ForOrganisation(Guid organisationId, string organisationName)
    {
        OrganisationId = organisationId;
        OrganisationName = organisationName.Trim();
        return this;
    }

    /// <summary>A key whose secret is given (the configured demo key).</summary>
    public static ApiKey FromSecret(string name, IEnumerable<string> scopes, string createdBy, DateTimeOffset now, string secret) => new()
    {
        Id = Guid.CreateVersion7(),
        Name = name.Trim(),
        Prefix = secret.Length > 10 ? secret[..10] : secret,
        Hash = HashOf(secret),
        Scopes = string.Join(' ', scopes.Distinct().Order()),
        CreatedAt = now,
        CreatedBy = createdBy,
    };

    public void Revoke(string revokedBy, DateTimeOffset now)
    {
        RevokedAt ??= now;
        RevokedBy ??= revokedBy;
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
