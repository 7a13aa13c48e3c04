using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.Scanning;

/// <summary>The scan's plan: one <see cref="InterviewPlan"/> per interview it acts on or leaves alone.</summary>
/// <param name="Plans">What to do, per interview.</param>
/// <param name="Skipped">Window events left alone, with the reason.</param>
/// <param name="Warnings">What could not be read.</param>
public sealed record ScanPlan(IReadOnlyList<InterviewPlan> Plans, IReadOnlyList<FollowUpSkip> Skipped, IReadOnlyList<string> Warnings);

/// <summary>
/// Decides, from the ledger and what the scan read, what the automatic job does for each interview (DESIGN.md,
/// Contract 2): drafts and the status-check task for interviews that ended, cancellations and moves, a reply completing
/// the task, the status-check draft when due. Pure: same inputs, same plan.
/// </summary>
public static class ScanPlanner
{
    public static ScanPlan Plan(ScanObservation observation, MailboxSession session, Dictionary<string, FollowUpRecord> records)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(records);
        var steps = new Dictionary<string, List<FollowUpStep>>(StringComparer.Ordinal);
        var subjects = new Dictionary<string, (string EventId, string Subject)>(StringComparer.Ordinal);
        var skipped = new List<FollowUpSkip>();
        var warnings = new List<string>();
        var now = observation.Request.Now;

        // Interviews that get their drafts (and so their status check) in this run, for "never two per employer".
        var candidates = new List<(FollowUpRecord? Record, CalendarEvent Event, InterviewAnalysis Analysis)>();

        foreach (var (followUpId, observed) in observation.Events.OrderBy(e => e.Value.Event?.End ?? DateTimeOffset.MaxValue))
        {
            records.TryGetValue(followUpId, out var record);
            if (observed.Unreadable)
            {
                continue;
            }

            if (observed.Deleted || observed.Event is null || observed.Analysis is null)
            {
                if (record is { IsOpen: true } && session.IsAutomatic(record))
                {
                    Add(steps, subjects, record, FollowUpPlanner.Cancel(record, "deleted"));
                }

                continue;
            }

            var e = observed.Event;
            var analysis = observed.Analysis;
            subjects[followUpId] = (e.Id, e.Subject);
            var skip = PlanEvent(record, e, analysis, now, session, steps, candidates);
            if (skip is not null && observed.InWindow)
            {
                skipped.Add(new FollowUpSkip(e.Id, e.Subject, skip));
            }
        }

        // The status check of each interview drafted in this run, under the "never two per employer" rule.
        var cancelled = steps.Where(s => s.Value.Exists(IsCancel)).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var holders = FollowUpPlanner.HoldersOf(records.Values.Where(r => !cancelled.Contains(r.FollowUpId)))
            .Concat(candidates.Where(c => c.Analysis.StatusCheck is not null)
                .Select(c => new CheckHolder(c.Analysis.FollowUpId, EmployerOf.From(c.Analysis), c.Event.End, false, c.Analysis.Role ?? c.Analysis.Company ?? "the interview")))
            .GroupBy(h => h.FollowUpId, StringComparer.Ordinal).Select(g => g.First())
            .ToList();
        var others = new Dictionary<string, List<FollowUpStep>>(StringComparer.Ordinal);
        var today = observation.Today;
        foreach (var (record, e, analysis) in candidates)
        {
            var replies = WaitingCheck.From(analysis, e.End, record) is { } check
                ? new RepliesSoFar(ReplyPlanner.Decide(observation.Messages, check, session), records.Values, session, today)
                : null;
            foreach (var step in FollowUpPlanner.StatusCheckSteps(record, e, analysis, holders, others, replies))
            {
                FollowUpPlanner.Add(steps, analysis.FollowUpId, step);
            }
        }

        foreach (var (followUpId, extra) in others)
        {
            if (records.TryGetValue(followUpId, out var earlier))
            {
                subjects.TryAdd(followUpId, (earlier.EventId, earlier.Role ?? earlier.Company ?? earlier.FollowUpId));
                steps.TryAdd(followUpId, []);
                steps[followUpId].AddRange(extra);
            }
        }

        // Open follow-ups waiting for a reply or their due date; rejections first, since they end the employer's others.
        var waiting = records.Values.Where(r => r.HasPendingCheck && session.CarriesOn(r)).OrderBy(r => r.InterviewEnd)
            .Select(r => (Record: r, Replies: WaitingCheck.From(r) is { } check ? ReplyPlanner.Decide(observation.Messages, check, session) : ReplyDecision.None))
            .OrderBy(w => w.Replies.IsRejection ? 0 : 1)
            .ToList();
        foreach (var (record, replies) in waiting)
        {
            if (steps.TryGetValue(record.FollowUpId, out var already) && already.Exists(Ends))
            {
                continue; // cancelled, superseded or ended by a rejection above
            }

            PlanWaiting(record, replies, records.Values, observation, session, steps, subjects, warnings);
        }

        // "Send your thank-you notes" completes itself once the drafts have left Drafts.
        foreach (var record in records.Values.Where(r => r.SendThanksPending))
        {
            var planned = steps.GetValueOrDefault(record.FollowUpId);
            if (planned?.Exists(s => s is FinishSendThanks) == true)
            {
                continue;
            }

            if (planned?.Exists(IsCancel) == true)
            {
                Add(steps, subjects, record, new FinishSendThanks("the interview is off"));
                continue;
            }

            foreach (var step in ReplyPlanner.SendThanksSteps(record, observation.DraftStates))
            {
                Add(steps, subjects, record, step);
            }
        }

        foreach (var (followUpId, observed) in observation.Events.Where(e => e.Value.Unreadable))
        {
            warnings.Add($"skipped: the event of an open follow-up could not be read ({followUpId}); a later run tries again");
        }

        var plans = steps.Select(s => new InterviewPlan(s.Key, subjects.GetValueOrDefault(s.Key).EventId ?? s.Key, subjects.GetValueOrDefault(s.Key).Subject ?? s.Key, s.Value)).ToList();
        return new ScanPlan(plans, skipped, warnings);
    }

    /// <summary>One interview's event: returns why it is left alone (or null), adding steps and candidates.</summary>
    private static string? PlanEvent(
        FollowUpRecord? record, CalendarEvent e, InterviewAnalysis analysis, DateTimeOffset now, MailboxSession session,
        Dictionary<string, List<FollowUpStep>> steps, List<(FollowUpRecord?, CalendarEvent, InterviewAnalysis)> candidates)
    {
        var followUpId = analysis.FollowUpId;
        if (!session.IsAutomatic(record))
        {
            return analysis.IsActionable ? "automatic mode is off for this interview" : null;
        }

        if (record is { IsOpen: true } && (analysis.IsCancelled || analysis.Classification.Kind != InterviewKind.CandidateInterview || analysis.NoContact))
        {
            var why = analysis.IsCancelled ? "cancelled" : analysis.NoContact ? "no-contact" : "no-longer-an-interview";
            FollowUpPlanner.Add(steps, followUpId, FollowUpPlanner.Cancel(record, why));
        }

        if (FollowUpPlanner.NothingToDo(analysis) is { } nothing)
        {
            return nothing;
        }

        if (record is not null && record.InterviewEnd != e.End)
        {
            FollowUpPlanner.Add(steps, followUpId, new TrackInterview(e, analysis));
            var keep = record.DueSetByUser || record.DueHeldByReply;
            var due = keep ? record.StatusCheckDue : analysis.StatusCheck?.Due;
            if (record is { IsOpen: true, TaskId: not null } && due is { } newDue && newDue != record.StatusCheckDue)
            {
                var remindAt = keep ? record.RemindAt!.Value : analysis.StatusCheck!.RemindAt;
                FollowUpPlanner.Add(steps, followUpId, FollowUpPlanner.Move(newDue, remindAt, byUser: false, session.Today(now),
                    $"due {record.StatusCheckDue:yyyy-MM-dd} -> {newDue:yyyy-MM-dd}"));
            }
        }

        if (e.End > now)
        {
            return "has not ended yet: a later run handles it";
        }

        if (record is { IsOpen: false })
        {
            return $"follow-up already {record.State.ToString().ToLowerInvariant()}";
        }

        FollowUpPlanner.Add(steps, followUpId, new TrackInterview(e, analysis));
        if (record is null || record.State == FollowUpState.Detected)
        {
            var drafts = analysis.ThankYouDrafts.Select(d => new ComposedDraft(
                new Graph.Gateway.DraftRequest(d.Key, d.Text.Subject, d.Text.BodyHtml, [new EmailAddress(d.To.Address, d.To.DisplayName)]), d.To.Address, d.Warnings)).ToList();
            foreach (var step in FollowUpPlanner.ThankYouSteps(record, drafts, new Dictionary<string, Graph.Gateway.MessageState?>(), PlacedBy.Automation, []))
            {
                FollowUpPlanner.Add(steps, followUpId, step);
            }
        }

        // Drafts the job placed get a "Send your thank-you notes" reminder (also after a run cut short before it).
        // Once tracked, only while one of them still waits in Drafts (otherwise nothing is left to remind of).
        if (analysis.ThankYouDrafts.Count > 0 && (record is null || record.State == FollowUpState.Detected
            || (record is { DraftsPlacedBy: PlacedBy.Automation, SendThanksTaskId: null, SendThanksDoneAt: null } && record.Drafts.Exists(d => d.Kind == DraftKinds.ThankYou && d.State == DraftState.Placed))))
        {
            FollowUpPlanner.Add(steps, followUpId, new ScheduleSendThanks(SendThanksTasks.For(e, analysis, now, session.Profile.Schedule)));
        }

        if (record is null || (record.State is FollowUpState.Detected or FollowUpState.Drafted && record.TaskId is null))
        {
            candidates.Add((record, e, analysis));
        }

        return null;
    }

    /// <summary>
    /// A follow-up whose task waits: the employer replied (complete, or move once for a new timeline), its recipient is
    /// away (defer once), or it is due (the status-check draft).
    /// </summary>
    private static void PlanWaiting(
        FollowUpRecord record, ReplyDecision replies, IReadOnlyCollection<FollowUpRecord> all, ScanObservation observation, MailboxSession session,
        Dictionary<string, List<FollowUpStep>> steps, Dictionary<string, (string EventId, string Subject)> subjects, List<string> warnings)
    {
        var others = new Dictionary<string, List<FollowUpStep>>(StringComparer.Ordinal);
        foreach (var step in ReplyPlanner.WaitingSteps(record, replies, all, session, observation.Today, others))
        {
            Add(steps, subjects, record, step);
        }

        foreach (var (followUpId, extra) in others)
        {
            if (all.FirstOrDefault(r => r.FollowUpId == followUpId) is { } other)
            {
                foreach (var step in extra)
                {
                    Add(steps, subjects, other, step);
                }
            }
        }

        if (replies.Ending is not null)
        {
            return;
        }

        // A move planned in this run (the interview was moved) decides the date, not the one recorded.
        var moved = steps.GetValueOrDefault(record.FollowUpId)?.OfType<ChangeTask>().LastOrDefault(c => c.Change == TaskChange.Move)?.NewDue;
        if (record.State != FollowUpState.Scheduled || (moved ?? record.StatusCheckDue) is not { } due || observation.Today < due)
        {
            return;
        }

        if (record.TaskListId is not null && observation.Tasks.TryGetValue(record.TaskListId, out var tasks))
        {
            var task = tasks?.Values.FirstOrDefault(t => string.Equals(t.Id, record.TaskId, StringComparison.Ordinal));
            if (task is null)
            {
                Add(steps, subjects, record, new ForgetTask("you deleted the reminder in To Do"));
                Add(steps, subjects, record, new CloseFollowUp(Closing.Complete, "reminder-deleted", "you deleted the reminder in To Do: no status-check draft"));
                return;
            }

            if (task.Completed)
            {
                Add(steps, subjects, record, new CloseFollowUp(Closing.Complete, "completed-by-user", "you completed the reminder yourself: no status-check draft"));
                return;
            }
        }

        // The text is composed from the event again rather than kept in the ledger: no mail text is stored.
        if (!observation.Events.TryGetValue(record.FollowUpId, out var observed) || observed.Unreadable)
        {
            return;
        }

        if (observed.Deleted || observed.Analysis is null || observed.Event is null)
        {
            Add(steps, subjects, record, FollowUpPlanner.Cancel(record, "deleted"));
            return;
        }

        var analysis = observed.Analysis;
        subjects[record.FollowUpId] = (observed.Event.Id, observed.Event.Subject);
        if (analysis.IsCancelled || analysis.NoContact || analysis.StatusCheck is not { } check || check.To is null)
        {
            Add(steps, subjects, record, FollowUpPlanner.Cancel(record, analysis.IsCancelled ? "cancelled" : analysis.NoContact ? "no-contact" : "no-status-check"));
            return;
        }

        Add(steps, subjects, record, new PlaceDraft(DraftKinds.StatusCheck,
            new Graph.Gateway.DraftRequest(check.DraftKey, check.Text.Subject, check.Text.BodyHtml, [new EmailAddress(check.To.Address, check.To.DisplayName)]), check.To.Address));
    }

    private static bool Ends(FollowUpStep step) => step is ChangeTask { Change: not TaskChange.Move } or CloseFollowUp;

    private static bool IsCancel(FollowUpStep step) => step is ChangeTask { Change: TaskChange.Cancel } or CloseFollowUp { How: Closing.Cancel };

    private static void Add(Dictionary<string, List<FollowUpStep>> steps, Dictionary<string, (string EventId, string Subject)> subjects, FollowUpRecord record, FollowUpStep step)
    {
        subjects.TryAdd(record.FollowUpId, (record.EventId, record.Role ?? record.Company ?? record.FollowUpId));
        FollowUpPlanner.Add(steps, record.FollowUpId, step);
    }
}
