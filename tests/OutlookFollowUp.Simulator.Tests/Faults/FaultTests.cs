using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using OutlookFollowUp.Simulator.Tests.Infrastructure;

namespace OutlookFollowUp.Simulator.Tests.Faults;

public sealed class FaultTests
{
    private const string DraftJson = """{"subject":"Thank you","singleValueExtendedProperties":[{"id":"String {8ECCC264-6880-4EBE-992F-8888D2EEAA1D} Name InterviewFollowUpKey","value":"thankyou:k1:a@b.example"}]}""";
    private const string LookupPath = "/v1.0/me/messages?$filter=singleValueExtendedProperties/Any(ep: ep/id eq 'String {8ECCC264-6880-4EBE-992F-8888D2EEAA1D} Name InterviewFollowUpKey' and ep/value eq 'thankyou:k1:a@b.example')";

    [Theory]
    [InlineData(429, "TooManyRequests")]
    [InlineData(503, "ServiceNotAvailable")]
    public async Task InjectFault_ThrottledOrUnavailable_AnswersWithRetryAfterOnceThenRecovers(int status, string code)
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var fault = status == 429 ? SimulatedFault.Throttled(TimeSpan.FromSeconds(3)) : SimulatedFault.ServiceUnavailable(TimeSpan.FromSeconds(3));
        var injected = sim.InjectFault(RequestMatch.For("GET", "/me/calendarView"), fault);
        using var http = Graph.Raw(sim);
        var url = new Uri("/v1.0/me/calendarView?startDateTime=2026-11-09T00:00:00Z&endDateTime=2026-11-17T00:00:00Z", UriKind.Relative);

        using var first = await http.GetAsync(url);
        var body = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        using var second = await http.GetAsync(url);

        Assert.Equal(status, (int)first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), first.Headers.RetryAfter!.Delta);
        Assert.Equal(code, body["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((1, 0), (injected.Hits, injected.Remaining));
    }

    [Fact]
    public async Task InjectFault_ServiceUnavailable_SdkRetryHandlerHonoursRetryAfterAndSucceeds()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        sim.InjectFault(RequestMatch.For("GET", "/me/mailboxSettings"), SimulatedFault.ServiceUnavailable(TimeSpan.FromSeconds(1)));
        var watch = Stopwatch.StartNew();

        var settings = await Graph.ClientWithDefaultHandlers(sim).Me.MailboxSettings.GetAsync();

        Assert.Equal("Eastern Standard Time", settings!.TimeZone);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {watch.Elapsed}");
        Assert.Equal([503, 200], sim.GetRequestLog().Select(e => e.StatusCode));
    }

    [Fact]
    public async Task InjectFault_GatewayTimeoutForTwoCalls_HitsExactlyTwo()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        sim.InjectFault(RequestMatch.Where((method, path) => method == "GET" && path.StartsWith("/me/todo", StringComparison.Ordinal), "To Do reads"), SimulatedFault.GatewayTimeout(), times: 2);
        using var http = Graph.Raw(sim);

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.GetAsync(new Uri("/v1.0/me/todo/lists", UriKind.Relative));
            statuses.Add((int)response.StatusCode);
        }

        Assert.Equal([504, 504, 200], statuses);
    }

    [Fact]
    public async Task InjectFault_LostResponseOnCreate_Returns504ButDraftExists()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        sim.InjectFault(RequestMatch.For("POST", "/me/messages"), SimulatedFault.LostResponse());
        using var http = Graph.Raw(sim);

        using var content = new StringContent(DraftJson, Encoding.UTF8, "application/json");
        using var created = await http.PostAsync(new Uri("/v1.0/me/messages", UriKind.Relative), content);
        var lookup = JsonNode.Parse(await http.GetStringAsync(new Uri(LookupPath, UriKind.Relative)))!;

        Assert.Equal(HttpStatusCode.GatewayTimeout, created.StatusCode);
        Assert.Single(lookup["value"]!.AsArray());
        Assert.Single(sim.GetDrafts());
    }

    [Fact]
    public async Task InjectFault_LostResponseWithDroppedConnection_ClientFailsButDraftExists()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        sim.InjectFault(RequestMatch.For("POST", "/me/messages"), SimulatedFault.LostResponse(dropConnection: true));
        using var http = Graph.Raw(sim);

        using var content = new StringContent(DraftJson, Encoding.UTF8, "application/json");
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.PostAsync(new Uri("/v1.0/me/messages", UriKind.Relative), content));

        Assert.Single(sim.GetDrafts());
        Assert.Equal(0, sim.GetRequestLog()[0].StatusCode);
    }

    [Fact]
    public async Task InjectFault_LostResponseAndSdkRetry_CreatesASecondDraft()
    {
        // Why the product must look its key up before retrying a create (PLATFORM.md §6.3).
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        sim.InjectFault(RequestMatch.For("POST", "/me/messages"), SimulatedFault.LostResponse());

        var draft = await Graph.ClientWithDefaultHandlers(sim).Me.Messages.PostAsync(
            new Message { Subject = "Thank you" },
            rc => rc.Options.Add(new RetryHandlerOption { Delay = 0, MaxRetry = 1 }));

        Assert.NotNull(draft);
        Assert.Equal(2, sim.GetDrafts().Count);
    }

    [Fact]
    public async Task InjectFault_Latency_DelaysTheAnswer()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        sim.InjectFault(RequestMatch.For("GET", "/me/mailboxSettings"), SimulatedFault.Latency(TimeSpan.FromMilliseconds(300)));
        using var http = Graph.Raw(sim);
        var watch = Stopwatch.StartNew();

        using var response = await http.GetAsync(new Uri("/v1.0/me/mailboxSettings", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(280), $"answered after {watch.Elapsed}");
    }

    [Fact]
    public async Task ConcurrencyLimit_FiveParallelSlowRequests_ExactlyOneGets429ApplicationThrottled()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed(), new SimulatorOptions { Latency = TimeSpan.FromSeconds(1) });
        using var http = Graph.Raw(sim);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => http.GetAsync(new Uri("/v1.0/me/mailboxSettings", UriKind.Relative))));
        var throttled = Assert.Single(responses, r => (int)r.StatusCode == 429);
        var body = JsonNode.Parse(await throttled.Content.ReadAsStringAsync())!;

        Assert.Equal(4, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal("ApplicationThrottled", body["error"]!["code"]!.GetValue<string>());
        Assert.Equal("Application is over its MailboxConcurrency limit.", body["error"]!["message"]!.GetValue<string>());
        Assert.NotNull(throttled.Headers.RetryAfter);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task ConcurrencyLimit_Disabled_AllFiveSucceed()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed(), new SimulatorOptions { Latency = TimeSpan.FromMilliseconds(300), EnforceConcurrencyLimit = false });
        using var http = Graph.Raw(sim);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => http.GetAsync(new Uri("/v1.0/me/mailboxSettings", UriKind.Relative))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Reset_AfterChangesAndFaults_RestoresSeed()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var graph = Graph.Client(sim);
        await graph.Me.Messages.PostAsync(new Message { Subject = "x" });
        await graph.Me.Todo.Lists.PostAsync(new TodoTaskList { DisplayName = "Interview follow-ups" });
        sim.DeleteEvent("AAMkAG79A9986A1C7EB683262CB2E4F59A20D387CA8A5C");
        sim.InjectFault(RequestMatch.Any, SimulatedFault.GatewayTimeout(), times: 5);

        sim.Reset();
        var me = await graph.Me.GetAsync();

        Assert.NotNull(me);
        Assert.Empty(sim.GetDrafts());
        Assert.Single(sim.GetTodoLists());
        Assert.Equal(9, sim.GetEvents().Count);
        Assert.Equal(1, sim.HttpRequestCount);
    }
}
