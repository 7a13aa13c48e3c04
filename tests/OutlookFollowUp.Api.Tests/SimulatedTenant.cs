using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Client;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Simulator;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Api.Tests;

/// <summary>
/// What lies outside the service in a real tenant, for many users: a mailbox of their own per user (a Simulator each,
/// started from the sample seed the first time it is needed) and Entra handing out on-behalf-of tokens that open only
/// that user's mailbox. Shared by the lives of a restarted host, like the real tenant is.
/// </summary>
public sealed class SimulatedTenant : IAsyncDisposable
{
    /// <summary>The Graph base URL the service is configured with; <see cref="GraphNetwork"/> routes each request by its token.</summary>
    public const string GraphBaseUrl = "http://graph.simulated.test/v1.0";

    private const string TokenPrefix = "graph-token-for:";

    private readonly ConcurrentDictionary<string, Lazy<GraphSimulator>> _mailboxes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _sessions = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public SimulatedTenant(TimeProvider clock) => _clock = clock;

    /// <summary>The mailbox of a user (by our key, "{oid}.{tid}"), started on first use.</summary>
    public GraphSimulator MailboxOf(string userKey) =>
        _mailboxes.GetOrAdd(userKey, _ => new Lazy<GraphSimulator>(() => GraphSimulator.Start(
            SimulatorSeed.Load(SharedFixtures.PathOf("sample-mailbox.json")),
            new SimulatorOptions { TimeProvider = _clock, ValidateSubscriptionEndpoints = false }))).Value;

    /// <summary>Users whose mailbox has been opened at least once.</summary>
    public IReadOnlyCollection<string> UsersWithAMailbox => _mailboxes.Keys.ToList();

    /// <summary>Forgets a user's long-running session, as Entra does when a refresh token is revoked.</summary>
    public void RevokeSession(string userKey) => _sessions.TryRemove(userKey, out _);

    internal static string TokenFor(string userKey) => TokenPrefix + userKey;

    internal static string? UserOfToken(string? token) =>
        token is not null && token.StartsWith(TokenPrefix, StringComparison.Ordinal) ? token[TokenPrefix.Length..] : null;

    internal void ArmSession(string userKey) => _sessions[userKey] = true;

    internal bool HasSession(string userKey) => _sessions.ContainsKey(userKey);

    public async ValueTask DisposeAsync()
    {
        foreach (var mailbox in _mailboxes.Values.Where(m => m.IsValueCreated))
        {
            await mailbox.Value.DisposeAsync();
        }
    }
}

/// <summary>
/// Entra's on-behalf-of for the test host: in a request the caller's token becomes a Graph token for the caller's
/// mailbox (and, with a session key, arms the long-running session); in the background only an armed session gets one.
/// </summary>
internal sealed class SimulatedEntra(SimulatedTenant tenant) : IAuthorizationHeaderProvider
{
    public Task<string> CreateAuthorizationHeaderForUserAsync(IEnumerable<string> scopes, AuthorizationHeaderProviderOptions? authorizationHeaderProviderOptions = null, ClaimsPrincipal? claimsPrincipal = null, CancellationToken cancellationToken = default)
    {
        var sessionKey = authorizationHeaderProviderOptions?.AcquireTokenOptions?.LongRunningWebApiSessionKey;
        if (claimsPrincipal is not null)
        {
            var caller = CurrentUser.From(claimsPrincipal) ?? throw new MsalUiRequiredException("invalid_grant", "The assertion names no user.");
            if (sessionKey is not null)
            {
                tenant.ArmSession(sessionKey);
            }

            return Task.FromResult("Bearer " + SimulatedTenant.TokenFor(caller.Key));
        }

        return sessionKey is not null && tenant.HasSession(sessionKey)
            ? Task.FromResult("Bearer " + SimulatedTenant.TokenFor(sessionKey))
            : throw new MsalUiRequiredException("invalid_grant", "AADSTS700082: The refresh token has expired or the session was never started.");
    }

    public Task<string> CreateAuthorizationHeaderForAppAsync(string scopes, AuthorizationHeaderProviderOptions? downstreamApiOptions = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The service uses delegated permissions only.");

    public Task<string> CreateAuthorizationHeaderAsync(IEnumerable<string> scopes, AuthorizationHeaderProviderOptions? options = null, ClaimsPrincipal? claimsPrincipal = null, CancellationToken cancellationToken = default) =>
        CreateAuthorizationHeaderForUserAsync(scopes, options, claimsPrincipal, cancellationToken);
}

/// <summary>
/// The network under the service's Graph clients: a request goes to the mailbox its bearer token opens (as Graph's
/// /me does), or is answered 401 like Graph answers a missing or foreign token. The Host header stays Graph's, so the
/// Simulator's nextLinks point back at Graph.
/// </summary>
internal sealed class GraphNetwork(SimulatedTenant tenant) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var user = request.Headers.Authorization is { Scheme: "Bearer" } bearer ? SimulatedTenant.UserOfToken(bearer.Parameter) : null;
        if (user is null || request.RequestUri is null)
        {
            return new HttpResponseMessage(HttpStatusCode.Unauthorized)
            {
                RequestMessage = request,
                Content = new StringContent("""{"error":{"code":"InvalidAuthenticationToken","message":"Access token is empty."}}""", Encoding.UTF8, "application/json"),
            };
        }

        var graphAuthority = request.RequestUri.Authority;
        var mailbox = new Uri(tenant.MailboxOf(user).Url);
        request.RequestUri = new UriBuilder(request.RequestUri) { Scheme = mailbox.Scheme, Host = mailbox.Host, Port = mailbox.Port }.Uri;
        request.Headers.Host = graphAuthority;
        return await base.SendAsync(request, cancellationToken);
    }
}
