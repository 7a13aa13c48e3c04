using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Graph.Tests.Infrastructure;
using OutlookFollowUp.Simulator;

namespace OutlookFollowUp.Graph.Tests.Gateway;

public sealed class DraftTests
{
    [Fact]
    public async Task EnsureDraftsAsync_NewKeys_CreatesOneDraftPerKeyTaggedWithIt()
    {
        using var h = new GatewayHarness();
        var requests = Drafts.Requests(3);

        var results = await h.Gateway.EnsureDraftsAsync(requests, CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Succeeded && r.Item!.Created));
        var stored = Drafts.ByKey(h.Simulator);
        Assert.Equal(requests.Select(r => r.Key).Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        foreach (var result in results)
        {
            var draft = stored[result.Key];
            Assert.Equal(draft["id"]!.GetValue<string>(), result.Item!.Id);
            Assert.True(draft["isDraft"]!.GetValue<bool>());
        }
    }

    [Fact]
    public async Task EnsureDraftsAsync_HtmlFromCore_IsStoredExactlyAsGiven()
    {
        using var h = new GatewayHarness();
        const string html = "<p>Dear Amy,</p><p>Thank you &amp; the team for the R&amp;D &lt;Lead&gt; interview.</p><p>Ana</p>";
        var request = new DraftRequest("thankyou:ical-x:amy.chen@contoso.com", "Thank you - R&D <Lead> interview", html, [new EmailAddress("amy.chen@contoso.com", "Chen, Amy")]);

        await h.Gateway.EnsureDraftsAsync([request], CancellationToken.None);

        var draft = Assert.Single(h.Simulator.GetDrafts());
        Assert.Equal("Thank you - R&D <Lead> interview", draft["subject"]!.GetValue<string>());
        Assert.Equal("html", draft["body"]!["contentType"]!.GetValue<string>(), ignoreCase: true);
        Assert.Equal(html, draft["body"]!["content"]!.GetValue<string>());
        var to = Assert.Single(draft["toRecipients"]!.AsArray());
        Assert.Equal("amy.chen@contoso.com", to!["emailAddress"]!["address"]!.GetValue<string>());
        Assert.Equal("Chen, Amy", to["emailAddress"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task EnsureDraftsAsync_CalledAgain_CreatesNothingAndReturnsTheSameDrafts()
    {
        using var h = new GatewayHarness();
        var requests = Drafts.Requests(3);
        var first = await h.Gateway.EnsureDraftsAsync(requests, CancellationToken.None);
        h.Simulator.ClearLog();

        var second = await h.NewGateway().EnsureDraftsAsync(requests, CancellationToken.None);

        Assert.All(second, r => Assert.False(r.Item!.Created));
        Assert.Equal(first.Select(r => r.Item!.Id), second.Select(r => r.Item!.Id));
        Assert.Equal(0, h.Count("POST", "/me/messages"));
        Assert.Equal(3, h.Simulator.GetDrafts().Count);
    }

    [Fact]
    public async Task EnsureDraftsAsync_SameKeyTwiceInOneCall_CreatesOneDraft()
    {
        using var h = new GatewayHarness();
        var request = Drafts.Request("thankyou:ical-1:amy.chen@contoso.com");

        var results = await h.Gateway.EnsureDraftsAsync([request, request], CancellationToken.None);

        Assert.Single(results);
        Assert.Single(h.Simulator.GetDrafts());
    }

    [Fact]
    public async Task EnsureDraftsAsync_FindsDraftsTheUserAlreadyHas_OnlyCreatesTheMissingOnes()
    {
        using var h = new GatewayHarness();
        var requests = Drafts.Requests(4);
        await h.Gateway.EnsureDraftsAsync(requests.Take(2).ToList(), CancellationToken.None);

        var results = await h.Gateway.EnsureDraftsAsync(requests, CancellationToken.None);

        Assert.Equal([false, false, true, true], results.Select(r => r.Item!.Created));
        Assert.Equal(4, Drafts.ByKey(h.Simulator).Count);
    }

    [Fact]
    public async Task FindDraftsAsync_KeyMatchIsExact_OtherKeysAreNotFound()
    {
        using var h = new GatewayHarness();
        await h.Gateway.EnsureDraftsAsync([Drafts.Request("thankyou:ical-1:amy.chen@contoso.com")], CancellationToken.None);

        var found = await h.Gateway.FindDraftsAsync(["thankyou:ical-1:amy.chen@contoso.com", "thankyou:ical-1:amy", "thankyou:ical-2:amy.chen@contoso.com", "statuscheck-draft:o'brien"], CancellationToken.None);

        Assert.Equal(["thankyou:ical-1:amy.chen@contoso.com"], found.Keys);
    }

    [Fact]
    public async Task EnsureDraftsAsync_LostResponseOnTheCreateBatch_EndsWithExactlyOneDraftPerKey()
    {
        using var h = new GatewayHarness();
        var envelopes = 0;
        // The first $batch looks the keys up; the second creates the drafts and loses its answer after committing.
        var fault = h.Simulator.InjectFault(
            RequestMatch.Where((m, p) => m == "POST" && p.StartsWith("/$batch", StringComparison.Ordinal) && Interlocked.Increment(ref envelopes) == 2, "second $batch"),
            SimulatedFault.LostResponse());
        var requests = Drafts.Requests(3);

        var results = await h.Gateway.EnsureDraftsAsync(requests, CancellationToken.None);

        Assert.Equal(1, fault.Hits);
        Assert.All(results, r => Assert.True(r.Succeeded));
        var stored = Drafts.ByKey(h.Simulator);
        Assert.Equal(3, stored.Count);
        Assert.Equal(results.Select(r => r.Item!.Id).Order(StringComparer.Ordinal), stored.Values.Select(d => d["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EnsureDraftsAsync_DroppedConnectionOnTheCreateBatch_EndsWithExactlyOneDraftPerKey()
    {
        using var h = new GatewayHarness();
        var envelopes = 0;
        h.Simulator.InjectFault(
            RequestMatch.Where((m, p) => m == "POST" && p.StartsWith("/$batch", StringComparison.Ordinal) && Interlocked.Increment(ref envelopes) == 2, "second $batch"),
            SimulatedFault.LostResponse(dropConnection: true));

        var results = await h.Gateway.EnsureDraftsAsync(Drafts.Requests(3), CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(3, Drafts.ByKey(h.Simulator).Count);
    }

    [Fact]
    public async Task EnsureDraftsAsync_LostResponseOnOneCreateSubRequest_EndsWithExactlyOneDraftPerKey()
    {
        using var h = new GatewayHarness();
        var fault = h.Simulator.InjectFault(RequestMatch.For("POST", "/me/messages"), SimulatedFault.LostResponse(), times: 2);

        var results = await h.Gateway.EnsureDraftsAsync(Drafts.Requests(5), CancellationToken.None);

        Assert.Equal(2, fault.Hits);
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(5, Drafts.ByKey(h.Simulator).Count);
    }

    [Fact]
    public async Task EnsureDraftsAsync_ManyKeys_LooksUpAndCreatesInBatchesOfAtMostTwenty()
    {
        using var h = new GatewayHarness();

        var results = await h.Gateway.EnsureDraftsAsync(Drafts.Requests(45), CancellationToken.None);

        Assert.Equal(45, results.Count(r => r.Item!.Created));
        // 45 lookups and 45 creates: 3 + 3 batches of at most 20, nothing sent alone.
        Assert.Equal(6, h.Gateway.RequestLog.HttpRequests);
        Assert.All(h.Gateway.RequestLog.Records, r => Assert.InRange(r.BatchSize, 1, 20));
        Assert.Equal(45, h.Count("GET", "/me/messages", inBatch: true));
        Assert.Equal(45, h.Count("POST", "/me/messages", inBatch: true));
        Assert.Equal(0, h.Count("GET", "/me/messages", inBatch: false) + h.Count("POST", "/me/messages", inBatch: false));
    }
}
