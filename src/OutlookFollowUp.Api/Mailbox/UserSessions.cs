using System.Security.Claims;
using OutlookFollowUp.Api.Activity;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Workflow.Engine;

namespace OutlookFollowUp.Api.Mailbox;

/// <summary>The caller's mailbox for one request: their account, gateway and session; disposing records the activity log.</summary>
internal sealed class UserSession(UserAccount user, IServiceMailbox gateway, MailboxSession session, ActivityRecorder activity) : IAsyncDisposable
{
    public UserAccount User { get; } = user;

    public IServiceMailbox Gateway { get; } = gateway;

    public MailboxSession Session { get; } = session;

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Every Graph request made for the user is in their activity log, whatever the request's outcome.
            await activity.RecordAsync(User.Id, Gateway.RequestLog, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            Gateway.Dispose();
        }
    }
}

/// <summary>Opens the caller's mailbox: the account row, a gateway on behalf of the caller, the cached profile, their preferences.</summary>
internal sealed class UserSessions(UserAccounts accounts, IUserMailboxes mailboxes, ProfileCache profiles, ActivityRecorder activity)
{
    public async Task<UserSession> OpenAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var user = await accounts.EnsureAsync(caller, cancellationToken).ConfigureAwait(false);
        var gateway = mailboxes.Open(user.Id, caller);
        try
        {
            var profile = await profiles.GetAsync(user.Id, gateway, cancellationToken).ConfigureAwait(false);
            var session = await MailboxSession.OpenAsync(gateway, PreferencesOf(user), user.Id, cancellationToken, profile).ConfigureAwait(false);
            return new UserSession(user, gateway, session, activity);
        }
        catch
        {
            await activity.RecordAsync(user.Id, gateway.RequestLog, CancellationToken.None).ConfigureAwait(false);
            gateway.Dispose();
            throw;
        }
    }

    /// <summary>A user's preferences as the use cases take them.</summary>
    public static FollowUpPreferences PreferencesOf(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new FollowUpPreferences(user.Signature, new StatusCheckPolicy(user.GraceDays, user.DefaultBusinessDays), user.AutoMode, user.HolidayCountry);
    }
}
