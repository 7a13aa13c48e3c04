using BenchmarkDotNet.Attributes;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Graph.Mapping;

namespace OutlookFollowUp.Benchmarks;

/// <summary>
/// Analyze a page of 1,000 varied events (goal: ≥ 20,000 events/s on one core).
/// <c>Engine</c> measures the Core alone; <c>PageFromJson</c> includes parsing the Graph JSON and mapping it.
/// </summary>
[MemoryDiagnoser]
// One invocation analyzes the whole page, so the JIT's tiering needs many invocations to settle: warm up long.
[WarmupCount(40)]
[IterationCount(20)]
public class AnalyzeBenchmarks
{
    private const int EventsPerPage = 1000;
    private string _json = "";
    private List<CalendarEvent> _events = [];
    private AnalysisContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = SyntheticCalendar.Page(EventsPerPage).ToJsonString();
        _events = GraphJson.ReadEvents(_json).Entries.Select(e => e.Event!).ToList();
        TimeZones.TryResolve("America/New_York", out var zone);
        _context = new AnalysisContext(
            new MailboxUser(new EmailAddress("ana.souza@outlook.com"), "Ana Souza"),
            new UserSchedule(zone!, WorkWeek.MondayToFriday, UserSchedule.DefaultStartOfWorkingDay));
    }

    [Benchmark(OperationsPerInvoke = EventsPerPage, Description = "Core: analyze one event (of a 1,000-event page)")]
    public int Engine()
    {
        var drafts = 0;
        foreach (var e in _events)
        {
            drafts += InterviewAnalyzer.Analyze(e, _context).ThankYouDrafts.Count;
        }

        return drafts;
    }

    [Benchmark(OperationsPerInvoke = EventsPerPage, Description = "JSON page -> Graph model -> Core -> analysis, per event")]
    public int PageFromJson()
    {
        var drafts = 0;
        foreach (var entry in GraphJson.ReadEvents(_json).Entries)
        {
            drafts += InterviewAnalyzer.Analyze(entry.Event!, _context).ThankYouDrafts.Count;
        }

        return drafts;
    }
}
