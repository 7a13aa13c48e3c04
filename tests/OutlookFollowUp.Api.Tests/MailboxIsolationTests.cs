using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Abstractions;
using OutlookFollowUp.Api.Mailbox;

namespace OutlookFollowUp.Api.Tests;

/// <summary>Every user works on their own mailbox only, and the service never starts in a way that would share one.</summary>
public sealed class MailboxIsolationTests
{
    private const string Ana = "80000000-0000-4000-8000-00000000000a";
    private const string Ben = "80000000-0000-4000-8000-00000000000b";

    [Fact]
    public async Task TwoUsers_TheirDraftsLandInTheirOwnMailboxes()
    {
        await using var host = new ApiHost();
        using var ana = host.As(Ana);
        using var ben = host.As(Ben);
        var anasInterview = host.MailboxOf(Ana).AddEvent(TestUtilities.GraphJson.GraphEventJson.Interview("ANA1")
            .WithSubject("Interview: Data Engineer - Contoso")
            .WithOrganizer("lee.park@contoso.com", "Lee Park")
            .EndingAt(ApiHost.SeedNow.AddDays(-1))
            .Build());

        using var anasDrafts = await ana.PostJsonAsync("/api/interviews/drafts", new { eventId = anasInterview });
        using var bensLook = await ben.PostJsonAsync("/api/interviews/analyze", new { itemId = anasInterview });

        Assert.Equal(HttpStatusCode.OK, anasDrafts.StatusCode);
        Assert.Contains(host.MailboxOf(Ana).GetDrafts(), d => d.ToJsonString().Contains("lee.park@contoso.com", StringComparison.Ordinal));
        Assert.DoesNotContain(host.MailboxOf(Ben).GetDrafts(), d => d.ToJsonString().Contains("lee.park@contoso.com", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, bensLook.StatusCode); // Ana's interview is not in Ben's calendar
    }

    [Fact]
    public async Task BackgroundWork_OpensTheMailboxOfTheUserItIsFor()
    {
        await using var host = new ApiHost();
        using var ana = host.As(Ana);
        (await ana.PutJsonAsync("/api/settings", new { autoMode = true })).EnsureSuccessStatusCode();

        await host.Services.GetRequiredService<Jobs.AutomationWorker>().RunOnceAsync(CancellationToken.None);

        Assert.NotEmpty(host.MailboxOf(Ana).GetDrafts());
        Assert.DoesNotContain(ApiHost.UserKey(Ben), host.Tenant.UsersWithAMailbox);
    }

    [Fact]
    public async Task Production_FixedGraphTokenWithEntra_RefusesToStart()
    {
        var (pfx, password) = TestCertificates.WritePfx();
        await using var host = new ApiHost(environment: "Production", settings: new Dictionary<string, string?>
        {
            ["Graph:AccessToken"] = "one-mailbox-for-everyone",
            ["DataProtection:CertificatePath"] = pfx,
            ["DataProtection:CertificatePassword"] = password,
        });

        var error = Assert.ThrowsAny<Exception>(() => host.Anonymous());

        Assert.Contains("Graph:AccessToken", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Graph:AllowSharedAccessToken", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_FixedGraphTokenWithEntra_StartsWhenExplicitlyAllowed()
    {
        var (pfx, password) = TestCertificates.WritePfx();
        await using var host = new ApiHost(environment: "Production", settings: new Dictionary<string, string?>
        {
            ["Graph:AccessToken"] = SimulatedTenant.TokenFor(ApiHost.UserKey(Ana)),
            ["Graph:AllowSharedAccessToken"] = "true",
            ["DataProtection:CertificatePath"] = pfx,
            ["DataProtection:CertificatePassword"] = password,
        });
        using var ben = host.As(Ben);

        using var response = await ben.PostJsonAsync("/api/interviews/analyze", new { itemId = Seed.PanelEvent });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(ApiHost.UserKey(Ben), host.Tenant.UsersWithAMailbox); // the one token opens Ana's mailbox, as configured
    }

    [Theory]
    [InlineData("https://evil.example/v1.0/me/events")]
    [InlineData("https://graph.microsoft.com.evil.example/v1.0/me/events")]
    public async Task OnBehalfOfToken_IsNeverHandedToAnotherHost(string url)
    {
        var entra = new CountingEntra();
        var provider = new OboAccessTokenProvider(entra, caller: null, sessionKey: "user.tenant", graphHost: "graph.microsoft.com");

        var token = await provider.GetAuthorizationTokenAsync(new Uri(url));
        var graphToken = await provider.GetAuthorizationTokenAsync(new Uri("https://graph.microsoft.com/v1.0/me/events?$skip=10"));

        Assert.Equal("", token);
        Assert.Equal("graph-token", graphToken);
        Assert.Equal(1, entra.Calls);
    }

    [Fact]
    public async Task GraphClient_FollowingALinkToAnotherHost_SendsNoToken()
    {
        var network = new RecordingNetwork();
        var client = Graph.Client.GraphClientBuilder.Create(new Graph.Client.GraphOptions { BaseUrl = "https://graph.microsoft.com/v1.0" }, new Graph.Client.StaticAccessTokenProvider("secret"), new Graph.Client.GraphRequestLog(), TimeProvider.System, network);

        await client.Me.Events.WithUrl("https://evil.example/v1.0/me/events?$skip=10").GetAsync();
        await client.Me.Events.GetAsync();

        Assert.Null(network.Requests.Single(r => r.Host == "evil.example").Authorization);
        Assert.Equal("Bearer secret", network.Requests.Single(r => r.Host == "graph.microsoft.com").Authorization);
    }

    private sealed class CountingEntra : IAuthorizationHeaderProvider
    {
        public int Calls { get; private set; }

        public Task<string> CreateAuthorizationHeaderForUserAsync(IEnumerable<string> scopes, AuthorizationHeaderProviderOptions? authorizationHeaderProviderOptions = null, System.Security.Claims.ClaimsPrincipal? claimsPrincipal = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult("Bearer graph-token");
        }

        public Task<string> CreateAuthorizationHeaderForAppAsync(string scopes, AuthorizationHeaderProviderOptions? downstreamApiOptions = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<string> CreateAuthorizationHeaderAsync(IEnumerable<string> scopes, AuthorizationHeaderProviderOptions? options = null, System.Security.Claims.ClaimsPrincipal? claimsPrincipal = null, CancellationToken cancellationToken = default) =>
            CreateAuthorizationHeaderForUserAsync(scopes, options, claimsPrincipal, cancellationToken);
    }

    /// <summary>Answers every request with an empty page and remembers where it went and with which token.</summary>
    private sealed class RecordingNetwork : HttpMessageHandler
    {
        public List<(string Host, string? Authorization)> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests)
            {
                Requests.Add((request.RequestUri!.Host, request.Headers.Authorization?.ToString()));
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"value":[]}""", new MediaTypeHeaderValue("application/json")),
            });
        }
    }
}
