using System.Diagnostics;

namespace Pharmacy.Benchmarks;

/// <summary>
/// Notices when the harness itself got no CPU: a thread of its own wakes every 10 ms, and a wake-up that comes more
/// than 100 ms late is a stall (the machine was too busy to run it, or the process was stopped). Beside a figure,
/// the stalls during its measurement say whether the machine or the product made it slow: the host on the same
/// cores stalls alike.
/// </summary>
public sealed class StallWatch
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan Late = TimeSpan.FromMilliseconds(100);
    private readonly Lock _lock = new();
    private TimeSpan _stalled;
    private TimeSpan _longest;

    private StallWatch()
    {
        var thread = new Thread(Watch) { IsBackground = true, Name = "stall watch", Priority = ThreadPriority.AboveNormal };
        thread.Start();
    }

    public static StallWatch Instance { get; } = new();

    /// <summary>Stalled time since start, and the longest stall.</summary>
    public (TimeSpan Stalled, TimeSpan Longest) Now()
    {
        lock (_lock)
        {
            return (_stalled, _longest);
        }
    }

    public void ResetLongest()
    {
        lock (_lock)
        {
            _longest = TimeSpan.Zero;
        }
    }

    private void Watch()
    {
        var last = Stopwatch.GetTimestamp();
        while (true)
        {
            Thread.Sleep(Period);
            var now = Stopwatch.GetTimestamp();
            var gap = Stopwatch.GetElapsedTime(last, now);
            last = now;
            if (gap > Late)
            {
                lock (_lock)
                {
                    _stalled += gap - Period;
                    if (gap > _longest)
                    {
                        _longest = gap;
                    }
                }
            }
        }
    }
}
