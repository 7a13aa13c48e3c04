using Microsoft.Extensions.Caching.Memory;
using OutlookFollowUp.Graph.Gateway;

namespace OutlookFollowUp.Api.Mailbox;

/// <summary>Mailbox settings change rarely: keep each user's profile for a few minutes to save a Graph round trip per pane load.</summary>
internal sealed class ProfileCache(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<MailboxProfile> GetAsync(string userKey, IMailboxGateway mailbox, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue<MailboxProfile>(("profile", userKey), out var profile) && profile is not null)
        {
            return profile;
        }

        profile = await mailbox.GetProfileAsync(cancellationToken).ConfigureAwait(false);
        cache.Set(("profile", userKey), profile, Lifetime);
        return profile;
    }

    public void Forget(string userKey) => cache.Remove(("profile", userKey));
}
