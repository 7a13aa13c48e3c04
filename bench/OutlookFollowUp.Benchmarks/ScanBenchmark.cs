using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using OutlookFollowUp.Graph.Client;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Simulator;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;
using OutlookFollowUp.Workflow.Scanning;

namespace OutlookFollowUp.Benchmarks;

/// <summary>
/// One scan (ScanUseCase, as `followup scan --once`) of a simulated mailbox with 200 interviews among 2,000 other events,
/// every Graph call taking 50 ms. Prints HTTP requests per interview (goal ≤ 2) and wall time against the latency
/// bound (goal ≤ 3×).
/// </summary>
/// <remarks>
/// The latency bound is the fastest any client could finish the same Graph work: Outlook runs at most 4 requests per
/// mailbox at once, so the sub-requests of $batch cost at best <c>sub-requests × latency ÷ 4</c>; requests sent on
/// their own (calendar and message pages that follow nextLink, single reads and updates) are counted one after another,
/// <c>top-level requests × latency</c>; a $batch envelope itself adds no latency in the Simulator.
/// <c>bound = sub-requests × 50 ms ÷ 4 + top-level requests outside $batch × 50 ms</c>.
/// </remarks>
internal static class ScanBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var interviews = Option(args, "--interviews", 200);
        var others = Option(args, "--other-events", 2000);
        var latency = TimeSpan.FromMilliseconds(Option(args, "--latency-ms", 50));
        var seed = SyntheticMailbox.Create(interviews, others, replyShare: 0.3, noiseMessages: 300);

        await using var simulator = GraphSimulator.Start(seed, new SimulatorOptions { Latency = latency, ValidateSubscriptionEndpoints = false });
        var options = new GraphOptions { BaseUrl = simulator.BaseUrl };
        using var gateway = GraphMailboxGateway.Create(options, new StaticAccessTokenProvider("bench"), TimeProvider.System);
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = LedgerDatabase.Open(connection);
        await LedgerDatabase.MigrateAsync(db, "follow_ups", CancellationToken.None);
        var scan = new ScanUseCase(gateway, db, NullLogger<ScanUseCase>.Instance);

        Console.WriteLine($"Scan benchmark: {interviews} interviews among {others} other events, Simulator latency {latency.TotalMilliseconds:0} ms, lookback 14 days");
        var clock = Stopwatch.StartNew();
        var report = await scan.RunOnceAsync(new ScanRequest(SyntheticMailbox.Now, TimeSpan.FromDays(14)), CancellationToken.None);
        clock.Stop();

        var log = simulator.GetRequestLog();
        var topLevel = log.Count(e => !e.InBatch);
        var batches = log.Count(e => !e.InBatch && e.PathAndQuery.Contains("$batch", StringComparison.Ordinal));
        var topLevelAlone = topLevel - batches;
        var subRequests = log.Count(e => e.InBatch);
        var throttled = log.Count(e => e.StatusCode == 429);
        var bound = TimeSpan.FromTicks(subRequests * latency.Ticks / 4 + topLevelAlone * latency.Ticks);
        var perInterview = (double)gateway.RequestLog.HttpRequests / interviews;
        var ratio = clock.Elapsed / bound;

        Console.WriteLine($"  outcome: {report.Created.Count(a => a.Kind == FollowUpKinds.ThankYouDraft)} thank-you drafts, {report.Created.Count(a => a.Kind == FollowUpKinds.StatusCheckTask)} tasks, {report.Updated.Count} updates, {report.Skipped.Count} events skipped{(report.Failure is null ? "" : ", FAILED: " + report.Failure)}");
        Console.WriteLine($"  HTTP requests: {gateway.RequestLog.HttpRequests} ({batches} $batch envelopes carrying {subRequests} sub-requests, {topLevelAlone} sent alone); 429 answers: {throttled}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  HTTP requests per interview: {perInterview:0.00} (goal <= 2) {(perInterview <= 2 ? "OK" : "MISSED")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  latency bound: {subRequests} sub-requests x {latency.TotalMilliseconds:0} ms / 4 + {topLevelAlone} top-level x {latency.TotalMilliseconds:0} ms = {bound.TotalSeconds:0.00} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wall time: {clock.Elapsed.TotalSeconds:0.00} s = {ratio:0.00} x the bound (goal <= 3) {(ratio <= 3 ? "OK" : "MISSED")}"));
        return report.Failure is null && perInterview <= 2 && ratio <= 3 ? 0 : 1;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
