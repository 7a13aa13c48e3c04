namespace OutlookFollowUp.Simulator;

/// <summary>
/// Faults by count rather than by match: a Graph that throttles a mailbox for minutes at a time. Every call counts —
/// $batch envelopes and each sub-request alike — so a client cannot dodge them by batching. Zero turns a kind off.
/// </summary>
public sealed record RecurringFaults
{
    /// <summary>Every Nth call answers 429 with <see cref="ThrottleRetryAfter"/>.</summary>
    public int ThrottleEvery { get; init; }

    /// <summary>Retry-After sent with the recurring 429; default 1 second.</summary>
    public TimeSpan ThrottleRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Every Nth call answers 503 without Retry-After (a 429 wins when both fall on one call).</summary>
    public int UnavailableEvery { get; init; }

    /// <summary>Every Nth create (POST of a draft, a list or a task) is committed, then answered 504.</summary>
    public int LoseCreateEvery { get; init; }

    /// <summary>
    /// The pattern the scan must survive: 429 (Retry-After <paramref name="retryAfter"/>, default 1 s) to every 4th
    /// call, 503 without Retry-After to every 7th, and every 3rd create's answer lost.
    /// </summary>
    public static RecurringFaults SustainedThrottling(TimeSpan? retryAfter = null) => new()
    {
        ThrottleEvery = 4,
        ThrottleRetryAfter = retryAfter ?? TimeSpan.FromSeconds(1),
        UnavailableEvery = 7,
        LoseCreateEvery = 3,
    };

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ThrottleEvery);
        ArgumentOutOfRangeException.ThrowIfNegative(UnavailableEvery);
        ArgumentOutOfRangeException.ThrowIfNegative(LoseCreateEvery);
        ArgumentOutOfRangeException.ThrowIfLessThan(ThrottleRetryAfter, TimeSpan.Zero);
    }
}
