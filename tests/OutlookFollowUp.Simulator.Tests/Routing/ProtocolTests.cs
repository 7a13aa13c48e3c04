using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph.Models.ODataErrors;
using OutlookFollowUp.Simulator.Tests.Infrastructure;

namespace OutlookFollowUp.Simulator.Tests.Routing;

public sealed class ProtocolTests
{
    [Fact]
    public async Task GetMe_SampleSeedThroughSdk_ReturnsUserAndMailboxSettings()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var graph = Graph.Client(sim);

        var me = await graph.Me.GetAsync();
        var settings = await graph.Me.MailboxSettings.GetAsync();

        Assert.Equal("Ana Souza", me!.DisplayName);
        Assert.Equal("00000000-0000-4000-8000-0000000a0a0a", me.Id);
        Assert.Equal("Eastern Standard Time", settings!.TimeZone);
        Assert.Equal(5, settings.WorkingHours!.DaysOfWeek!.Count);
        Assert.StartsWith("http://127.0.0.1:", sim.Url, StringComparison.Ordinal);
        Assert.Equal(sim.Url + "/v1.0", sim.BaseUrl);
    }

    [Fact]
    public async Task Request_WithoutBearerToken_Returns401InvalidAuthenticationToken()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        using var http = Graph.Raw(sim, token: null);

        using var response = await http.GetAsync(new Uri("/v1.0/me", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("InvalidAuthenticationToken", body["error"]!["code"]!.GetValue<string>());
        Assert.NotNull(body["error"]!["innerError"]!["request-id"]);
        Assert.NotNull(body["error"]!["innerError"]!["date"]);
        Assert.True(response.Headers.Contains("WWW-Authenticate"));
    }

    [Fact]
    public async Task Request_WrongTokenWhenOneIsRequired_Returns401ThroughSdk()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed(), new SimulatorOptions { RequiredAccessToken = "the-right-one" });

        var ex = await Assert.ThrowsAsync<ODataError>(() => Graph.Client(sim, "a-wrong-one").Me.GetAsync());
        var me = await Graph.Client(sim, "the-right-one").Me.GetAsync();

        Assert.Equal(401, ex.ResponseStatusCode);
        Assert.Equal("InvalidAuthenticationToken", ex.Error!.Code);
        Assert.NotNull(me);
    }

    [Theory]
    [InlineData("/v1.0/me/nonsense", 400, "BadRequest")]
    [InlineData("/v1.0/foo", 400, "BadRequest")]
    [InlineData("/beta/me", 404, "NotFound")]
    [InlineData("/", 404, "NotFound")]
    public async Task Request_UnknownRoute_ReturnsGraphShapedError(string path, int status, string code)
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        using var http = Graph.Raw(sim);

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, body["error"]!["code"]!.GetValue<string>());
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.Equal(path, Assert.Single(sim.GetRequestLog()).PathAndQuery);
    }

    [Fact]
    public async Task Request_WrongMethodOnKnownPath_Returns405GraphShaped()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        using var http = Graph.Raw(sim);

        using var response = await http.DeleteAsync(new Uri("/v1.0/me/mailboxSettings", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.NotNull(body["error"]!["code"]);
    }

    [Fact]
    public async Task Start_WithExplicitPort_ListensOnLoopbackThere()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed(), new SimulatorOptions { Port = port });
        var me = await Graph.Client(sim).Me.GetAsync();

        Assert.Equal($"http://127.0.0.1:{port}", sim.Url);
        Assert.NotNull(me);
    }

    [Fact]
    public async Task GetMailboxSettingsPart_TimeZone_ReturnsValue()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        using var http = Graph.Raw(sim);

        var body = JsonNode.Parse(await http.GetStringAsync(new Uri("/v1.0/me/mailboxSettings/timeZone", UriKind.Relative)))!;

        Assert.Equal("Eastern Standard Time", body["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Request_ViaUsersPathWithOwnId_IsServedAsMe()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        using var http = Graph.Raw(sim);

        var body = JsonNode.Parse(await http.GetStringAsync(new Uri("/v1.0/users/ana.souza@outlook.com/mailboxSettings", UriKind.Relative)))!;

        Assert.Equal("Eastern Standard Time", body["timeZone"]!.GetValue<string>());
    }

    [Fact]
    public async Task RequestLog_AfterCalls_RecordsMethodPathStatusAndCounts()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        using var http = Graph.Raw(sim);
        await http.GetAsync(new Uri("/v1.0/me?%24select=id", UriKind.Relative));
        await http.GetAsync(new Uri("/v1.0/me/nope", UriKind.Relative));

        var log = sim.GetRequestLog();

        Assert.Equal(2, sim.HttpRequestCount);
        Assert.Equal(0, sim.BatchSubRequestCount);
        Assert.Equal(("GET", "/v1.0/me?%24select=id", 200, false), (log[0].Method, log[0].PathAndQuery, log[0].StatusCode, log[0].InBatch));
        Assert.Equal(400, log[1].StatusCode);

        sim.ClearLog();
        Assert.Empty(sim.GetRequestLog());
        Assert.Equal(0, sim.HttpRequestCount);
    }
}
