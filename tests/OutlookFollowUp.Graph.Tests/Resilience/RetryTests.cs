using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Graph.Resilience;
using OutlookFollowUp.Graph.Tests.Infrastructure;
using OutlookFollowUp.Simulator;
using OutlookFollowUp.TestUtilities.GraphJson;

namespace OutlookFollowUp.Graph.Tests.Resilience;

/// <summary>
/// 429 and 503 with Retry-After, at the top level and inside $batch: retried after the advertised delay (the clock
/// records the wait, the Simulator's log shows when the retry arrived), ending in the same state as a clean run.
/// </summary>
public sealed class RetryTests
{
    private static readonly DateTimeOffset WindowStart = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowEnd = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Faults => new() { "429", "503" };

    private static SimulatedFault Fault(string kind, int seconds) =>
        kind == "429" ? SimulatedFault.Throttled(TimeSpan.FromSeconds(seconds)) : SimulatedFault.ServiceUnavailable(TimeSpan.FromSeconds(seconds));

    /// <summary>
    /// The first refused call was retried no sooner than <paramref name="seconds"/> later by the shared clock: no call
    /// of that kind arrived in between (calls of the same $batch arrive within milliseconds), and a successful one came after.
    /// </summary>
    private static void AssertRetriedAfter(GatewayHarness h, string method, string path, int status, int seconds)
    {
        var calls = h.Calls(method, path);
        var refused = calls.FirstOrDefault(c => c.StatusCode == status);
        Assert.True(refused is not null, $"no {status} for {method} {path}");
        var delay = TimeSpan.FromSeconds(seconds);
        var later = calls.Where(c => c.Timestamp - refused.Timestamp > TimeSpan.FromSeconds(0.5)).ToList();
        Assert.All(later, c => Assert.True(c.Timestamp - refused.Timestamp >= delay, $"a call came {c.Timestamp - refused.Timestamp} after the {status}; Retry-After was {seconds} s"));
        Assert.Contains(later, c => c.StatusCode is >= 200 and < 300);
        Assert.Contains(delay, h.Clock.SkippedDelays);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task GetCalendarViewAsync_TopLevelRefusedWithRetryAfter_RetriesAfterTheDelay(string kind)
    {
        var events = Enumerable.Range(0, 12).Select(i => GraphEventJson.Interview("E" + i).At(WindowStart.AddDays(1).AddHours(i), TimeSpan.FromHours(1)).Build()).ToList();
        using var h = new GatewayHarness(events, configure: o => o.CalendarPageSize = 10);
        // The second page is refused twice.
        var pages = 0;
        h.Simulator.InjectFault(RequestMatch.Where((m, p) => p.StartsWith("/me/calendarView", StringComparison.Ordinal) && p.Contains("skip", StringComparison.Ordinal) && Interlocked.Increment(ref pages) <= 2), Fault(kind, 3), times: 2);

        var window = await h.Gateway.GetCalendarViewAsync(WindowStart, WindowEnd, CancellationToken.None);

        Assert.Equal(12, window.Events.Count);
        AssertRetriedAfter(h, "GET", "/me/calendarView", int.Parse(kind, System.Globalization.CultureInfo.InvariantCulture), 3);
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3)], h.Clock.SkippedDelays);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task GetProfileAsync_BatchEnvelopeRefusedWithRetryAfter_RetriesAfterTheDelay(string kind)
    {
        using var h = new GatewayHarness();
        h.Simulator.InjectFault(RequestMatch.For("POST", "/$batch"), Fault(kind, 4));

        var profile = await h.Gateway.GetProfileAsync(CancellationToken.None);

        Assert.Equal(SampleMailboxJson.UserAddress, profile.User.Email?.Address);
        AssertRetriedAfter(h, "POST", "/$batch", int.Parse(kind, System.Globalization.CultureInfo.InvariantCulture), 4);
        Assert.Equal([TimeSpan.FromSeconds(4)], h.Clock.SkippedDelays);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task GetProfileAsync_SubRequestRefusedWithRetryAfter_RetriesAfterTheDelay(string kind)
    {
        using var h = new GatewayHarness();
        h.Simulator.InjectFault(RequestMatch.For("GET", "/me/mailboxSettings"), Fault(kind, 2));

        var profile = await h.Gateway.GetProfileAsync(CancellationToken.None);

        Assert.Equal("Eastern Standard Time", profile.TimeZoneId);
        AssertRetriedAfter(h, "GET", "/me/mailboxSettings", int.Parse(kind, System.Globalization.CultureInfo.InvariantCulture), 2);
        Assert.Equal([TimeSpan.FromSeconds(2)], h.Clock.SkippedDelays);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task EnsureDraftsAsync_CreateSubRequestsRefused_RetriedAfterTheDelayAndSameStateAsCleanRun(string kind)
    {
        using var clean = new GatewayHarness();
        await clean.Gateway.EnsureDraftsAsync(Drafts.Requests(5), CancellationToken.None);
        using var h = new GatewayHarness();
        h.Simulator.InjectFault(RequestMatch.For("POST", "/me/messages"), Fault(kind, 5), times: 2);

        var results = await h.Gateway.EnsureDraftsAsync(Drafts.Requests(5), CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Succeeded));
        AssertRetriedAfter(h, "POST", "/me/messages", int.Parse(kind, System.Globalization.CultureInfo.InvariantCulture), 5);
        Assert.Equal(Snapshot(clean), Snapshot(h));
        Assert.Equal([TimeSpan.FromSeconds(5)], h.Clock.SkippedDelays);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task EnsureDraftsAsync_LookupSubRequestsRefused_RetriedAfterTheDelayAndSameStateAsCleanRun(string kind)
    {
        using var clean = new GatewayHarness();
        await clean.Gateway.EnsureDraftsAsync(Drafts.Requests(5), CancellationToken.None);
        using var h = new GatewayHarness();
        h.Simulator.InjectFault(RequestMatch.For("GET", "/me/messages?"), Fault(kind, 3), times: 3);

        var results = await h.Gateway.EnsureDraftsAsync(Drafts.Requests(5), CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Succeeded && r.Item!.Created));
        AssertRetriedAfter(h, "GET", "/me/messages?", int.Parse(kind, System.Globalization.CultureInfo.InvariantCulture), 3);
        Assert.Equal(Snapshot(clean), Snapshot(h));
        Assert.Equal(5, h.Count("POST", "/me/messages"));
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task EnsureTasksAsync_CreateRefusedThenListAndPatch_RetriedAfterTheDelay(string kind)
    {
        using var h = new GatewayHarness();
        h.Simulator.InjectFault(RequestMatch.For("GET", "/me/todo/lists"), Fault(kind, 2));
        h.Simulator.InjectFault(RequestMatch.Where((m, p) => m == "POST" && p.EndsWith("/tasks", StringComparison.Ordinal)), Fault(kind, 3));
        h.Simulator.InjectFault(RequestMatch.For("PATCH", "/tasks/"), Fault(kind, 4));

        var listId = await h.Gateway.EnsureTaskListAsync(CancellationToken.None);
        var results = await h.Gateway.EnsureTasksAsync(listId, [Tasks.Request("statuscheck:ical-1")], CancellationToken.None);
        await h.Gateway.UpdateTaskAsync(listId, results[0].Item!.Id, new TaskUpdate(Completed: true), CancellationToken.None);

        var task = Assert.Single(h.Simulator.GetTasks(listId));
        Assert.Equal("completed", task["status"]!.GetValue<string>());
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4)], h.Clock.SkippedDelays);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task GetMessagesReceivedSinceAsync_PageRefused_RetriedAfterTheDelay(string kind)
    {
        var inbox = Enumerable.Range(0, 15).Select(i => GraphMessageJson.From($"p{i}@contoso.com", null, WindowStart.AddDays(1).AddHours(i), "Hi")).ToList();
        using var h = new GatewayHarness(inbox: inbox, configure: o => o.MessagePageSize = 10);
        h.Simulator.InjectFault(RequestMatch.For("GET", "/me/messages"), Fault(kind, 6));

        var messages = await h.Gateway.GetMessagesReceivedSinceAsync(WindowStart, CancellationToken.None);

        Assert.Equal(15, messages.Count);
        AssertRetriedAfter(h, "GET", "/me/messages", int.Parse(kind, System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public async Task GetCalendarViewAsync_RefusedEveryTime_GivesUpAfterMaxRetriesAttempts()
    {
        using var h = new GatewayHarness(configure: o => o.MaxRetries = 2);
        h.Simulator.InjectFault(RequestMatch.For("GET", "/me/calendarView"), SimulatedFault.ServiceUnavailable(TimeSpan.FromSeconds(1)), times: 100);

        await Assert.ThrowsAsync<GraphUnavailableException>(() => h.Gateway.GetCalendarViewAsync(WindowStart, WindowEnd, CancellationToken.None));

        Assert.Equal(3, h.Count("GET", "/me/calendarView"));
    }

    [Fact]
    public async Task EnsureDraftsAsync_LookupsRefusedEveryTime_OneRetryLayerGivesUpAfterMaxRetriesAttempts()
    {
        using var h = new GatewayHarness(configure: o => o.MaxRetries = 2);
        h.Simulator.InjectFault(RequestMatch.For("GET", "/me/messages"), SimulatedFault.ServiceUnavailable(TimeSpan.FromSeconds(1)), times: 100);

        var error = await Assert.ThrowsAsync<GraphUnavailableException>(() => h.Gateway.EnsureDraftsAsync(Drafts.Requests(2), CancellationToken.None));

        // One retry layer: 1 + MaxRetries lookup rounds, not (1 + MaxRetries)² from nested retries.
        Assert.Equal(3, h.Count("POST", "/$batch"));
        Assert.Empty(h.Simulator.GetDrafts());
        Assert.Equal(503, error.Status);
    }

    [Fact]
    public async Task GetCalendarViewAsync_RetryAfterLongerThanMaxRetryAfter_GivesUpWithoutWaiting()
    {
        // Timers up to 90 s are skipped here, so the timeouts must be longer than that.
        using var h = new GatewayHarness(
            configure: o => { o.MaxRetryAfter = TimeSpan.FromSeconds(30); o.AttemptTimeout = TimeSpan.FromMinutes(5); o.OperationTimeout = TimeSpan.FromMinutes(10); },
            skipTimersShorterThan: TimeSpan.FromSeconds(90));
        h.Simulator.InjectFault(RequestMatch.For("GET", "/me/calendarView"), SimulatedFault.Throttled(TimeSpan.FromSeconds(60)));

        await Assert.ThrowsAsync<GraphUnavailableException>(() => h.Gateway.GetCalendarViewAsync(WindowStart, WindowEnd, CancellationToken.None));

        Assert.Equal(1, h.Count("GET", "/me/calendarView"));
        Assert.Empty(h.Clock.SkippedDelays);
    }

    [Fact]
    public async Task GetCalendarViewAsync_RetryAfterWithinMaxRetryAfter_WaitsTheFullDelay()
    {
        using var h = new GatewayHarness(
            configure: o => { o.MaxRetryAfter = TimeSpan.FromSeconds(60); o.AttemptTimeout = TimeSpan.FromMinutes(5); o.OperationTimeout = TimeSpan.FromMinutes(10); },
            skipTimersShorterThan: TimeSpan.FromSeconds(90));
        h.Simulator.InjectFault(RequestMatch.For("GET", "/me/calendarView"), SimulatedFault.Throttled(TimeSpan.FromSeconds(45)));

        await h.Gateway.GetCalendarViewAsync(WindowStart, WindowEnd, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(45)], h.Clock.SkippedDelays);
    }

    [Fact]
    public async Task EnsureDraftsAsync_NoRetries_FailsOnTheFirstRefusal()
    {
        using var h = new GatewayHarness(configure: o => o.MaxRetries = 0);
        h.Simulator.InjectFault(RequestMatch.For("POST", "/me/messages"), SimulatedFault.Throttled(TimeSpan.FromSeconds(1)));

        await Assert.ThrowsAsync<GraphUnavailableException>(() => h.Gateway.EnsureDraftsAsync(Drafts.Requests(1), CancellationToken.None));

        Assert.Equal(1, h.Count("POST", "/me/messages"));
        Assert.Empty(h.Clock.SkippedDelays);
    }

    [Fact]
    public async Task EnsureDraftsAsync_GraphRefusesOneCreateWith400_OnlyThatKeyFailsAndItIsNotRetried()
    {
        var requests = Drafts.Requests(4);
        var bad = requests[2].Key;
        using var h = new GatewayHarness(finalHandler: () => new RefuseOneCreateHandler(bad));

        var results = await h.Gateway.EnsureDraftsAsync(requests, CancellationToken.None);

        var failed = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(bad, failed.Key);
        Assert.Contains("400", failed.Error, StringComparison.Ordinal);
        Assert.Equal(3, Drafts.ByKey(h.Simulator).Count);
        Assert.Equal(4, h.Count("POST", "/me/messages"));
        Assert.Empty(h.Clock.SkippedDelays);
    }

    [Fact]
    public async Task EnsureTasksAsync_GraphRefusesOneCreateWith400_OnlyThatKeyFails()
    {
        using var h = new GatewayHarness(finalHandler: () => new RefuseOneCreateHandler("statuscheck:bad"));
        var listId = await h.Gateway.EnsureTaskListAsync(CancellationToken.None);

        var results = await h.Gateway.EnsureTasksAsync(listId, [Tasks.Request("statuscheck:good"), Tasks.Request("statuscheck:bad")], CancellationToken.None);

        Assert.True(results.Single(r => r.Key == "statuscheck:good").Succeeded);
        Assert.False(results.Single(r => r.Key == "statuscheck:bad").Succeeded);
        Assert.Single(h.Simulator.GetTasks(listId));
    }

    private static List<string> Snapshot(GatewayHarness h) =>
        Drafts.ByKey(h.Simulator).Select(d => $"{d.Key}|{d.Value["toRecipients"]![0]!["emailAddress"]!["address"]}|{d.Value["subject"]}").Order(StringComparer.Ordinal).ToList();
}
