namespace OutlookFollowUp.Simulator.Routing;

/// <summary>Counts mailbox requests in flight; refuses (does not queue) the one over the limit, like Outlook.</summary>
internal sealed class ConcurrencyGate(int limit, bool enforced)
{
    private int _inFlight;

    public int InFlight => Volatile.Read(ref _inFlight);

    public bool TryEnter()
    {
        var now = Interlocked.Increment(ref _inFlight);
        if (enforced && now > limit)
        {
            Interlocked.Decrement(ref _inFlight);
            return false;
        }

        return true;
    }

    public void Exit() => Interlocked.Decrement(ref _inFlight);
}
