using System.Globalization;
using OutlookFollowUp.Simulator.Routing;

namespace OutlookFollowUp.Simulator.Faults;

/// <summary>Armed faults, first armed first served; each call consumes at most one.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<InjectedFault> _faults = [];

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
        SimulatedFaultKind.ServiceUnavailable => GraphResponse.Error(503, "ServiceNotAvailable", "The service is temporarily unavailable. Please retry later.")
            .WithHeader("Retry-After", Seconds(fault.Duration)),
        _ => GraphResponse.Error(504, "UnknownError", "The gateway did not receive a timely response from the service."),
    };

    public static string Seconds(TimeSpan value) => ((long)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static string DecodedQuery(GraphRequest request) =>
        request.Query.All.Count == 0 ? string.Empty : "?" + string.Join('&', request.Query.All.Select(p => p.Key + "=" + p.Value));
}
