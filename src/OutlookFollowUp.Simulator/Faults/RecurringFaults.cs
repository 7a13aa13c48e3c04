namespace OutlookFollowUp.Simulator;

/// <summary>
/// Faults by rate rather than by match: a Graph that throttles a mailbox for minutes at a time. Every call counts —
/// $batch envelopes and each sub-request alike — so a client cannot dodge them by batching. Which calls fail is drawn
/// from <see cref="Seed"/> (one in N on average, never a fixed rhythm a client's retries could fall in step with), so
/// a run is repeatable. Zero turns a kind off.
/// </summary>
public sealed record RecurringFaults
{
    /// <summary>The seed of the draws: the same seed fails the same calls.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>About one call in N answers 429 with <see cref="ThrottleRetryAfter"/>.</summary>
    public int ThrottleEvery { get; init; }

    /// <summary>Retry-After sent with the recurring 429; default 1 second.</summary>
    public TimeSpan ThrottleRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>About one call in N answers 503 without Retry-After (a 429 wins when both fall on one call).</summary>
    public int UnavailableEvery { get; init; }

    /// <summary>About one create in N (POST of a draft, a list or a task) is committed, then answered 504.</summary>
    public int LoseCreateEvery { get; init; }

    /// <summary>
    /// The pattern the scan must survive: 429 (Retry-After <paramref name="retryAfter"/>, default 1 s) to about one call
    /// in 4, 503 without Retry-After to about one in 7, and about one create's answer in 3 lost.
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
