using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Workflow.Claims;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.Engine;

/// <summary>How a use case waits for interviews another writer holds.</summary>
public enum ClaimMode
{
    /// <summary>Wait (an interactive request); all the plan's interviews or none.</summary>
    Wait,

    /// <summary>Take the free ones and leave the busy ones for the next run (the background job).</summary>
    FreeOnly,
}

/// <summary>What one engine run did: the executor's result, the plans that ran, and the interviews left busy.</summary>
public sealed record EngineRun(ExecutionResult Result, IReadOnlyList<InterviewPlan> Plans, Dictionary<string, FollowUpRecord> Records, IReadOnlyList<InterviewPlan> Busy);

/// <summary>
/// Runs a use case the one way every write happens: plan on what the ledger says, claim the interviews the plan writes,
/// read the ledger again under the claims and plan again (another writer may have finished in between), carry out
/// only the claimed interviews' plans, release. Both hosts and every action go through here.
/// </summary>
public sealed class FollowUpEngine(FollowUpDbContext db, InterviewGate gate, TimeProvider timeProvider, ClaimOptions claimOptions)
{
    /// <summary>Thrown when an interactive request could not get its interviews within the wait.</summary>
    public sealed class BusyException() : Exception("This interview is being updated by another request right now; try again in a moment.");

    /// <summary>Plans and carries out.</summary>
    /// <param name="session">The mailbox.</param>
    /// <param name="load">Reads the ledger records the planner needs (called again after claiming).</param>
    /// <param name="plan">The pure planner.</param>
    /// <param name="now">The moment of the writes.</param>
    /// <param name="mode">Whether to wait for busy interviews.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <exception cref="BusyException">In <see cref="ClaimMode.Wait"/>, the interviews stayed busy.</exception>
    public async Task<EngineRun> RunAsync(
        MailboxSession session,
        Func<CancellationToken, Task<Dictionary<string, FollowUpRecord>>> load,
        Func<Dictionary<string, FollowUpRecord>, IReadOnlyList<InterviewPlan>> plan,
        DateTimeOffset now,
        ClaimMode mode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(plan);
        var firstPlans = plan(await load(cancellationToken).ConfigureAwait(false));
        var writing = firstPlans.Where(p => p.Writes).Select(p => p.FollowUpId).ToHashSet(StringComparer.Ordinal);
        if (writing.Count == 0)
        {
            return new EngineRun(new ExecutionResult(), firstPlans, [], []);
        }

        var claims = new InterviewClaims(db, gate, timeProvider, claimOptions);
        var held = mode == ClaimMode.Wait
            ? await claims.ClaimAsync(session.MailboxId, writing, cancellationToken).ConfigureAwait(false) ?? throw new BusyException()
            : await claims.ClaimFreeAsync(session.MailboxId, writing, cancellationToken).ConfigureAwait(false);
        await using (held.ConfigureAwait(false))
        {
            // Under the claims, from the ledger as it is now.
            db.ChangeTracker.Clear();
            var records = await load(cancellationToken).ConfigureAwait(false);
            var plans = plan(records);
            var mine = plans.Where(p => !p.Writes || held.Holds(p.FollowUpId)).ToList();
            var busy = plans.Where(p => p.Writes && !held.Holds(p.FollowUpId)).ToList();
            if (mode == ClaimMode.Wait && busy.Count > 0)
            {
                throw new BusyException();
            }

            var executor = new FollowUpExecutor(session.Gateway, db);
            var result = await executor.ExecuteAsync(session.MailboxId, mine, records, now, held, cancellationToken).ConfigureAwait(false);
            return new EngineRun(result, mine, records, busy);
        }
    }

    /// <summary>One follow-up with its drafts, not tracked (for answering after a run that wrote nothing).</summary>
    public Task<FollowUpRecord?> LoadOneAsync(string mailboxId, string followUpId, CancellationToken cancellationToken) =>
        db.FollowUps.AsNoTracking().Include(f => f.Drafts).FirstOrDefaultAsync(f => f.MailboxId == mailboxId && f.FollowUpId == followUpId, cancellationToken);

    /// <summary>
    /// The open follow-ups of a mailbox, those whose "Send your thank-you notes" task waits, and the ones given, with
    /// their drafts, by follow-up id.
    /// </summary>
    public async Task<Dictionary<string, FollowUpRecord>> LoadAsync(string mailboxId, IReadOnlyCollection<string> followUpIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUpIds);
        var ids = followUpIds.ToList();
        var open = new[] { FollowUpState.Detected, FollowUpState.Drafted, FollowUpState.Scheduled, FollowUpState.StatusCheckDrafted };
        var records = await db.FollowUps
            .Include(f => f.Drafts)
            .Where(f => f.MailboxId == mailboxId && (open.Contains(f.State) || ids.Contains(f.FollowUpId) || (f.SendThanksTaskId != null && f.SendThanksDoneAt == null)))
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return records.ToDictionary(r => r.FollowUpId, StringComparer.Ordinal);
    }
}
