using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookFollowUp.Graph.Client;

/// <summary>
/// Hands Kiota a token for every request. The allowed-hosts list is empty on purpose: the configured base URL
/// (a fake on loopback in tests) is the only host the client ever talks to.
/// </summary>
public sealed class StaticAccessTokenProvider(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(token);
}
