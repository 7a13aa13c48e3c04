namespace OutlookFollowUp.Simulator;

/// <summary>A failure to inject with <see cref="GraphSimulator.InjectFault"/>.</summary>
public sealed class SimulatedFault
{
    private SimulatedFault(SimulatedFaultKind kind, TimeSpan duration, bool dropConnection = false, bool withRetryAfter = true)
    {
        Kind = kind;
        Duration = duration;
        DropConnection = dropConnection;
        WithRetryAfter = withRetryAfter;
    }

    /// <summary>For 503: whether a Retry-After header is sent (Graph does not always send one).</summary>
    public bool WithRetryAfter { get; }

    /// <summary>What happens.</summary>
    public SimulatedFaultKind Kind { get; }

    /// <summary>Retry-After for 429/503, the extra delay for <see cref="SimulatedFaultKind.Latency"/>.</summary>
    public TimeSpan Duration { get; }

    /// <summary>For <see cref="SimulatedFaultKind.LostResponse"/>: drop the connection instead of answering 504.</summary>
    public bool DropConnection { get; }

    /// <summary>429 TooManyRequests with Retry-After (default 1 second); the call is not executed.</summary>
    public static SimulatedFault Throttled(TimeSpan? retryAfter = null) => new(SimulatedFaultKind.Throttled, retryAfter ?? TimeSpan.FromSeconds(1));

    /// <summary>503 ServiceNotAvailable with Retry-After (default 1 second), or without one; the call is not executed.</summary>
    public static SimulatedFault ServiceUnavailable(TimeSpan? retryAfter = null, bool withRetryAfter = true) =>
        new(SimulatedFaultKind.ServiceUnavailable, retryAfter ?? TimeSpan.FromSeconds(1), withRetryAfter: withRetryAfter);

    /// <summary>A refusal retrying cannot fix (default 403 ErrorAccessDenied); the call is not executed.</summary>
    public static SimulatedFault Refused(int status = 403) => new(SimulatedFaultKind.Refused, TimeSpan.Zero) { Status = status };

    /// <summary>For <see cref="SimulatedFaultKind.Refused"/>: the status answered.</summary>
    public int Status { get; private init; }

    /// <summary>504 GatewayTimeout; the call is not executed.</summary>
    public static SimulatedFault GatewayTimeout() => new(SimulatedFaultKind.GatewayTimeout, TimeSpan.Zero);

    /// <summary>Answer normally but <paramref name="extra"/> later (while holding a mailbox concurrency slot).</summary>
    public static SimulatedFault Latency(TimeSpan extra) => new(SimulatedFaultKind.Latency, extra);

    /// <summary>
    /// Execute the call (a POST create is committed) and then answer 504, or drop the connection, so the client cannot
    /// know it succeeded. Inside $batch the sub-response is 504; dropping aborts the whole envelope after all its sub-requests ran.
    /// </summary>
    public static SimulatedFault LostResponse(bool dropConnection = false) => new(SimulatedFaultKind.LostResponse, TimeSpan.Zero, dropConnection);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Duration}";
}

/// <summary>Kinds of <see cref="SimulatedFault"/>.</summary>
public enum SimulatedFaultKind
{
    /// <summary>429 with Retry-After.</summary>
    Throttled,

    /// <summary>503 with Retry-After.</summary>
    ServiceUnavailable,

    /// <summary>504.</summary>
    GatewayTimeout,

    /// <summary>Extra delay, then the normal answer.</summary>
    Latency,

    /// <summary>Committed, then 504 or a dropped connection.</summary>
    LostResponse,

    /// <summary>A 4xx answer (access denied, …); not executed.</summary>
    Refused,
}
