using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookFollowUp.Graph.Client;
using OutlookFollowUp.Graph.Gateway;

namespace OutlookFollowUp.Api.Mailbox;

/// <summary>Opens a user's mailbox through Graph: on behalf of the caller in a request, or of the stored session in the background.</summary>
public interface IUserMailboxes
{
    /// <summary>A gateway for the user. <paramref name="caller"/> is the request's principal, or null in background work.</summary>
    IServiceMailbox Open(string userKey, ClaimsPrincipal? caller);

    /// <summary>
    /// While the user is present: starts (or restarts) the long-running on-behalf-of session that background work uses.
    /// Returns false when no session is needed (a fixed Graph token is configured).
    /// </summary>
    Task<bool> ArmBackgroundSessionAsync(string userKey, ClaimsPrincipal caller, CancellationToken cancellationToken);
}

internal sealed class UserMailboxes(IOptions<GraphOptions> graph, IServiceProvider services, TimeProvider timeProvider, SharedGraphHandler handler) : IUserMailboxes
{
    public IServiceMailbox Open(string userKey, ClaimsPrincipal? caller) =>
        // One request limit per mailbox across workers, webhooks and interactive requests (Outlook allows 4).
        GraphMailboxGateway.Create(graph.Value, TokensFor(userKey, caller), timeProvider, handler.Handler, mailboxKey: userKey);

    public async Task<bool> ArmBackgroundSessionAsync(string userKey, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(graph.Value.AccessToken))
        {
            return false;
        }

        // With the session key and the caller's token present, Identity.Web initiates the long-running session
        // (MSAL InitiateLongRunningProcessInWebApi) and caches its refresh token under the key.
        var provider = new OboAccessTokenProvider(services.GetRequiredService<IAuthorizationHeaderProvider>(), caller, userKey, GraphHost);
        await provider.GetAuthorizationTokenAsync(new Uri(graph.Value.BaseUrl), cancellationToken: cancellationToken).ConfigureAwait(false);
        return true;
    }

    private IAccessTokenProvider TokensFor(string userKey, ClaimsPrincipal? caller)
    {
        if (!string.IsNullOrWhiteSpace(graph.Value.AccessToken))
        {
            return new StaticAccessTokenProvider(graph.Value.AccessToken);
        }

        var headers = services.GetService<IAuthorizationHeaderProvider>()
            ?? throw new InvalidOperationException("Graph needs either Graph:AccessToken or Entra configuration (AzureAd) for on-behalf-of tokens.");
        return caller is not null
            ? new OboAccessTokenProvider(headers, caller, sessionKey: null, GraphHost)
            : new OboAccessTokenProvider(headers, caller: null, sessionKey: userKey, GraphHost);
    }

    private string GraphHost => new Uri(graph.Value.BaseUrl).Host;
}

/// <summary>One connection pool for every user's Graph client (clients are per user; sockets are shared).</summary>
internal sealed class SharedGraphHandler(HttpMessageHandler handler) : IDisposable
{
    public SharedGraphHandler()
        : this(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
    }

    /// <summary>The network under every Graph client; tests put a simulated Graph of many mailboxes here.</summary>
    public HttpMessageHandler Handler { get; } = handler;

    public void Dispose() => Handler.Dispose();
}
