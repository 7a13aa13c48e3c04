using Microsoft.Kiota.Abstractions.Authentication;

namespace OutlookFollowUp.Graph.Client;

/// <summary>
/// Hands Kiota a fixed token. Its own allowed-hosts list is empty; <see cref="GraphHostOnly"/>, which every Graph client
/// is built with, limits the token to the configured Graph host (a fake on loopback in tests).
/// </summary>
public sealed class StaticAccessTokenProvider(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(token);
}
