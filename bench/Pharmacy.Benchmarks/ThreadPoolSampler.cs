using System.Diagnostics;

namespace Pharmacy.Benchmarks;

/// <summary>
/// Watches the process during the measured window, every 10 ms: the thread pool (a growing thread count or queue
/// shows threads blocked inside the host), garbage collection pauses, and stalls of the whole process (a tick that
/// comes much later than due: the process got no CPU, e.g. because other work on the machine took the cores).
/// </summary>
public sealed class ThreadPoolSampler : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(10);
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private readonly long _completedAtStart = ThreadPool.CompletedWorkItemCount;
    private readonly int _threadsAtStart = ThreadPool.ThreadCount;
    private readonly TimeSpan _gcPauseAtStart = GC.GetTotalPauseDuration();
    private readonly int[] _collectionsAtStart = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private long _lastTick = Stopwatch.GetTimestamp();
    private int _maxThreads;
    private long _maxQueued;
    private TimeSpan _longestGap;
    private int _gapsOver100Ms;
    private bool _stopped;
    private string _summary = "";

    public ThreadPoolSampler()
    {
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, Period);
    }

    public void Stop()
    {
        lock (_lock)
        {
            _stopped = true;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
            _summary = $"threads {_threadsAtStart} at start, {_maxThreads} at most; queued work items at most {_maxQueued}; " +
                $"GC pauses {(GC.GetTotalPauseDuration() - _gcPauseAtStart).TotalMilliseconds:0} ms (gen0/1/2 collections " +
                $"{GC.CollectionCount(0) - _collectionsAtStart[0]}/{GC.CollectionCount(1) - _collectionsAtStart[1]}/{GC.CollectionCount(2) - _collectionsAtStart[2]}); " +
                $"process CPU {cpu.TotalMilliseconds / _wall.Elapsed.TotalMilliseconds * 100:0}% of one core; " +
                $"longest gap between 10 ms ticks {_longestGap.TotalMilliseconds:0} ms, {_gapsOver100Ms} gaps over 100 ms (the process got no CPU, or no pool thread was free)";
        }

        _timer.Change(Timeout.Infinite, Timeout.Infinite);
    }

    public string Describe()
    {
        lock (_lock)
        {
            return _summary;
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            var now = Stopwatch.GetTimestamp();
            var gap = Stopwatch.GetElapsedTime(_lastTick, now);
            _lastTick = now;
            if (gap > _longestGap)
            {
                _longestGap = gap;
            }

            if (gap > TimeSpan.FromMilliseconds(100))
            {
                _gapsOver100Ms++;
            }

            _maxThreads = Math.Max(_maxThreads, ThreadPool.ThreadCount);
            _maxQueued = Math.Max(_maxQueued, ThreadPool.PendingWorkItemCount);
        }
    }
}
