using System.Globalization;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.UseCases;

/// <summary>The user moves the status check to a date of their own: working days only, from today up to a year ahead.</summary>
public sealed class MoveStatusCheckUseCase(FollowUpEngine engine)
{
    public async Task<UseCaseResult<FollowUpRecord>> ExecuteAsync(MailboxSession session, string followUpId, DateOnly due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var today = session.Today(now);
        if (due < today || due > today.AddYears(1))
        {
            return UseCaseResult<FollowUpRecord>.Invalid("due", "Pick a date from today up to a year ahead.");
        }

        if (!session.Profile.Schedule.WorkWeek.IsWorkingDay(due))
        {
            var day = due.ToString("dddd, MMMM d", CultureInfo.InvariantCulture);
            return UseCaseResult<FollowUpRecord>.Invalid("due", session.Profile.Schedule.WorkWeek.Holidays.Contains(due)
                ? $"{day} is a public holiday ({session.Holidays.Country}); pick a working day, when the employer will read it."
                : $"{day} is not one of your working days; pick a working day, when the employer will read it.");
        }

        var remindAt = session.Profile.Schedule.StartOfWorkingHours(due);
        return await OneInterview.RunAsync(engine, session, followUpId, now, record =>
            record.IsOpen
                ? [FollowUpPlanner.Move(due, remindAt, byUser: true, today, $"you moved it to {due:yyyy-MM-dd}")]
                : null, alwaysReturnRecord: false, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The user ends a follow-up: "they already answered me" or "I withdrew". The task completes, and a status-check draft still untouched in Drafts is removed.</summary>
public sealed class EndFollowUpUseCase(FollowUpEngine engine)
{
    /// <summary>Why the user ended it.</summary>
    public enum Reason
    {
        /// <summary>The employer already answered (by phone, in another thread…).</summary>
        Answered,

        /// <summary>The user withdrew from the process.</summary>
        Withdrew,
    }

    public async Task<UseCaseResult<FollowUpRecord>> ExecuteAsync(MailboxSession session, string followUpId, Reason reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var (code, detail) = reason == Reason.Answered ? ("answered", "you said they already answered") : ("withdrew", "you withdrew from this process");
        // The waiting status-check draft is retired the way a reply retires it: read just before, deleted only when unchanged.
        return await OneInterview.RunAsync(engine, session, followUpId, now, record =>
            record.IsOpen
                ? [.. ReplyPlanner.RetireStatusCheckDraft(record, detail, ifEdited: "you may not want to send it now"), FollowUpPlanner.Complete(code, detail)]
                : null, alwaysReturnRecord: false, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The interview was deleted from the calendar (a change notification): its pending work is cancelled.</summary>
public sealed class CancelFollowUpUseCase(FollowUpEngine engine)
{
    /// <returns>True when there was pending work to cancel.</returns>
    public async Task<bool> ForDeletedEventAsync(MailboxSession session, string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var run = await engine.RunAsync(
            session,
            token => engine.LoadAsync(session.MailboxId, [], token),
            records => records.Values.Where(r => r.EventId == eventId && r.IsOpen)
                .Select(r => new InterviewPlan(r.FollowUpId, r.EventId, r.Role ?? r.FollowUpId, [FollowUpPlanner.Cancel(r, "deleted")])).ToList(),
            now,
            ClaimMode.FreeOnly,
            cancellationToken).ConfigureAwait(false);
        return run.Plans.Count > 0;
    }
}

/// <summary>Takes back the thank-you drafts we placed that the user has not touched (they may be placed again).</summary>
public sealed class TakeBackDraftsUseCase(FollowUpEngine engine, FollowUpDbContext db)
{
    /// <summary>Drafts removed, and drafts kept with the reason.</summary>
    public sealed record Outcome(IReadOnlyList<DraftNotice> Removed, IReadOnlyList<DraftNotice> Kept, FollowUpRecord Record);

    public async Task<UseCaseResult<Outcome>> ExecuteAsync(MailboxSession session, string followUpId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var known = await OneInterview.FindAsync(db, session, followUpId, cancellationToken).ConfigureAwait(false);
        if (known is null)
        {
            return UseCaseResult<Outcome>.NotFound("No interview of yours has this id.");
        }

        var states = await InterviewReader.StatesAsync(session, known, cancellationToken).ConfigureAwait(false);
        var kept = new List<DraftNotice>();
        var result = await OneInterview.RunAsync(engine, session, followUpId, now, record =>
        {
            kept.Clear();
            var steps = new List<FollowUpStep>();
            foreach (var draft in record.Drafts.Where(d => d.Kind == DraftKinds.ThankYou && d.State == DraftState.Placed))
            {
                var condition = states.TryGetValue(draft.MessageId, out var state) ? FollowUpPlanner.ConditionOf(draft, state) : DraftCondition.ChangedByUser;
                switch (condition)
                {
                    case DraftCondition.Unchanged:
                        steps.Add(new RemoveDraft(draft.Key, draft.MessageId, draft.Recipient, DraftState.TakenBack, "taken back at your request"));
                        break;
                    case DraftCondition.Sent:
                        steps.Add(new NoteDraftFate(draft.Key, DraftState.Sent));
                        kept.Add(new DraftNotice(draft.Recipient, draft.Key, DraftFates.Sent, "You already sent this one."));
                        break;
                    case DraftCondition.RemovedByUser:
                        steps.Add(new NoteDraftFate(draft.Key, DraftState.RemovedByUser));
                        kept.Add(new DraftNotice(draft.Recipient, draft.Key, DraftFates.RemovedByUser, "You already deleted this one."));
                        break;
                    default:
                        kept.Add(new DraftNotice(draft.Recipient, draft.Key, DraftFates.Kept, "You edited this draft in Outlook, so it stays in Drafts."));
                        break;
                }
            }

            return steps;
        }, alwaysReturnRecord: true, cancellationToken).ConfigureAwait(false);

        if (result.Status != UseCaseStatus.Done)
        {
            return new UseCaseResult<Outcome>(result.Status, Problem: result.Problem, Field: result.Field);
        }

        var record = result.Value!;
        var removed = record.Drafts.Where(d => d.State == DraftState.TakenBack && d.StateChangedAt == now)
            .Select(d => new DraftNotice(d.Recipient, d.Key, DraftFates.TakenBack)).ToList();
        return UseCaseResult<Outcome>.Ok(new Outcome(removed, kept, record));
    }
}

/// <summary>Turns automatic follow-up on or off for one interview (null: follow the user's setting), tracking it if needed.</summary>
public sealed class SetAutomationUseCase(FollowUpEngine engine)
{
    public async Task<UseCaseResult<FollowUpRecord>> ExecuteAsync(MailboxSession session, string followUpId, string? eventId, bool? enabled, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        Core.Model.CalendarEvent? calendarEvent = null;
        Core.Analysis.InterviewAnalysis? analysis = null;
        if (eventId is not null)
        {
            calendarEvent = await session.Gateway.GetEventAsync(eventId, cancellationToken).ConfigureAwait(false);
            if (calendarEvent is not null && calendarEvent.FollowUpId != followUpId)
            {
                calendarEvent = null;
            }

            analysis = calendarEvent is null ? null : session.Analyze(calendarEvent, now);
        }

        try
        {
            var run = await engine.RunAsync(
                session,
                token => engine.LoadAsync(session.MailboxId, [followUpId], token),
                records =>
                {
                    var steps = new List<FollowUpStep>();
                    if (!records.ContainsKey(followUpId))
                    {
                        if (calendarEvent is null || analysis is null)
                        {
                            return [];
                        }

                        steps.Add(new TrackInterview(calendarEvent, analysis));
                    }

                    steps.Add(new SetAutoMode(enabled));
                    return [new InterviewPlan(followUpId, calendarEvent?.Id ?? records[followUpId].EventId, calendarEvent?.Subject ?? followUpId, steps)];
                },
                now,
                ClaimMode.Wait,
                cancellationToken).ConfigureAwait(false);
            return run.Records.TryGetValue(followUpId, out var record)
                ? UseCaseResult<FollowUpRecord>.Ok(record)
                : UseCaseResult<FollowUpRecord>.NotFound(eventId is null
                    ? "This interview is not tracked yet; send its eventId to start tracking it."
                    : "No interview of yours has this id.");
        }
        catch (FollowUpEngine.BusyException)
        {
            return UseCaseResult<FollowUpRecord>.Busy();
        }
    }
}

/// <summary>The shape every single-interview action shares: claim it, plan on the fresh record, carry out, answer with the record.</summary>
internal static class OneInterview
{
    public static Task<FollowUpRecord?> FindAsync(FollowUpDbContext db, MailboxSession session, string followUpId, CancellationToken cancellationToken) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.FollowUps), f => f.Drafts),
            f => f.MailboxId == session.MailboxId && f.FollowUpId == followUpId, cancellationToken);

    /// <summary>
    /// Runs one action on one follow-up. <paramref name="plan"/> gives the steps for the fresh record, or null when the
    /// follow-up is closed and nothing can change (answered as "nothing to do" unless <paramref name="alwaysReturnRecord"/>).
    /// </summary>
    public static async Task<UseCaseResult<FollowUpRecord>> RunAsync(
        FollowUpEngine engine, MailboxSession session, string followUpId, DateTimeOffset now,
        Func<FollowUpRecord, IReadOnlyList<FollowUpStep>?> plan, bool alwaysReturnRecord, CancellationToken cancellationToken)
    {
        var closed = false;
        EngineRun run;
        try
        {
            run = await engine.RunAsync(
                session,
                token => engine.LoadAsync(session.MailboxId, [followUpId], token),
                records =>
                {
                    if (!records.TryGetValue(followUpId, out var record))
                    {
                        return [];
                    }

                    var steps = plan(record);
                    closed = steps is null;
                    return steps is { Count: > 0 } ? [new InterviewPlan(followUpId, record.EventId, record.Role ?? record.Company ?? followUpId, steps)] : [];
                },
                now,
                ClaimMode.Wait,
                cancellationToken).ConfigureAwait(false);
        }
        catch (FollowUpEngine.BusyException)
        {
            return UseCaseResult<FollowUpRecord>.Busy();
        }

        var found = run.Records.GetValueOrDefault(followUpId)
            ?? await engine.LoadOneAsync(session.MailboxId, followUpId, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return UseCaseResult<FollowUpRecord>.NotFound("No interview of yours has this id.");
        }

        return closed && !alwaysReturnRecord
            ? UseCaseResult<FollowUpRecord>.NothingToDo($"This follow-up is already {found.State.ToString().ToLowerInvariant()}.")
            : UseCaseResult<FollowUpRecord>.Ok(found);
    }
}
