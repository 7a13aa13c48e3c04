using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace OutlookFollowUp.Graph.Client;

/// <summary>
/// Builds the GraphServiceClient for one mailbox: Graph's default handler chain without Kiota's RetryHandler
/// (retries live in <see cref="Resilience.GraphResilience"/>, the one retry layer), plus a per-mailbox concurrency limit
/// and a request log.
/// </summary>
public static class GraphClientBuilder
{
    /// <summary>Creates a client for the configured base URL with the given token source.</summary>
    /// <param name="options">Graph settings.</param>
    /// <param name="tokens">The mailbox owner's tokens.</param>
    /// <param name="log">Where requests are recorded.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="finalHandler">A shared connection pool (not disposed with the client), or null for a pool of its own.</param>
    /// <param name="mailboxKey">
    /// Identifies the mailbox: clients created with the same key (in this process) share its concurrent-request limit.
    /// Null gives the client a limit of its own.
    /// </param>
    public static GraphServiceClient Create(GraphOptions options, IAccessTokenProvider tokens, GraphRequestLog log, TimeProvider timeProvider, HttpMessageHandler? finalHandler = null, string? mailboxKey = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.HasValidBaseUrl())
        {
            throw new ArgumentException($"Graph:BaseUrl '{options.BaseUrl}' is not an absolute http(s) URL.", nameof(options));
        }

        var handlers = GraphClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler).ToList();
        handlers.Insert(0, new RequestLogHandler(log, timeProvider));
        handlers.Insert(0, new MailboxConcurrencyHandler(MailboxLimit.Acquire(mailboxKey is null ? null : $"{options.BaseUrl.TrimEnd('/')}|{mailboxKey}", options.MaxConcurrentRequests)));
        // A caller-provided final handler is a shared connection pool: the client must not dispose it.
        var httpClient = GraphClientFactory.Create(handlers, finalHandler: finalHandler, disposeHandler: finalHandler is null);
        // Per-attempt time limits come from the resilience pipeline; the HttpClient's own limit is only a backstop.
        httpClient.Timeout = options.OperationTimeout + TimeSpan.FromSeconds(5);
        return new GraphServiceClient(httpClient, new BaseBearerTokenAuthenticationProvider(new GraphHostOnly(tokens, options.BaseUrl)), options.BaseUrl.TrimEnd('/'));
    }
}

/// <summary>
/// The user's token goes to the configured Graph host and nowhere else, whatever a response points at (a rewritten
/// @odata.nextLink, a redirect): Kiota attaches the token only to hosts its validator allows, and an empty validator
/// allows all.
/// </summary>
public sealed class GraphHostOnly : IAccessTokenProvider
{
    private readonly IAccessTokenProvider _inner;

    public GraphHostOnly(IAccessTokenProvider inner, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        AllowedHostsValidator = new AllowedHostsValidator([new Uri(baseUrl).Host]);
    }

    public AllowedHostsValidator AllowedHostsValidator { get; }

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return AllowedHostsValidator.IsUrlHostValid(uri)
            ? _inner.GetAuthorizationTokenAsync(uri, additionalAuthenticationContext, cancellationToken)
            : Task.FromResult(string.Empty);
    }
}
