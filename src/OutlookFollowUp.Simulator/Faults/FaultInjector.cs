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

        var n = Interlocked.Increment(ref _calls);
        if (recurring.ThrottleEvery > 0 && n % recurring.ThrottleEvery == 0)
        {
            return SimulatedFault.Throttled(recurring.ThrottleRetryAfter);
        }

        if (recurring.UnavailableEvery > 0 && n % recurring.UnavailableEvery == 0)
        {
            return SimulatedFault.ServiceUnavailable(retryAfter: TimeSpan.Zero, withRetryAfter: false);
        }

        if (recurring.LoseCreateEvery > 0 && IsCreate(request) && Interlocked.Increment(ref _creates) % recurring.LoseCreateEvery == 0)
        {
            return SimulatedFault.LostResponse();
        }

        return null;
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
