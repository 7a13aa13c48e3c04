using System.Net.Http.Headers;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookFollowUp.Simulator.Tests.Infrastructure;

/// <summary>Builds clients the way PLATFORM.md §6.5 says: the real SDK with a static bearer token, pointed at the simulator.</summary>
internal static class Graph
{
    public const string Token = "test-token";

    /// <summary>The SDK on a plain HttpClient, as PLATFORM.md §6.5 builds it: no Kiota middleware (no retry, "%24select" sent as is).</summary>
    public static GraphServiceClient Client(GraphSimulator sim, string token = Token) =>
        new(new HttpClient(), new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(token)), sim.BaseUrl);

    /// <summary>The SDK on GraphClientFactory's handler chain: RetryHandler (honours Retry-After), parameter-name decoding, headers inspection.</summary>
    public static GraphServiceClient ClientWithDefaultHandlers(GraphSimulator sim, string token = Token) =>
        new(GraphClientFactory.Create(), new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(token)), sim.BaseUrl);

    /// <summary>Plain HTTP with (or without) a bearer token, for what the SDK can't show (status codes, headers, raw JSON).</summary>
    public static HttpClient Raw(GraphSimulator sim, string? token = Token)
    {
        var client = new HttpClient { BaseAddress = new Uri(sim.Url) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private sealed class StaticTokenProvider(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }
}
