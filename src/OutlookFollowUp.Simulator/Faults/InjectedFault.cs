namespace OutlookFollowUp.Simulator;

/// <summary>A fault armed for the next N matching calls; tells how often it fired.</summary>
public sealed class InjectedFault
{
    private int _remaining;
    private int _hits;

    internal InjectedFault(RequestMatch match, SimulatedFault fault, int times)
    {
        Match = match;
        Fault = fault;
        _remaining = times;
    }

    /// <summary>Which calls it applies to.</summary>
    public RequestMatch Match { get; }

    /// <summary>What it does.</summary>
    public SimulatedFault Fault { get; }

    /// <summary>How many more matching calls it will hit.</summary>
    public int Remaining => Volatile.Read(ref _remaining);

    /// <summary>How many calls it has hit so far.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Disarms it.</summary>
    public void Cancel() => Interlocked.Exchange(ref _remaining, 0);

    internal bool TryConsume()
    {
        while (true)
        {
            var current = Volatile.Read(ref _remaining);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _remaining, current - 1, current) == current)
            {
                Interlocked.Increment(ref _hits);
                return true;
            }
        }
    }
}
