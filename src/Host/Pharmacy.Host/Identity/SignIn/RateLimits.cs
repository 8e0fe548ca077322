using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Pharmacy.Host.Identity.SecurityLog;

namespace Pharmacy.Host.Identity.SignIn;

/// <summary>
/// The RateLimits section. Sign-in POSTs are limited per client address and per user name (fixed windows); API
/// requests per key (a token bucket that lets a partner's burst through and refills steadily).
/// </summary>
internal sealed class RateLimitSettings
{
    public const string Section = "RateLimits";

    /// <summary>Ten sign-in attempts a minute from one address: the eleventh fast wrong password is refused.</summary>
    public WindowLimit SignInPerAddress { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Thirty attempts a minute at one user name from everywhere together: above what one address may send.</summary>
    public WindowLimit SignInPerUserName { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    /// <summary>A burst of 30,000 requests per key, refilled at 500 a second (30,000 a minute).</summary>
    public BucketLimit ApiKey { get; set; } = new() { TokenLimit = 30_000, TokensPerPeriod = 500, ReplenishmentPeriod = TimeSpan.FromSeconds(1) };

    internal sealed class WindowLimit
    {
        public int PermitLimit { get; set; }

        public TimeSpan Window { get; set; }
    }

    internal sealed class BucketLimit
    {
        public int TokenLimit { get; set; }

        public int TokensPerPeriod { get; set; }

        public TimeSpan ReplenishmentPeriod { get; set; }
    }
}

/// <summary>Marks the sign-in page, whose POST the sign-in limits count.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class SignInFormAttribute : Attribute;

internal static class RateLimits
{
    /// <summary>Set on a refused sign-in, for the page to tell the person how long to wait.</summary>
    public const string SignInRefusedItem = "pharmacy.sign-in-refused-for";
    private const string TypedUserNameItem = "pharmacy.sign-in-user-name";

    public static IServiceCollection AddPharmacyRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitSettings>(configuration.GetSection(RateLimitSettings.Section));
        services.AddSingleton<ThrottleLogGate>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitSettings>>((options, settings) =>
        {
            var limits = settings.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignInPost(context)
                    ? RateLimitPartition.GetFixedWindowLimiter("address:" + ClientAddress.Of(context), _ => Window(limits.SignInPerAddress))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignInPost(context) && context.Items[TypedUserNameItem] is string { Length: > 0 } name
                    ? RateLimitPartition.GetFixedWindowLimiter("user:" + name, _ => Window(limits.SignInPerUserName))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => ApiKeyOf(context) is { } key
                    // Partitioned by the key's hash: the limiter never holds a secret.
                    ? RateLimitPartition.GetTokenBucketLimiter(Identity.ApiKey.HashOf(key), _ => Bucket(limits.ApiKey))
                    : RateLimitPartition.GetNoLimiter("")));
            options.OnRejected = (context, cancellationToken) => RejectAsync(context, limits, cancellationToken);
        });
        return services;
    }

    /// <summary>
    /// Reads the user name of a sign-in POST before the limiter runs (its partitions cannot wait for the body). The
    /// form is buffered, and the page binds the same form afterwards.
    /// </summary>
    public static IApplicationBuilder UsePharmacyRateLimits(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (IsSignInPost(context) && context.Request.HasFormContentType)
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                context.Items[TypedUserNameItem] = form["UserName"].ToString().Trim().ToUpperInvariant();
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }

    private static bool IsSignInPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<SignInFormAttribute>() is not null;

    private static string? ApiKeyOf(HttpContext context) =>
        context.Request.Headers.TryGetValue(ApiKeyAuthenticationHandler.HeaderName, out var values) && values.ToString().Trim() is { Length: > 0 } key
            ? key
            : null;

    private static FixedWindowRateLimiterOptions Window(RateLimitSettings.WindowLimit limit) => new()
    {
        PermitLimit = limit.PermitLimit,
        Window = limit.Window,
        QueueLimit = 0,
    };

    private static TokenBucketRateLimiterOptions Bucket(RateLimitSettings.BucketLimit limit) => new()
    {
        TokenLimit = limit.TokenLimit,
        TokensPerPeriod = limit.TokensPerPeriod,
        ReplenishmentPeriod = limit.ReplenishmentPeriod,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, RateLimitSettings limits, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero
            ? wait
            : IsSignInPost(context) ? limits.SignInPerAddress.Window : limits.ApiKey.ReplenishmentPeriod;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        if (IsSignInPost(context))
        {
            await RecordRefusedSignInAsync(context, retryAfter, cancellationToken);
            // The sign-in page itself answers, with the form and the reason on it, still as 429.
            context.Items[SignInRefusedItem] = retryAfter;
            await context.GetEndpoint()!.RequestDelegate!(context);
            return;
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"This API key sent more requests than its limit allows. Try again in {seconds} seconds.",
            },
        });
    }

    // One entry per address and window, not one per refused request: a flood must not fill the log.
    private static async Task RecordRefusedSignInAsync(HttpContext context, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        var gate = context.RequestServices.GetRequiredService<ThrottleLogGate>();
        if (!gate.ShouldRecord(ClientAddress.Of(context), retryAfter))
        {
            return;
        }

        var typed = context.Request.HasFormContentType ? (await context.Request.ReadFormAsync(cancellationToken))["UserName"].ToString() : "";
        await context.RequestServices.GetRequiredService<SecurityLogWriter>().RecordAsync(
            SecurityEventKind.SignInThrottled, typed, "Too many sign-in attempts; refused before the password was checked", typed, cancellationToken);
    }
}

/// <summary>Remembers, per address, until when refused sign-ins are already in the security log.</summary>
internal sealed class ThrottleLogGate(TimeProvider clock)
{
    private const int PruneAbove = 10_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _recordedUntil = new();

    public bool ShouldRecord(string address, TimeSpan window)
    {
        var now = clock.GetUtcNow();
        if (_recordedUntil.TryGetValue(address, out var until) && until > now)
        {
            return false;
        }

        _recordedUntil[address] = now + window;
        if (_recordedUntil.Count > PruneAbove)
        {
            foreach (var (key, value) in _recordedUntil)
            {
                if (value <= now)
                {
                    _recordedUntil.TryRemove(key, out _);
                }
            }
        }

        return true;
    }
}
