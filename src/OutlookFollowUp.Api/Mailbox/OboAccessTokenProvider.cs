using System.Security.Claims;
using Microsoft.Identity.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookFollowUp.Api.Auth;

namespace OutlookFollowUp.Api.Mailbox;

/// <summary>
/// Graph tokens on behalf of the user: in a request, plain on-behalf-of from the caller's token; in the background,
/// MSAL's long-running on-behalf-of session under the user's key (armed while the user was present).
/// </summary>
internal sealed class OboAccessTokenProvider(IAuthorizationHeaderProvider headers, ClaimsPrincipal? caller, string? sessionKey, string graphHost) : IAccessTokenProvider
{
    // The user's Graph token goes to the configured Graph host only (an empty validator would allow every host).
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([graphHost]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return string.Empty;
        }

        var options = new AuthorizationHeaderProviderOptions
        {
            AcquireTokenOptions = new AcquireTokenOptions { LongRunningWebApiSessionKey = sessionKey },
        };
        var header = await headers.CreateAuthorizationHeaderForUserAsync(GraphScopes.Delegated, options, caller, cancellationToken).ConfigureAwait(false);
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..] : header;
    }
}
