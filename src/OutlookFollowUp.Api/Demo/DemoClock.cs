namespace OutlookFollowUp.Api.Demo;

/// <summary>
/// Demo mode's clock: real time moved to the demo's "today" and forward by "Let time pass". It is the service's
/// <see cref="TimeProvider"/> and the simulated mailbox's clock in demo mode; timers and timestamps stay real (so
/// periodic jobs still tick), and demo tokens keep real time (<see cref="DemoTokenIssuer"/> is given the system clock).
/// </summary>
public sealed class DemoClock : TimeProvider
{
    private readonly TimeProvider _real;
    private readonly Lock _gate = new();
    private TimeSpan _offset;

    public DemoClock(TimeProvider real, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(real);
        _real = real;
        Restart(start);
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _real.GetUtcNow() + _offset;
        }
    }

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    public override long TimestampFrequency => _real.TimestampFrequency;

    public override long GetTimestamp() => _real.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _real.CreateTimer(callback, state, dueTime, period);

    /// <summary>Moves the demo forward ("Let a day pass", "Let a week pass").</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_gate)
        {
            _offset += by;
        }
    }

    /// <summary>Back to the demo's start (Reset).</summary>
    public void Restart(DateTimeOffset start)
    {
        lock (_gate)
        {
            _offset = start - _real.GetUtcNow();
        }
    }
}
