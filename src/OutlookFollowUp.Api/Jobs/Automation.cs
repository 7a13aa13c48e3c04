using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Api.Activity;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Mailbox;

namespace OutlookFollowUp.Api.Jobs;

/// <summary>
/// Turns a user's automatic mode on and off: arms the long-running session while the user is present, subscribes to
/// change notifications on their events, and queues the first scan; pauses when the session can no longer get a token.
/// </summary>
internal sealed class Automation(
    ServiceDbContext db,
    IUserMailboxes mailboxes,
    WorkQueue queue,
    ActivityRecorder activity,
    IOptions<AppOptions> app,
    IOptions<JobsOptions> jobs,
    TimeProvider timeProvider,
    ILogger<Automation> logger)
{
    public const string PausedMessage = "Automatic follow-up is paused: the service can no longer act for you. Open the add-in to resume.";

    /// <summary>While the user is present: make sure background work can run for them and is subscribed.</summary>
    public async Task EnableAsync(UserAccount user, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        await ArmAsync(user, caller, cancellationToken).ConfigureAwait(false);
        var active = await db.Subscriptions.AnyAsync(s => s.UserId == user.Id && s.ExpiresAt > timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (!active)
        {
            await SubscribeAsync(user.Id, caller, cancellationToken).ConfigureAwait(false);
        }

        await queue.EnqueueAsync(user.Id, WorkKinds.Scan, null, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops automation: subscriptions are deleted, pending work is dropped.</summary>
    public async Task DisableAsync(UserAccount user, ClaimsPrincipal? caller, CancellationToken cancellationToken)
    {
        await UnsubscribeAllAsync(user.Id, caller, cancellationToken).ConfigureAwait(false);
        await queue.CancelPendingAsync(user.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// After the user scheduled a status check from the pane: the background job carries it on (a reply completes it,
    /// the due date places its draft) even with automatic mode off, so the session it needs is armed while the user is here.
    /// </summary>
    public async Task CarryOnAsync(UserAccount user, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (!user.SessionArmed)
        {
            await ArmAsync(user, caller, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>When the user opens the pane while automation is paused: re-arm, resume, catch up.</summary>
    public async Task ResumeIfPausedAsync(UserAccount user, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (user.PausedReason is null || !user.AutoMode)
        {
            return;
        }

        user.PausedReason = null;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await EnableAsync(user, caller, cancellationToken).ConfigureAwait(false);
        Log.AutomationResumed(logger, user.ObjectId);
    }

    /// <summary>Background work could not get a token: pause and say so in the pane.</summary>
    public async Task PauseAsync(string userId, string reason, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return;
        }

        user.PausedReason = reason;
        user.SessionArmed = false;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await queue.CancelPendingAsync(userId, cancellationToken).ConfigureAwait(false);
        Log.AutomationPaused(logger, user.ObjectId);
    }

    public async Task SubscribeAsync(string userId, ClaimsPrincipal? caller, CancellationToken cancellationToken)
    {
        var baseUri = new Uri(app.Value.PublicBaseUrl.TrimEnd('/') + "/");
        var clientState = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        using var mailbox = mailboxes.Open(userId, caller);
        try
        {
            var created = await mailbox.CreateEventSubscriptionAsync(
                new Uri(baseUri, "api/notifications"),
                new Uri(baseUri, "api/notifications/lifecycle"),
                clientState,
                timeProvider.GetUtcNow() + jobs.Value.SubscriptionLifetime,
                cancellationToken).ConfigureAwait(false);
            db.Subscriptions.Add(new SubscriptionRecord
            {
                Id = created.Id,
                UserId = userId,
                Resource = "/me/events",
                ExpiresAt = created.ExpiresAt,
                ClientState = clientState,
                CreatedAt = timeProvider.GetUtcNow(),
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await activity.RecordAsync(userId, mailbox.RequestLog, CancellationToken.None).ConfigureAwait(false);
        }
    }

    public async Task UnsubscribeAllAsync(string userId, ClaimsPrincipal? caller, CancellationToken cancellationToken)
    {
        var subscriptions = await db.Subscriptions.Where(s => s.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (subscriptions.Count == 0)
        {
            return;
        }

        using var mailbox = mailboxes.Open(userId, caller);
        try
        {
            foreach (var subscription in subscriptions)
            {
                try
                {
                    await mailbox.DeleteSubscriptionAsync(subscription.Id, cancellationToken).ConfigureAwait(false);
                }
                catch (Graph.Resilience.GraphGatewayException ex)
                {
                    // It expires on its own within days; its notifications no longer match anything we keep.
                    Log.UnsubscribeFailed(logger, ex.GetType().Name);
                }
            }

            db.Subscriptions.RemoveRange(subscriptions);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await activity.RecordAsync(userId, mailbox.RequestLog, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task ArmAsync(UserAccount user, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var armed = await mailboxes.ArmBackgroundSessionAsync(user.Id, caller, cancellationToken).ConfigureAwait(false);
        user.SessionArmed = true;
        user.SessionArmedAt = armed ? timeProvider.GetUtcNow() : user.SessionArmedAt;
        user.PausedReason = null;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
