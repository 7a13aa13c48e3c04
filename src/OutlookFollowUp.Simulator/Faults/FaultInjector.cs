using System.Globalization;
using OutlookFollowUp.Simulator.Routing;

namespace OutlookFollowUp.Simulator.Faults;

/// <summary>Armed faults, first armed first served; each call consumes at most one.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<InjectedFault> _faults = [];
    private RecurringFaults? _recurring;
    private long _calls;
    private long _creates;

    public RecurringFaults? Recurring
    {
        get => Volatile.Read(ref _recurring);
        set
        {
            value?.Validate();
            Volatile.Write(ref _recurring, value);
        }
    }

    /// <summary>
    /// The recurring fault for this call, if its number comes up: a 429 or 503 (the call is not executed), or a lost
    /// response for a create (executed, then 504).
    /// </summary>
    public SimulatedFault? NextRecurring(GraphRequest request)
    {
        var recurring = Recurring;
        if (recurring is null)
        {
            return null;
        }

        // Seeded draws, not every Nth call: a client whose retry round happens to be N calls long would otherwise meet
        // the same fault on the same call forever, which no real Graph does. Same seed, same faults.
        var n = Interlocked.Increment(ref _calls);
        if (recurring.ThrottleEvery > 0 && Draw(recurring.Seed, n, 1) < 1.0 / recurring.ThrottleEvery)
        {
            return SimulatedFault.Throttled(recurring.ThrottleRetryAfter);
        }

        if (recurring.UnavailableEvery > 0 && Draw(recurring.Seed, n, 2) < 1.0 / recurring.UnavailableEvery)
        {
            return SimulatedFault.ServiceUnavailable(retryAfter: TimeSpan.Zero, withRetryAfter: false);
        }

        if (recurring.LoseCreateEvery > 0 && IsCreate(request) && Draw(recurring.Seed, Interlocked.Increment(ref _creates), 3) < 1.0 / recurring.LoseCreateEvery)
        {
            return SimulatedFault.LostResponse();
        }

        return null;
    }

    /// <summary>A uniform number in [0, 1) for call <paramref name="n"/> of one kind of fault (SplitMix64 of seed, kind, n).</summary>
    private static double Draw(int seed, long n, int kind)
    {
        var z = unchecked((ulong)n * 0x9E3779B97F4A7C15UL + ((ulong)(uint)seed << 32) + (ulong)kind * 0xD1B54A32D192ED03UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    private static bool IsCreate(GraphRequest request) =>
        request.Method == "POST" && request.Segments.Count >= 2 && request.Segments[0] == "me"
        && (request.Segments[^1] is "messages" or "tasks" or "lists");

    public InjectedFault Add(RequestMatch match, SimulatedFault fault, int times)
    {
        var injected = new InjectedFault(match, fault, times);
        lock (_gate)
        {
            _faults.Add(injected);
        }

        return injected;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    public SimulatedFault? TryConsume(GraphRequest request)
    {
        var pathAndQuery = request.Path + DecodedQuery(request);
        lock (_gate)
        {
            _faults.RemoveAll(f => f.Remaining <= 0);
            foreach (var fault in _faults)
            {
                if (fault.Match.IsMatch(request.Method, pathAndQuery, request.InBatch) && fault.TryConsume())
                {
                    return fault.Fault;
                }
            }
        }

        return null;
    }

    public static GraphResponse ToResponse(SimulatedFault fault) => fault.Kind switch
    {
        SimulatedFaultKind.Throttled => GraphResponse.Error(429, "TooManyRequests", "Please retry again later.")
            .WithHeader("Retry-After", Seconds(fault.Duration)),
        SimulatedFaultKind.ServiceUnavailable when !fault.WithRetryAfter => GraphResponse.Error(503, "ServiceNotAvailable", "The service is temporarily unavailable. Please retry later."),
        SimulatedFaultKind.ServiceUnavailable => GraphResponse.Error(503, "ServiceNotAvailable", "The service is temporarily unavailable. Please retry later.")
            .WithHeader("Retry-After", Seconds(fault.Duration)),
        SimulatedFaultKind.Refused => GraphResponse.Error(fault.Status, fault.Status == 403 ? "ErrorAccessDenied" : "BadRequest", "Access is denied. Check credentials and try again."),
        _ => GraphResponse.Error(504, "UnknownError", "The gateway did not receive a timely response from the service."),
    };

    public static string Seconds(TimeSpan value) => ((long)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static string DecodedQuery(GraphRequest request) =>
        request.Query.All.Count == 0 ? string.Empty : "?" + string.Join('&', request.Query.All.Select(p => p.Key + "=" + p.Value));
}
