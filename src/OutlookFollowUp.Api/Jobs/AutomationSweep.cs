using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Api.Jobs;

/// <summary>
/// The safety net: periodically queues a scan for every automatic user (so a missed notification only costs delay and
/// due status checks are placed on their day), renews subscriptions before they expire, recreates missing ones and
/// prunes old activity.
/// </summary>
internal sealed class AutomationSweep(IServiceScopeFactory scopes, IOptions<JobsOptions> options, TimeProvider timeProvider) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, timeProvider);
        do
        {
            await RunOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<WorkQueue>();
        var now = timeProvider.GetUtcNow();

        // Users with automatic mode on, with an interview of its own set on, or with a status check they scheduled from
        // the pane that still waits (the job carries it on: DESIGN.md, the same rules on both paths).
        var withOwnSetting = db.FollowUps.Where(FollowUpRecord.WorkedWithoutAutomaticMode).Select(f => f.MailboxId);
        var users = await db.Users
            .Where(u => u.PausedReason == null && (u.AutoMode || withOwnSetting.Contains(u.Id)))
            .Select(u => new { u.Id, u.AutoMode })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var user in users)
        {
            await queue.EnqueueAsync(user.Id, WorkKinds.Scan, null, now, cancellationToken).ConfigureAwait(false);
        }

        var subscribed = await db.Subscriptions.Select(s => s.UserId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var user in users.Where(u => u.AutoMode && !subscribed.Contains(u.Id)))
        {
            await queue.EnqueueAsync(user.Id, WorkKinds.Resubscribe, null, now, cancellationToken).ConfigureAwait(false);
        }

        var renewBy = now + options.Value.RenewBefore;
        var expiring = await db.Subscriptions.Where(s => s.ExpiresAt < renewBy).Select(s => new { s.Id, s.UserId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var subscription in expiring)
        {
            await queue.EnqueueAsync(subscription.UserId, WorkKinds.Renew, subscription.Id, now, cancellationToken).ConfigureAwait(false);
        }

        var oldest = now - options.Value.ActivityRetention;
        await db.Activity.Where(a => a.At < oldest).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var finished = now - TimeSpan.FromDays(7);
        await db.WorkItems.Where(w => w.CompletedAt != null && w.CompletedAt < finished).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
