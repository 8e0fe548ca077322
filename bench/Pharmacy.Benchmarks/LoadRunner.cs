using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Pharmacy.Benchmarks;

/// <summary>What one stretch of requests gave: per-request round trips of the expected answers, and every other answer counted.</summary>
public sealed record LoadResult(
    int Sent, TimeSpan Elapsed, IReadOnlyList<double> SuccessMs, IReadOnlyDictionary<string, int> Others, IReadOnlyList<string> OtherSamples,
    long LastSuccessTimestamp)
{
    public int Succeeded => SuccessMs.Count;

    public int Failed => Others.Values.Sum();
}

/// <summary>
/// Closed-loop clients: <c>clients</c> concurrent loops, each sending its next request as soon as the previous one
/// answered, over one connection each (keep-alive, loopback), until every body was sent once.
/// </summary>
public static class LoadRunner
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    public static HttpClient Client(Uri baseAddress, int connections, string? apiKey)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
        };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(120) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    public static async Task<LoadResult> PostAllAsync(
        HttpClient client, string path, IReadOnlyList<byte[]> bodies, int clients, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var next = -1;
        var successes = new ConcurrentBag<double>();
        var others = new ConcurrentDictionary<string, int>();
        var samples = new ConcurrentQueue<string>();
        long lastSuccess = 0;

        async Task Loop()
        {
            while (true)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= bodies.Count)
                {
                    return;
                }

                using var content = new ByteArrayContent(bodies[index]);
                content.Headers.ContentType = JsonType;
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.PostAsync(path, content, cancellationToken);
                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    var answered = Stopwatch.GetTimestamp();
                    if (response.StatusCode == expected)
                    {
                        successes.Add(Stopwatch.GetElapsedTime(sent, answered).TotalMilliseconds);
                        InterlockedMax(ref lastSuccess, answered);
                    }
                    else
                    {
                        Count(others, samples, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), body);
                    }
                }
                catch (HttpRequestException exception)
                {
                    Count(others, samples, "transport error", exception.Message);
                }
                catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
                {
                    Count(others, samples, "timeout", exception.Message);
                }
            }
        }

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(Loop, cancellationToken)));
        var elapsed = clock.Elapsed;
        return new LoadResult(bodies.Count, elapsed, [.. successes], others, [.. samples], lastSuccess);
    }

    private static void Count(ConcurrentDictionary<string, int> others, ConcurrentQueue<string> samples, string what, string detail)
    {
        others.AddOrUpdate(what, 1, (_, n) => n + 1);
        if (samples.Count < 5)
        {
            samples.Enqueue($"{what}: {(detail.Length > 300 ? detail[..300] + "..." : detail)}");
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
