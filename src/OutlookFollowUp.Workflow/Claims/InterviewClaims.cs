using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.Claims;

/// <summary>How long claims last and how long a caller waits for one (section <c>Claims</c>).</summary>
public sealed class ClaimOptions
{
    public const string SectionName = "Claims";

    /// <summary>
    /// How long a claim lasts unless its holder renews or releases it; a crashed holder's interviews are free again after
    /// it. Longer than any one use case can take. Default: 10 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long an interactive request waits for an interview another one is writing. Default: 20 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How often a waiting request looks again when another process holds the claim. Default: 200 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}

/// <summary>
/// The in-process half of claiming: callers in one process queue on a semaphore per interview instead of polling the
/// database. It only saves polling; the claim row in the ledger is what serializes writers across processes and
/// instances. One per process (a singleton); tests make one per simulated instance.
/// </summary>
public sealed class InterviewGate
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    internal async Task<IDisposable?> EnterAsync(string key, TimeSpan wait, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entry = _entries.GetOrAdd(key, _ => new Entry());
            lock (entry)
            {
                if (entry.Retired)
                {
                    continue; // removed while we looked: take the new one
                }

                entry.Users++;
            }

            bool entered;
            try
            {
                entered = await entry.Semaphore.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                Leave(key, entry, release: false);
                throw;
            }

            if (!entered)
            {
                Leave(key, entry, release: false);
                return null;
            }

            return new Release(() => Leave(key, entry, release: true));
        }
    }

    private void Leave(string key, Entry entry, bool release)
    {
        if (release)
        {
            entry.Semaphore.Release();
        }

        lock (entry)
        {
            if (--entry.Users == 0)
            {
                entry.Retired = true;
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }

        public bool Retired { get; set; }
    }

    private sealed class Release(Action action) : IDisposable
    {
        private Action? _action = action;

        public void Dispose() => Interlocked.Exchange(ref _action, null)?.Invoke();
    }
}

/// <summary>
/// Claims interviews in the ledger so that one writer at a time places an interview's drafts and tasks: a row per
/// (mailbox, interview) in <c>interview_claims</c>, taken by a conditional update that only one caller can win — whether
/// the other caller is a second click, another tab, the background job or another service instance.
/// </summary>
public sealed class InterviewClaims(FollowUpDbContext db, InterviewGate gate, TimeProvider timeProvider, ClaimOptions options)
{
    private static readonly DateTimeOffset Free = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>This holder's id.</summary>
    public string Owner { get; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Claims one interview, waiting up to <see cref="ClaimOptions.MaxWait"/> for another holder to finish; null when it
    /// is still busy after that.
    /// </summary>
    public Task<ClaimSet?> ClaimAsync(string mailboxId, string followUpId, CancellationToken cancellationToken) =>
        ClaimAsync(mailboxId, [followUpId], cancellationToken);

    /// <summary>Claims several interviews (all or none), waiting like <see cref="ClaimAsync(string,string,CancellationToken)"/>.</summary>
    public async Task<ClaimSet?> ClaimAsync(string mailboxId, IReadOnlyCollection<string> followUpIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUpIds);
        // One order for everybody: two callers claiming overlapping sets never wait on each other in a circle.
        var ids = followUpIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var deadline = timeProvider.GetUtcNow() + options.MaxWait;
        var set = new ClaimSet(this, mailboxId);
        try
        {
            foreach (var id in ids)
            {
                var entered = await gate.EnterAsync(GateKey(mailboxId, id), options.MaxWait, cancellationToken).ConfigureAwait(false);
                if (entered is null)
                {
                    await set.DisposeAsync().ConfigureAwait(false);
                    return null;
                }

                set.Gates.Add(entered);
                while (!await TryTakeAsync(mailboxId, id, cancellationToken).ConfigureAwait(false))
                {
                    if (timeProvider.GetUtcNow() >= deadline)
                    {
                        await set.DisposeAsync().ConfigureAwait(false);
                        return null;
                    }

                    await Task.Delay(options.PollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
                }

                set.Ids.Add(id);
            }

            return set;
        }
        catch
        {
            await set.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Claims whichever of these interviews are free right now, without waiting (the background job: a busy interview
    /// is left for its next run).
    /// </summary>
    public async Task<ClaimSet> ClaimFreeAsync(string mailboxId, IReadOnlyCollection<string> followUpIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUpIds);
        var set = new ClaimSet(this, mailboxId);
        try
        {
            foreach (var id in followUpIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var entered = await gate.EnterAsync(GateKey(mailboxId, id), TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
                if (entered is null)
                {
                    continue;
                }

                if (await TryTakeAsync(mailboxId, id, cancellationToken).ConfigureAwait(false))
                {
                    set.Gates.Add(entered);
                    set.Ids.Add(id);
                }
                else
                {
                    entered.Dispose();
                }
            }

            return set;
        }
        catch
        {
            await set.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Extends this holder's claims (a long run under throttling).</summary>
    internal async Task RenewAsync(string mailboxId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var until = timeProvider.GetUtcNow() + options.Lease;
        foreach (var chunk in ids.Chunk(200))
        {
            await db.InterviewClaims
                .Where(c => c.MailboxId == mailboxId && chunk.Contains(c.FollowUpId) && c.Owner == Owner)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, until), cancellationToken).ConfigureAwait(false);
        }
    }

    internal async Task ReleaseAsync(string mailboxId, IReadOnlyCollection<string> ids)
    {
        foreach (var chunk in ids.Chunk(200))
        {
            // Not cancellable: a claim left behind would block the interview until its lease ends.
            await db.InterviewClaims
                .Where(c => c.MailboxId == mailboxId && chunk.Contains(c.FollowUpId) && c.Owner == Owner)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Owner, "").SetProperty(c => c.ExpiresAt, Free), CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The row is inserted once (free, if absent: an insert that does nothing on conflict, in SQLite and PostgreSQL
    /// alike), then taken by an update that succeeds only while it is free, expired or already ours — one statement,
    /// so two callers can never both win it.
    /// </summary>
    private async Task<bool> TryTakeAsync(string mailboxId, string followUpId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "interview_claims" ("MailboxId", "FollowUpId", "Owner", "ExpiresAt") VALUES ({mailboxId}, {followUpId}, '', {Free.UtcDateTime}) ON CONFLICT DO NOTHING""",
            cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        var until = now + options.Lease;
        var owner = Owner;
        var won = await db.InterviewClaims
            .Where(c => c.MailboxId == mailboxId && c.FollowUpId == followUpId && (c.Owner == owner || c.Owner == "" || c.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Owner, owner).SetProperty(c => c.ExpiresAt, until), cancellationToken).ConfigureAwait(false);
        return won == 1;
    }

    private static string GateKey(string mailboxId, string followUpId) => mailboxId + "\n" + followUpId;
}

/// <summary>Interviews claimed together; disposing releases them.</summary>
public sealed class ClaimSet : IAsyncDisposable
{
    private readonly InterviewClaims _claims;
    private readonly string _mailboxId;
    private bool _released;

    internal ClaimSet(InterviewClaims claims, string mailboxId)
    {
        _claims = claims;
        _mailboxId = mailboxId;
    }

    /// <summary>The interviews held.</summary>
    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    internal List<IDisposable> Gates { get; } = [];

    /// <summary>True when this set holds the interview.</summary>
    public bool Holds(string followUpId) => Ids.Contains(followUpId);

    /// <summary>Extends the claims' lease.</summary>
    public Task RenewAsync(CancellationToken cancellationToken) => _claims.RenewAsync(_mailboxId, Ids, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        try
        {
            if (Ids.Count > 0)
            {
                await _claims.ReleaseAsync(_mailboxId, Ids).ConfigureAwait(false);
            }
        }
        finally
        {
            foreach (var gate in Gates)
            {
                gate.Dispose();
            }
        }
    }
}
