using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Api.Data;

namespace OutlookFollowUp.Api.Jobs;

/// <summary>The kinds of durable work.</summary>
public static class WorkKinds
{
    /// <summary>Run the scan for a user (drafts, reminders, replies, due status checks).</summary>
    public const string Scan = "scan";

    /// <summary>An event changed (notification): decide when its follow-up is due.</summary>
    public const string EventChanged = "event-changed";

    /// <summary>Extend a subscription before it expires.</summary>
    public const string Renew = "renew";

    /// <summary>Answer reauthorizationRequired.</summary>
    public const string Reauthorize = "reauthorize";

    /// <summary>Recreate a removed or missing subscription.</summary>
    public const string Resubscribe = "resubscribe";
}

/// <summary>
/// Durable work in the service database: enqueued by notifications, the sweep and the API; claimed with a lease so a
/// crashed instance's work is taken over; at most one pending item per dedupe key.
/// </summary>
internal sealed class WorkQueue(ServiceDbContext db, TimeProvider timeProvider, IOptions<JobsOptions> options)
{
    /// <summary>
    /// Adds work unless the same work is already pending; <paramref name="moveDue"/> replaces a pending item's due time.
    /// The database's unique index on pending dedupe keys decides between callers racing with the same work: the
    /// loser's insert fails and it adjusts the winner's item instead.
    /// </summary>
    /// <returns>True when a new item was stored, false when the work was already pending.</returns>
    public async Task<bool> EnqueueAsync(string userId, string kind, string? subject, DateTimeOffset dueAt, CancellationToken cancellationToken, bool moveDue = false)
    {
        var key = DedupeKey(userId, kind, subject);
        if (await AdjustPendingAsync(key, dueAt, moveDue, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var item = new WorkItem
        {
            UserId = userId,
            Kind = kind,
            Subject = subject,
            DedupeKey = key,
            DueAt = dueAt,
            CreatedAt = timeProvider.GetUtcNow(),
        };
        db.WorkItems.Add(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another caller enqueued the same work at the same moment: its item stands (the unique index said so).
            db.Entry(item).State = EntityState.Detached;
            if (await AdjustPendingAsync(key, dueAt, moveDue, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            throw;
        }
    }

    /// <summary>True when the work is already pending (its due time moved as asked).</summary>
    private async Task<bool> AdjustPendingAsync(string key, DateTimeOffset dueAt, bool moveDue, CancellationToken cancellationToken)
    {
        var pending = await db.WorkItems.AsNoTracking().Where(w => w.DedupeKey == key && w.CompletedAt == null)
            .Select(w => new { w.Id, w.DueAt }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (pending is null)
        {
            return false;
        }

        if ((moveDue && pending.DueAt != dueAt) || dueAt < pending.DueAt)
        {
            await db.WorkItems.Where(w => w.Id == pending.Id && w.CompletedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.DueAt, dueAt), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>
    /// Adds many items at once (a notification batch): one query for what is already pending, one transaction for the
    /// rest. A user over <see cref="JobsOptions.MaxPendingPerUser"/> gets one scan instead (it catches up on all of it).
    /// Identical work racing in from another request falls back to one item at a time (the unique index decides).
    /// </summary>
    /// <returns>How many new items were stored.</returns>
    public async Task<int> EnqueueManyAsync(IReadOnlyList<(string UserId, string Kind, string? Subject)> work, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var wanted = work.Select(w => (w.UserId, w.Kind, w.Subject, Key: DedupeKey(w.UserId, w.Kind, w.Subject)))
            .DistinctBy(w => w.Key, StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return 0;
        }

        var keys = wanted.Select(w => w.Key).ToList();
        var users = wanted.Select(w => w.UserId).Distinct(StringComparer.Ordinal).ToList();
        var pendingKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(500))
        {
            pendingKeys.UnionWith(await db.WorkItems.AsNoTracking().Where(w => w.CompletedAt == null && chunk.Contains(w.DedupeKey)).Select(w => w.DedupeKey).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        if (pendingKeys.Count > 0)
        {
            // Work already pending is not added again, only brought forward (as one item at a time would be).
            foreach (var chunk in pendingKeys.Chunk(500))
            {
                await db.WorkItems.Where(w => w.CompletedAt == null && chunk.Contains(w.DedupeKey) && w.DueAt > dueAt)
                    .ExecuteUpdateAsync(u => u.SetProperty(w => w.DueAt, dueAt), cancellationToken).ConfigureAwait(false);
            }
        }

        var pendingPerUser = await db.WorkItems.AsNoTracking().Where(w => w.CompletedAt == null && users.Contains(w.UserId))
            .GroupBy(w => w.UserId).Select(g => new { User = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.User, g => g.Count, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        var items = new List<WorkItem>();
        foreach (var group in wanted.Where(w => !pendingKeys.Contains(w.Key)).GroupBy(w => w.UserId, StringComparer.Ordinal))
        {
            var room = options.Value.MaxPendingPerUser - pendingPerUser.GetValueOrDefault(group.Key);
            var fresh = group.ToList();
            if (fresh.Count > room)
            {
                // Too much for one user: one scan of the mailbox does all of it.
                var scanKey = DedupeKey(group.Key, WorkKinds.Scan, null);
                var scanPending = pendingKeys.Contains(scanKey)
                    || await db.WorkItems.AnyAsync(w => w.CompletedAt == null && w.DedupeKey == scanKey, cancellationToken).ConfigureAwait(false);
                fresh = scanPending ? [] : [(group.Key, WorkKinds.Scan, (string?)null, scanKey)];
            }

            items.AddRange(fresh.Select(w => new WorkItem { UserId = w.UserId, Kind = w.Kind, Subject = w.Subject, DedupeKey = w.Key, DueAt = dueAt, CreatedAt = now }));
        }

        if (items.Count == 0)
        {
            return 0;
        }

        db.WorkItems.AddRange(items);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return items.Count;
        }
        catch (DbUpdateException)
        {
            foreach (var item in items)
            {
                db.Entry(item).State = EntityState.Detached;
            }

            var stored = 0;
            foreach (var item in items)
            {
                stored += await EnqueueAsync(item.UserId, item.Kind, item.Subject, dueAt, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }

            return stored;
        }
    }

    /// <summary>Claims due items for this worker; each claim is an atomic conditional update, safe across instances.</summary>
    public async Task<IReadOnlyList<WorkItem>> ClaimAsync(string worker, int max, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var candidates = await db.WorkItems.AsNoTracking()
            .Where(w => w.CompletedAt == null && w.DueAt <= now && (w.LockedUntil == null || w.LockedUntil < now))
            .OrderBy(w => w.DueAt).Take(max)
            .Select(w => w.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var claimed = new List<WorkItem>();
        var until = now + options.Value.LockDuration;
        foreach (var id in candidates)
        {
            var won = await db.WorkItems
                .Where(w => w.Id == id && w.CompletedAt == null && (w.LockedUntil == null || w.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.LockedUntil, until).SetProperty(w => w.LockedBy, worker).SetProperty(w => w.Attempts, w => w.Attempts + 1), cancellationToken)
                .ConfigureAwait(false);
            if (won == 1)
            {
                claimed.Add(await db.WorkItems.AsNoTracking().FirstAsync(w => w.Id == id, cancellationToken).ConfigureAwait(false));
            }
        }

        return claimed;
    }

    public async Task CompleteAsync(long id, string? note, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await db.WorkItems.Where(w => w.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.CompletedAt, now).SetProperty(w => w.LockedUntil, (DateTimeOffset?)null).SetProperty(w => w.LastError, note), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Releases a failed item for a later attempt with exponential back-off, or gives up after the last attempt.</summary>
    public async Task FailAsync(WorkItem item, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Attempts >= options.Value.MaxAttempts)
        {
            await CompleteAsync(item.Id, $"gave up after {item.Attempts} attempts: {error}", cancellationToken).ConfigureAwait(false);
            return;
        }

        var retryAt = timeProvider.GetUtcNow() + TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, item.Attempts - 1)));
        await db.WorkItems.Where(w => w.Id == item.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.DueAt, retryAt).SetProperty(w => w.LockedUntil, (DateTimeOffset?)null).SetProperty(w => w.LastError, error), cancellationToken)
            .ConfigureAwait(false);
    }

    public Task<int> CancelPendingAsync(string userId, CancellationToken cancellationToken) =>
        db.WorkItems.Where(w => w.UserId == userId && w.CompletedAt == null).ExecuteDeleteAsync(cancellationToken);

    private static string DedupeKey(string userId, string kind, string? subject) =>
        subject is null ? $"{kind}:{userId}" : $"{kind}:{userId}:{subject}";
}
