using System.Globalization;
using OutlookFollowUp.Graph.Client;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Graph.Resilience;
using OutlookFollowUp.Graph.Tests.Infrastructure;
using OutlookFollowUp.TestUtilities.GraphJson;

namespace OutlookFollowUp.Graph.Tests.Gateway;

/// <summary>Outlook allows 4 concurrent requests per mailbox; the Simulator answers the fifth with 429 ApplicationThrottled.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task ManyGatewayCallsInParallel_NeverMoreThanFourRequestsInFlight()
    {
        var start = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
        var events = Enumerable.Range(0, 30).Select(i => GraphEventJson.Interview("E" + i.ToString("D2", CultureInfo.InvariantCulture)).At(start.AddHours(7 * i), TimeSpan.FromHours(1)).Build()).ToList();
        var inbox = Enumerable.Range(0, 30).Select(i => GraphMessageJson.From($"p{i}@contoso.com", null, start.AddHours(i), "Hi")).ToList();
        using var h = new GatewayHarness(events, inbox, configure: o => { o.CalendarPageSize = 10; o.MessagePageSize = 10; }, latency: TimeSpan.FromMilliseconds(15));
        var listId = await h.Gateway.EnsureTaskListAsync(CancellationToken.None);

        var work = new List<Task>();
        for (var i = 0; i < 6; i++)
        {
            var n = i;
            work.Add(h.Gateway.GetCalendarViewAsync(start, start.AddDays(10), CancellationToken.None));
            work.Add(h.Gateway.GetMessagesReceivedSinceAsync(start, CancellationToken.None));
            work.Add(h.Gateway.GetProfileAsync(CancellationToken.None));
            work.Add(h.Gateway.EnsureDraftsAsync(Drafts.Requests(8, $"thankyou:ical-{n}:"), CancellationToken.None));
            work.Add(h.Gateway.EnsureTasksAsync(listId, [Tasks.Request($"statuscheck:ical-{n}")], CancellationToken.None));
            work.Add(h.Gateway.GetEventAsync("E05", CancellationToken.None));
        }

        await Task.WhenAll(work);

        Assert.DoesNotContain(h.Log, e => e.StatusCode == 429);
        Assert.Equal(48, h.Simulator.GetDrafts().Count);
        Assert.Equal(6, h.Simulator.GetTasks(listId).Count);
        Assert.Empty(h.Clock.SkippedDelays);
    }

    [Fact]
    public async Task TwoGatewaysWithTheSameMailboxKey_ShareTheFourRequestLimit()
    {
        using var h = new GatewayHarness(latency: TimeSpan.FromMilliseconds(15));
        using var worker = GraphMailboxGateway.Create(h.Options, new StaticAccessTokenProvider("t"), h.Clock, mailboxKey: "user-1");
        using var request = GraphMailboxGateway.Create(h.Options, new StaticAccessTokenProvider("t"), h.Clock, mailboxKey: "user-1");

        await Task.WhenAll(
            worker.EnsureDraftsAsync(Drafts.Requests(20, "thankyou:a:"), CancellationToken.None),
            request.EnsureDraftsAsync(Drafts.Requests(20, "thankyou:b:"), CancellationToken.None),
            worker.GetProfileAsync(CancellationToken.None),
            request.GetMessagesReceivedSinceAsync(DateTimeOffset.MinValue, CancellationToken.None));

        Assert.Equal(40, h.Simulator.GetDrafts().Count);
        Assert.DoesNotContain(h.Log, e => e.StatusCode == 429);
    }

    [Fact]
    public async Task TwoGatewaysWithoutAMailboxKey_CanExceedTheLimitTogether()
    {
        // Why the key matters: each keyless gateway keeps its own limit, so two of them on one mailbox run 8 requests at once.
        using var h = new GatewayHarness(latency: TimeSpan.FromMilliseconds(40), configure: o => o.MaxRetries = 0);
        using var other = h.NewGateway();

        await Task.WhenAll(
            Attempt(h.Gateway.EnsureDraftsAsync(Drafts.Requests(20, "thankyou:a:"), CancellationToken.None)),
            Attempt(other.EnsureDraftsAsync(Drafts.Requests(20, "thankyou:b:"), CancellationToken.None)));

        Assert.Contains(h.Log, e => e.StatusCode == 429);

        static async Task Attempt(Task task)
        {
            try
            {
                await task;
            }
            catch (GraphGatewayException)
            {
                // expected: throttled with no retries left
            }
        }
    }
}
