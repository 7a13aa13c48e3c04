using System.Text.Json.Nodes;
using OutlookFollowUp.Graph.Client;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Simulator;
using OutlookFollowUp.TestUtilities.GraphJson;
using OutlookFollowUp.TestUtilities.Time;

namespace OutlookFollowUp.Graph.Tests.Infrastructure;

/// <summary>
/// A Simulator mailbox and a <see cref="GraphMailboxGateway"/> on it, built as production builds it
/// (<see cref="GraphMailboxGateway.Create"/>, the real GraphServiceClient and handler chain). Gateway and Simulator share
/// one <see cref="FastForwardTimeProvider"/>: retry waits are skipped but recorded, and the Simulator's request log
/// is stamped on the same clock, so "retried after the advertised delay" can be checked from the log.
/// </summary>
internal sealed class GatewayHarness : IDisposable
{
    public GatewayHarness(
        IEnumerable<JsonObject>? events = null,
        IEnumerable<JsonObject>? inbox = null,
        JsonObject? mailboxSettings = null,
        Action<GraphOptions>? configure = null,
        TimeSpan? latency = null,
        int simulatorPageSize = 10,
        Func<HttpMessageHandler>? finalHandler = null,
        TimeSpan? skipTimersShorterThan = null)
    {
        Clock = new FastForwardTimeProvider(new DateTimeOffset(2026, 11, 17, 12, 0, 0, TimeSpan.Zero), skipTimersShorterThan);
        var seed = new SimulatorSeed(SampleMailboxJson.Me, mailboxSettings ?? SampleMailboxJson.MailboxSettings, events ?? [], inbox ?? []);
        Simulator = GraphSimulator.Start(seed, new SimulatorOptions
        {
            TimeProvider = Clock,
            Latency = latency ?? TimeSpan.Zero,
            PageSize = simulatorPageSize,
            ValidateSubscriptionEndpoints = false,
        });
        Options = new GraphOptions { BaseUrl = Simulator.BaseUrl };
        configure?.Invoke(Options);
        _finalHandler = finalHandler;
        Gateway = NewGateway();
    }

    private readonly Func<HttpMessageHandler>? _finalHandler;

    public FastForwardTimeProvider Clock { get; }

    public GraphSimulator Simulator { get; }

    public GraphOptions Options { get; }

    public GraphMailboxGateway Gateway { get; }

    /// <summary>Another gateway on the same mailbox (another process, a later run).</summary>
    public GraphMailboxGateway NewGateway() => GraphMailboxGateway.Create(Options, new StaticAccessTokenProvider("t"), Clock, _finalHandler?.Invoke());

    /// <summary>Calls the Simulator answered (top level and $batch sub-requests).</summary>
    public IReadOnlyList<SimulatorRequestLogEntry> Log => Simulator.GetRequestLog();

    public int Count(string method, string pathStart, bool? inBatch = null) =>
        Log.Count(e => e.Method == method && Path(e).StartsWith(pathStart, StringComparison.OrdinalIgnoreCase) && (inBatch is null || e.InBatch == inBatch));

    /// <summary>Arrival times (by <see cref="Clock"/>) of the calls matching a method and path start.</summary>
    public List<SimulatorRequestLogEntry> Calls(string method, string pathStart) =>
        Log.Where(e => e.Method == method && Path(e).StartsWith(pathStart, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The decoded path (below /v1.0) and query of a log entry.</summary>
    public static string Path(SimulatorRequestLogEntry entry)
    {
        var target = Uri.UnescapeDataString(entry.PathAndQuery);
        var at = target.IndexOf("/v1.0", StringComparison.Ordinal);
        return at >= 0 ? target[(at + 5)..] : target;
    }

    public void Dispose()
    {
        Gateway.Dispose();
        Simulator.Dispose();
    }
}
