using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using OutlookFollowUp.Graph.Client;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Simulator;
using OutlookFollowUp.TestUtilities.GraphJson;
using OutlookFollowUp.TestUtilities.Time;
using OutlookFollowUp.Workflow.Claims;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;
using OutlookFollowUp.Workflow.Scanning;
using OutlookFollowUp.Workflow.UseCases;

namespace OutlookFollowUp.Workflow.Tests.Infrastructure;

/// <summary>
/// One simulated mailbox and one ledger; every <see cref="ScanAsync"/> is a fresh run of the job (a new gateway and a
/// new database context), as the CLI or a service worker would start it. Retry waits are skipped (and recorded) by
/// <see cref="Clock"/>.
/// </summary>
public sealed class ScanHarness : IDisposable
{
    public ScanHarness(
        ITestLedger ledger,
        IEnumerable<JsonObject> events,
        IEnumerable<JsonObject>? inbox = null,
        JsonObject? mailboxSettings = null,
        Action<GraphOptions>? configure = null,
        Func<HttpMessageHandler>? finalHandler = null)
    {
        _finalHandler = finalHandler;
        Ledger = ledger;
        Clock = new FastForwardTimeProvider(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero));
        var seed = new SimulatorSeed(SampleMailboxJson.Me, mailboxSettings ?? SampleMailboxJson.MailboxSettings, events, inbox ?? []);
        Simulator = GraphSimulator.Start(seed, new SimulatorOptions { TimeProvider = Clock, ValidateSubscriptionEndpoints = false });
        Options = new GraphOptions { BaseUrl = Simulator.BaseUrl };
        configure?.Invoke(Options);
    }

    private readonly Func<HttpMessageHandler>? _finalHandler;

    public GraphSimulator Simulator { get; }

    public FastForwardTimeProvider Clock { get; }

    public GraphOptions Options { get; }

    /// <summary>The ledger the next scan uses; replace it to simulate a lost database.</summary>
    public ITestLedger Ledger { get; set; }

    /// <summary>The user's preferences every run and request uses (the service's settings; the CLI's flags).</summary>
    public FollowUpPreferences Preferences { get; set; } = FollowUpPreferences.Default;

    /// <summary>This process's gate (the service has one per process); pass another to act as a second instance.</summary>
    public InterviewGate Gate { get; } = new();

    /// <summary>Runs the scan once, as `followup scan --once --now {now} --lookback {lookback}` would.</summary>
    public async Task<ScanReport> ScanAsync(DateTimeOffset now, TimeSpan? lookback = null, bool dryRun = false, InterviewGate? gate = null)
    {
        using var gateway = GraphMailboxGateway.Create(Options, new StaticAccessTokenProvider("t"), Clock, _finalHandler?.Invoke());
        await using var db = await Ledger.OpenAsync();
        var scan = new ScanUseCase(gateway, db, NullLogger<ScanUseCase>.Instance, Clock, gate ?? Gate) { Preferences = Preferences };
        return await scan.RunOnceAsync(new ScanRequest(now, lookback ?? TimeSpan.FromDays(7), dryRun), CancellationToken.None);
    }

    /// <summary>
    /// Runs a task-pane use case as one request of the service would: a gateway and a ledger context of its own, the
    /// mailbox session, and the engine on this process's gate (or <paramref name="gate"/>: another instance).
    /// </summary>
    public async Task<T> PaneAsync<T>(Func<MailboxSession, FollowUpEngine, FollowUpDbContext, Task<T>> action, InterviewGate? gate = null)
    {
        using var gateway = GraphMailboxGateway.Create(Options, new StaticAccessTokenProvider("t"), Clock, _finalHandler?.Invoke());
        await using var db = await Ledger.OpenAsync();
        var session = await MailboxSession.OpenAsync(gateway, Preferences, mailboxId: null, CancellationToken.None);
        var engine = new FollowUpEngine(db, gate ?? Gate, Clock, new ClaimOptions());
        return await action(session, engine, db);
    }

    /// <summary>"Put drafts in my Drafts folder" from the pane.</summary>
    public Task<UseCaseResult<PlaceDraftsResult>> PlaceDraftsAsync(
        string eventId, DateTimeOffset now, IReadOnlyDictionary<string, string>? notes = null, IReadOnlyList<string>? recipients = null, InterviewGate? gate = null) =>
        PaneAsync((session, engine, db) => new PlaceDraftsUseCase(engine, db).ExecuteAsync(session, new PlaceDraftsRequest(eventId, notes, recipients, null), now, CancellationToken.None), gate);

    /// <summary>Runs the scan and fails the test when the run reports a Graph failure.</summary>
    public async Task<ScanReport> ScanOkAsync(DateTimeOffset now, TimeSpan? lookback = null, bool dryRun = false)
    {
        var report = await ScanAsync(now, lookback, dryRun);
        Assert.True(report.Failure is null, "the scan failed: " + report.Failure);
        return report;
    }

    /// <summary>The ledger's records, with their drafts.</summary>
    public async Task<List<FollowUpRecord>> RecordsAsync()
    {
        await using var db = await Ledger.OpenAsync();
        return [.. Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(db.FollowUps, f => f.Drafts).AsEnumerable().OrderBy(r => r.InterviewEnd)];
    }

    /// <summary>The one ledger record of an interview.</summary>
    public async Task<FollowUpRecord> RecordAsync(string id) => Assert.Single(await RecordsAsync(), r => r.FollowUpId == Interviews.IcalPrefix + id);

    /// <summary>The simulator's stored draft with a key.</summary>
    public JsonObject Draft(string key) => Assert.Single(Simulator.GetMessages(), d => d["singleValueExtendedProperties"]?.AsArray().Any(p => p?["value"]?.GetValue<string>() == key) == true);

    /// <summary>The simulator's id of the draft with a key.</summary>
    public string DraftId(string key) => Draft(key)["id"]!.GetValue<string>();

    /// <summary>What the mailbox holds now: drafts and To Do tasks in the product's list.</summary>
    public MailboxState State() => MailboxState.Of(Simulator);

    /// <summary>The user ticks a reminder off in To Do (a PATCH as any To Do client sends it).</summary>
    public async Task CompleteTaskByHandAsync(string key)
    {
        var list = Simulator.GetTodoLists().Single(l => l["displayName"]?.GetValue<string>() == GraphMailboxGateway.TaskListName);
        var listId = list["id"]!.GetValue<string>();
        var task = Simulator.GetTasks(listId).Single(t => t["linkedResources"]?.AsArray().Any(r => r?["externalId"]?.GetValue<string>() == key) == true);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"{Simulator.BaseUrl}/me/todo/lists/{listId}/tasks/{task["id"]!.GetValue<string>()}")
        {
            Content = new StringContent("{\"status\":\"completed\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "user");
        (await http.SendAsync(request)).EnsureSuccessStatusCode();
    }

    /// <summary>Writes the Simulator answered (POST/PATCH/DELETE to the mailbox, $batch envelopes left out).</summary>
    public IReadOnlyList<SimulatorRequestLogEntry> Writes() =>
        Simulator.GetRequestLog().Where(e => e.Method is "POST" or "PATCH" or "DELETE" && !e.PathAndQuery.Contains("$batch", StringComparison.Ordinal)).ToList();

    public void Dispose()
    {
        Simulator.Dispose();
        Ledger.Dispose();
    }
}

/// <summary>The drafts and tasks of a simulated mailbox in comparable form.</summary>
public sealed record MailboxState(IReadOnlyList<DraftState> Drafts, IReadOnlyList<TaskState> Tasks)
{
    public static MailboxState Of(GraphSimulator simulator)
    {
        var drafts = simulator.GetDrafts()
            .Select(d => new DraftState(
                d["singleValueExtendedProperties"]?.AsArray().Select(p => p?["value"]?.GetValue<string>()).FirstOrDefault() ?? "(no key)",
                string.Join(",", d["toRecipients"]?.AsArray().Select(r => r?["emailAddress"]?["address"]?.GetValue<string>()) ?? []),
                d["subject"]?.GetValue<string>() ?? ""))
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .ToList();
        var tasks = simulator.GetTodoLists()
            .Where(l => l["displayName"]?.GetValue<string>() == GraphMailboxGateway.TaskListName)
            .SelectMany(l => simulator.GetTasks(l["id"]!.GetValue<string>()))
            .Select(t => new TaskState(
                t["linkedResources"]?.AsArray().Select(r => r?["externalId"]?.GetValue<string>()).FirstOrDefault() ?? "(no key)",
                t["dueDateTime"]?["dateTime"]?.GetValue<string>()?[..10] ?? "",
                t["status"]?.GetValue<string>() ?? "",
                t["reminderDateTime"]?["dateTime"]?.GetValue<string>()?[..16] ?? "",
                t["title"]?.GetValue<string>() ?? ""))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        return new MailboxState(drafts, tasks);
    }

    public IEnumerable<string> DraftKeys => Drafts.Select(d => d.Key);

    public TaskState Task(string key) => Assert.Single(Tasks, t => t.Key == key);

    /// <summary>Keys, recipients, subjects, due dates and statuses, for comparing two mailboxes.</summary>
    public string Describe() =>
        string.Join("\n", Drafts.Select(d => $"draft {d.Key} to {d.To}: {d.Subject}").Concat(Tasks.Select(t => $"task {t.Key} due {t.Due} {t.Status}")));
}

public sealed record DraftState(string Key, string To, string Subject);

public sealed record TaskState(string Key, string Due, string Status, string Reminder, string Title);
