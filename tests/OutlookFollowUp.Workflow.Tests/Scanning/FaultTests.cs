using System.Globalization;
using OutlookFollowUp.Simulator;
using OutlookFollowUp.TestUtilities.GraphJson;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Tests.Infrastructure;
using static OutlookFollowUp.Workflow.Tests.Infrastructure.Interviews;

namespace OutlookFollowUp.Workflow.Tests.Scanning;

/// <summary>Throttling, unavailability and lost responses change nothing but the time it takes; big calendars page.</summary>
public abstract class FaultTests<TLedger>
    where TLedger : ITestLedgerKind
{
    private static System.Text.Json.Nodes.JsonObject[] Events() => [Contoso().Build(), Fabrikam().Build(), Northwind().Build(), MargiesTravel().Build()];

    /// <summary>Two runs (after the interviews; after a reply and the due dates), with <paramref name="arm"/>(run 1 or 2) called before each.</summary>
    private static async Task<MailboxState> TwoRunsAsync(ScanHarness h, Func<GraphSimulator, int, List<InjectedFault>> arm)
    {
        var faults = arm(h.Simulator, 1);
        await h.ScanOkAsync(At(13));
        h.Simulator.AddInboxMessage(GraphMessageJson.From("recruiting@contoso.com", "Contoso Recruiting", At(14, 10), "Your application"));
        faults.AddRange(arm(h.Simulator, 2));
        await h.ScanOkAsync(At(20, 15));
        Assert.All(faults, f => Assert.True(f.Hits > 0, $"fault {f.Match} {f.Fault} never fired"));
        return h.State();
    }

    [LedgerFact]
    public async Task Scan_Under429And503AndLostResponses_EndsInTheSameMailboxStateAsACleanRun()
    {
        using var clean = new ScanHarness(TLedger.Create(), Events());
        var expected = await TwoRunsAsync(clean, (_, _) => []);
        using var faulty = new ScanHarness(TLedger.Create(), Events());

        var actual = await TwoRunsAsync(faulty, (sim, run) =>
        {
            var faults = new List<InjectedFault>
            {
                sim.InjectFault(RequestMatch.For("GET", "/me/calendarView"), SimulatedFault.Throttled(TimeSpan.FromSeconds(3))),
                sim.InjectFault(RequestMatch.For("POST", "/$batch"), SimulatedFault.ServiceUnavailable(TimeSpan.FromSeconds(2))),
                sim.InjectFault(RequestMatch.For("POST", "/me/messages"), SimulatedFault.Throttled(TimeSpan.FromSeconds(4)), times: 2),
                sim.InjectFault(RequestMatch.For("POST", "/me/messages"), SimulatedFault.LostResponse()),
                sim.InjectFault(RequestMatch.For("GET", "/me/messages?$filter=receivedDateTime"), SimulatedFault.ServiceUnavailable(TimeSpan.FromSeconds(1))),
            };
            if (run == 1)
            {
                faults.Add(sim.InjectFault(RequestMatch.Where((m, p) => m == "POST" && p.EndsWith("/tasks", StringComparison.Ordinal), "POST tasks"), SimulatedFault.LostResponse()));
                faults.Add(sim.InjectFault(RequestMatch.For("GET", "/me/todo/lists"), SimulatedFault.Throttled(TimeSpan.FromSeconds(1))));
            }
            else
            {
                faults.Add(sim.InjectFault(RequestMatch.For("PATCH", "/tasks/"), SimulatedFault.Throttled(TimeSpan.FromSeconds(6))));
            }

            return faults;
        });

        Assert.Equal(expected.Describe(), actual.Describe());
        Assert.NotEmpty(faulty.Clock.SkippedDelays);
        Assert.Contains(TimeSpan.FromSeconds(3), faulty.Clock.SkippedDelays);
        Assert.Contains(TimeSpan.FromSeconds(4), faulty.Clock.SkippedDelays);
    }

    [LedgerFact]
    public async Task Scan_LostResponsesOnEveryKindOfWrite_NoDuplicates()
    {
        using var clean = new ScanHarness(TLedger.Create(), Events());
        var expected = await TwoRunsAsync(clean, (_, _) => []);
        using var faulty = new ScanHarness(TLedger.Create(), Events());

        var actual = await TwoRunsAsync(faulty, (sim, run) =>
        {
            var faults = new List<InjectedFault>
            {
                sim.InjectFault(RequestMatch.For("POST", "/me/messages"), SimulatedFault.LostResponse(), times: 2),
                sim.InjectFault(RequestMatch.For("PATCH", "/tasks/"), SimulatedFault.LostResponse()),
            };
            if (run == 1)
            {
                faults.Add(sim.InjectFault(RequestMatch.For("POST", "/me/todo/lists"), SimulatedFault.LostResponse()));
                faults.Add(sim.InjectFault(RequestMatch.Where((m, p) => m == "POST" && p.EndsWith("/tasks", StringComparison.Ordinal), "POST tasks"), SimulatedFault.LostResponse(), times: 2));
            }

            return faults;
        });

        Assert.Equal(expected.Describe(), actual.Describe());
        Assert.Single(faulty.Simulator.GetTodoLists(), l => l["displayName"]!.GetValue<string>() == Graph.Gateway.GraphMailboxGateway.TaskListName);
    }

    [LedgerFact]
    public async Task Scan_ThrottledOnTheStatusCheckRun_EventReadsAndPatchesAreRetried()
    {
        using var clean = new ScanHarness(TLedger.Create(), Events());
        var expected = await TwoRunsAsync(clean, (_, _) => []);
        using var faulty = new ScanHarness(TLedger.Create(), Events());

        // The second run reads the interviews by id (they left the window) and completes a task.
        var actual = await TwoRunsAsync(faulty, (sim, run) => run == 1 ? [] :
        [
            sim.InjectFault(RequestMatch.For("GET", "/me/events/"), SimulatedFault.Throttled(TimeSpan.FromSeconds(2)), times: 2),
            sim.InjectFault(RequestMatch.For("PATCH", "/tasks/"), SimulatedFault.ServiceUnavailable(TimeSpan.FromSeconds(5))),
        ]);

        Assert.Equal(expected.Describe(), actual.Describe());
        Assert.Contains(TimeSpan.FromSeconds(5), faulty.Clock.SkippedDelays);
    }

    [LedgerFact]
    public async Task Scan_GraphDownForGood_ReportsTheFailureAndARerunFinishes()
    {
        using var h = new ScanHarness(TLedger.Create(), Events(), configure: o => o.MaxRetries = 1);
        h.Simulator.InjectFault(RequestMatch.Where((m, p) => m == "POST" && p.EndsWith("/tasks", StringComparison.Ordinal), "POST tasks"), SimulatedFault.ServiceUnavailable(TimeSpan.FromSeconds(1)), times: 100);

        var failed = await h.ScanAsync(At(13));

        Assert.NotNull(failed.Failure);
        Assert.Equal(5, h.State().Drafts.Count);
        Assert.Empty(h.State().Tasks);

        h.Simulator.ClearFaults();
        var rerun = await h.ScanOkAsync(At(13));

        Assert.DoesNotContain(rerun.Created, a => a.Kind == FollowUpKinds.ThankYouDraft);
        Assert.Equal(4, h.State().StatusChecks.Count);
        Assert.Equal(4, h.State().SendThanks.Count);
        Assert.Equal(5, h.State().Drafts.Count);
    }

    [LedgerFact]
    public async Task Scan_CalendarOfManyPages_HandlesEveryInterview()
    {
        var start = new DateTimeOffset(2026, 11, 9, 13, 0, 0, TimeSpan.Zero);
        var meetings = Enumerable.Range(0, 45).Select(i => GraphEventJson.Meeting("M" + i.ToString("D2", CultureInfo.InvariantCulture), i % 2 == 0 ? "Team sync" : "Quarterly planning")
            .At(start.AddHours(2 * i), TimeSpan.FromMinutes(30)).Build());
        using var h = new ScanHarness(TLedger.Create(), [.. meetings, .. Events()], configure: o => o.CalendarPageSize = 10);

        var report = await h.ScanOkAsync(At(16), TimeSpan.FromDays(7));

        Assert.Equal(4, h.State().StatusChecks.Count);
        Assert.Equal(4, h.State().SendThanks.Count);
        Assert.Equal(5, h.State().Drafts.Count);
        Assert.Equal(45, report.Skipped.Count(s => s.EventId.StartsWith('M')));
        Assert.True(h.Simulator.GetRequestLog().Count(e => e.PathAndQuery.Contains("calendarView", StringComparison.Ordinal)) >= 5);
    }
}

public sealed class SqliteFaultTests : FaultTests<SqliteLedger>;

[RequiresPostgres]
public sealed class PostgresFaultTests : FaultTests<PostgresLedger>;
