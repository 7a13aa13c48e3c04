using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using OutlookFollowUp.Api.Activity;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Mailbox;
using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Workflow.Claims;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;
using OutlookFollowUp.Workflow.Scanning;
using OutlookFollowUp.Workflow.UseCases;

namespace OutlookFollowUp.Api.Jobs;

/// <summary>Does one unit of durable work for one user, without the user present (long-running on-behalf-of).</summary>
internal sealed class WorkProcessor(
    ServiceDbContext db,
    IUserMailboxes mailboxes,
    WorkQueue queue,
    Automation automation,
    ActivityRecorder activity,
    ProfileCache profiles,
    CancelFollowUpUseCase cancellations,
    InterviewGate gate,
    IOptions<ClaimOptions> claimOptions,
    IOptions<JobsOptions> jobs,
    TimeProvider timeProvider,
    ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<WorkProcessor>();

    public async Task ProcessAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == item.UserId, cancellationToken).ConfigureAwait(false);
        if (user is null || user.PausedReason is not null)
        {
            await queue.CompleteAsync(item.Id, user is null ? "user gone" : "automation paused", cancellationToken).ConfigureAwait(false);
            return;
        }

        using var mailbox = mailboxes.Open(user.Id, caller: null);
        try
        {
            var note = item.Kind switch
            {
                WorkKinds.Scan => await ScanAsync(user, mailbox, cancellationToken).ConfigureAwait(false),
                WorkKinds.EventChanged => await EventChangedAsync(user, mailbox, item.Subject!, cancellationToken).ConfigureAwait(false),
                WorkKinds.Renew => await RenewAsync(user, mailbox, item.Subject!, cancellationToken).ConfigureAwait(false),
                WorkKinds.Reauthorize => await ReauthorizeAsync(mailbox, item.Subject!, cancellationToken).ConfigureAwait(false),
                WorkKinds.Resubscribe => await ResubscribeAsync(user, cancellationToken).ConfigureAwait(false),
                _ => $"unknown kind {item.Kind}",
            };
            await queue.CompleteAsync(item.Id, note, cancellationToken).ConfigureAwait(false);
            Log.WorkDone(_logger, item.Id, item.Kind);
        }
        catch (Exception ex) when (IsSessionLost(ex))
        {
            await automation.PauseAsync(user.Id, Automation.PausedMessage, cancellationToken).ConfigureAwait(false);
            await queue.CompleteAsync(item.Id, "paused: no token", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.WorkFailed(_logger, item.Id, item.Kind, item.Attempts, ex.GetType().Name);
            await queue.FailAsync(item, ex.GetType().Name + ": " + ex.Message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await activity.RecordAsync(user.Id, mailbox.RequestLog, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<string> ScanAsync(UserAccount user, Graph.Gateway.IMailboxGateway mailbox, CancellationToken cancellationToken)
    {
        var hasOwnSettings = await db.FollowUps.Where(f => f.MailboxId == user.Id).AnyAsync(FollowUpRecord.WorkedWithoutAutomaticMode, cancellationToken).ConfigureAwait(false);
        if (!user.AutoMode && !hasOwnSettings)
        {
            return "automatic mode is off";
        }

        var scan = new ScanUseCase(mailbox, db, loggers.CreateLogger<ScanUseCase>(), timeProvider, gate, claimOptions.Value)
        {
            MailboxId = user.Id,
            Preferences = UserSessions.PreferencesOf(user),
        };
        var report = await scan.RunOnceAsync(new ScanRequest(timeProvider.GetUtcNow(), jobs.Value.ScanLookback), cancellationToken).ConfigureAwait(false);
        if (report.Failure is not null)
        {
            // What was done stays done; the retry finishes the rest.
            throw new InvalidOperationException(report.Failure);
        }

        return $"{report.Created.Count} created, {report.Updated.Count} updated";
    }

    /// <summary>A notification said an event changed: its follow-up is due at its end (or now, if it ended).</summary>
    private async Task<string> EventChangedAsync(UserAccount user, Graph.Gateway.IMailboxGateway mailbox, string eventId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (!OutlookFollowUp.Graph.Gateway.GraphItemId.IsValid(eventId))
        {
            return "not an event id";
        }

        var profile = await profiles.GetAsync(user.Id, mailbox, cancellationToken).ConfigureAwait(false);
        var session = await MailboxSession.OpenAsync(mailbox, UserSessions.PreferencesOf(user), user.Id, cancellationToken, profile).ConfigureAwait(false);
        var calendarEvent = await mailbox.GetEventAsync(eventId, cancellationToken).ConfigureAwait(false);
        if (calendarEvent is null)
        {
            return await cancellations.ForDeletedEventAsync(session, eventId, now, cancellationToken).ConfigureAwait(false) ? "deleted: pending work cancelled" : "deleted";
        }

        var tracked = await db.FollowUps.AnyAsync(f => f.MailboxId == user.Id && f.FollowUpId == calendarEvent.FollowUpId, cancellationToken).ConfigureAwait(false);
        var analysis = session.Analyze(calendarEvent, now);
        if (!tracked && analysis.Classification.Kind != InterviewKind.CandidateInterview)
        {
            return "not an interview";
        }

        if (calendarEvent.End > now)
        {
            // Moved events move their pending work: the one pending scan for this interview follows the new end.
            await queue.EnqueueAsync(user.Id, WorkKinds.Scan, "after:" + calendarEvent.FollowUpId, calendarEvent.End.AddMinutes(1), cancellationToken, moveDue: true).ConfigureAwait(false);
            if (tracked)
            {
                await queue.EnqueueAsync(user.Id, WorkKinds.Scan, null, now, cancellationToken).ConfigureAwait(false);
            }

            return $"follow-up due after {calendarEvent.End:O}";
        }

        await queue.EnqueueAsync(user.Id, WorkKinds.Scan, null, now, cancellationToken).ConfigureAwait(false);
        return "ended: scan queued";
    }

    private async Task<string> RenewAsync(UserAccount user, Graph.Gateway.ISubscriptionGateway mailbox, string subscriptionId, CancellationToken cancellationToken)
    {
        var subscription = await db.Subscriptions.FirstOrDefaultAsync(s => s.Id == subscriptionId && s.UserId == user.Id, cancellationToken).ConfigureAwait(false);
        if (subscription is null)
        {
            return "subscription gone";
        }

        if (await mailbox.RenewSubscriptionAsync(subscriptionId, timeProvider.GetUtcNow() + jobs.Value.SubscriptionLifetime, cancellationToken).ConfigureAwait(false) is { } expires)
        {
            subscription.ExpiresAt = expires;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return $"renewed until {subscription.ExpiresAt:O}";
        }

        db.Subscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await queue.EnqueueAsync(user.Id, WorkKinds.Resubscribe, null, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return "subscription was gone: resubscribing";
    }

    private static async Task<string> ReauthorizeAsync(Graph.Gateway.ISubscriptionGateway mailbox, string subscriptionId, CancellationToken cancellationToken)
    {
        await mailbox.ReauthorizeSubscriptionAsync(subscriptionId, cancellationToken).ConfigureAwait(false);
        return "reauthorized";
    }

    private async Task<string> ResubscribeAsync(UserAccount user, CancellationToken cancellationToken)
    {
        if (!user.AutoMode)
        {
            return "automatic mode is off";
        }

        var stale = await db.Subscriptions.Where(s => s.UserId == user.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        db.Subscriptions.RemoveRange(stale);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await automation.SubscribeAsync(user.Id, caller: null, cancellationToken).ConfigureAwait(false);
        // Whatever happened while unsubscribed is caught up by a scan.
        await queue.EnqueueAsync(user.Id, WorkKinds.Scan, null, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return "resubscribed";
    }

    /// <summary>The long-running session can no longer get a token (revoked, expired, consent missing, cache lost).</summary>
    private static bool IsSessionLost(Exception exception) => exception switch
    {
        MsalUiRequiredException => true,
        MsalClientException client => client.ErrorCode == MsalError.OboCacheKeyNotInCacheError,
        Microsoft.Identity.Web.MicrosoftIdentityWebChallengeUserException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsSessionLost),
        _ => exception.InnerException is { } inner && IsSessionLost(inner),
    };
}
