using System.Collections.Concurrent;

namespace OutlookFollowUp.TestUtilities.Time;

/// <summary>
/// A clock for tests of code that waits: timers shorter than <see cref="Threshold"/> (retry delays, Retry-After) fire at
/// once and their due times are recorded in <see cref="SkippedDelays"/>; longer timers (Polly's attempt and operation
/// timeouts) run on the system clock. <see cref="GetUtcNow"/> and <see cref="GetTimestamp"/> move on with real time
/// plus every skipped delay, so code that measures what it waited sees the waits as taken.
/// </summary>
/// <remarks>
/// Polly's <c>ResiliencePipelineBuilder.TimeProvider</c> uses <see cref="TimeProvider.CreateTimer"/> for both its
/// delays and its timeouts; the threshold tells them apart. Keep every timeout of the code under test above it.
/// </remarks>
public sealed class FastForwardTimeProvider : TimeProvider
{
    /// <summary>Timers shorter than this fire at once unless the constructor says otherwise: 15 seconds.</summary>
    public static readonly TimeSpan DefaultThreshold = TimeSpan.FromSeconds(15);

    private readonly DateTimeOffset _start;
    private readonly long _startTimestamp = System.GetTimestamp();
    private readonly ConcurrentQueue<TimeSpan> _skipped = new();
    private long _skippedTicks;

    /// <param name="start">What <see cref="GetUtcNow"/> says at construction (default: the system clock's now).</param>
    /// <param name="threshold">Timers at least this long run in real time (default <see cref="DefaultThreshold"/>).</param>
    public FastForwardTimeProvider(DateTimeOffset? start = null, TimeSpan? threshold = null)
    {
        _start = start ?? System.GetUtcNow();
        Threshold = threshold ?? DefaultThreshold;
    }

    /// <summary>Timers at least this long run in real time.</summary>
    public TimeSpan Threshold { get; }

    /// <summary>Due times of the timers that fired at once, in the order they were set.</summary>
    public IReadOnlyList<TimeSpan> SkippedDelays => _skipped.ToArray();

    /// <summary>The sum of <see cref="SkippedDelays"/>: how far this clock runs ahead of real time.</summary>
    public TimeSpan Skipped => TimeSpan.FromTicks(Interlocked.Read(ref _skippedTicks));

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => System.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => _start + System.GetElapsedTime(_startTimestamp) + Skipped;

    public override long GetTimestamp() =>
        System.GetTimestamp() + (long)(Skipped.Ticks * (double)TimestampFrequency / TimeSpan.TicksPerSecond);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new SkippingTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Skip(TimeSpan delay)
    {
        _skipped.Enqueue(delay);
        Interlocked.Add(ref _skippedTicks, delay.Ticks);
    }

    /// <summary>Fires short due times on the thread pool at once (recording them) and hands long ones to a system timer.</summary>
    private sealed class SkippingTimer(FastForwardTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private readonly Lock _gate = new();
        private ITimer? _real;
        private int _generation;
        private bool _disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return false;
                }

                _real?.Dispose();
                _real = null;
                var generation = ++_generation;
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    return true;
                }

                var periodic = period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero;
                if (dueTime >= clock.Threshold || periodic)
                {
                    _real = System.CreateTimer(callback, state, dueTime, period);
                    return true;
                }

                clock.Skip(dueTime);
                ThreadPool.QueueUserWorkItem(_ =>
                {
                    lock (_gate)
                    {
                        if (_disposed || generation != _generation)
                        {
                            return;
                        }
                    }

                    callback(state);
                });
                return true;
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
                _real?.Dispose();
                _real = null;
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
