using System.Globalization;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Replies;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.Engine;

/// <summary>One message as Core read it for one follow-up.</summary>
public sealed record ReadReply(InboundMessage Message, ReplyReading Reading)
{
    /// <summary>The outcome's wire name (<c>rejection</c>, <c>next-step</c>, …); <c>other</c> for an automatic reply.</summary>
    public string Outcome => (Reading.Outcome ?? ReplyOutcome.Other).Name();
}

/// <summary>A reply that moved the due date: a new timeline, or an out-of-office return (<paramref name="Absence"/>).</summary>
public sealed record DueMove(ReadReply Reply, bool Absence, DateOnly Due, string Detail);

/// <summary>What the mail since an interview means for its status check (DESIGN.md, "outcome of a reply").</summary>
/// <param name="Ending">The employer's reply that ends the status check, or null.</param>
/// <param name="Moves">Replies that moved the due date, in the order they arrived (each moves once).</param>
/// <param name="Detail">For the pane and the report: who replied, when, and what it says.</param>
public sealed record ReplyDecision(ReadReply? Ending, IReadOnlyList<DueMove> Moves, string? Detail)
{
    public static ReplyDecision None { get; } = new(null, [], null);

    /// <summary>True when the ending reply is a rejection: every pending follow-up with the employer ends.</summary>
    public bool IsRejection => Ending?.Reading.IsRejection == true;

    /// <summary>The due date after the moves, or null when none moved it.</summary>
    public DateOnly? NewDue => Moves.Count > 0 ? Moves[^1].Due : null;

    /// <summary>The ledger's reason for the ending: <c>rejection</c> or <c>reply</c>.</summary>
    public string Reason => IsRejection ? "rejection" : "reply";
}

/// <summary>What a waiting status check is, for reading the replies to it.</summary>
/// <param name="Employer">Who counts as the employer.</param>
/// <param name="InterviewEnd">Replies count from here.</param>
/// <param name="To">The status-check recipient (only their automatic reply defers the check).</param>
/// <param name="Due">The due date now.</param>
/// <param name="TimelineReplyId">The reply that already moved it by a new timeline (moves once).</param>
/// <param name="AbsenceReplyId">The automatic reply that already deferred it (defers once).</param>
public sealed record WaitingCheck(EmployerContacts Employer, DateTimeOffset InterviewEnd, string? To, DateOnly Due, string? TimelineReplyId = null, string? AbsenceReplyId = null)
{
    /// <summary>A tracked follow-up's check.</summary>
    public static WaitingCheck? From(FollowUpRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.StatusCheckDue is { } due
            ? new WaitingCheck(EmployerOf.From(record).Contacts, record.InterviewEnd, record.StatusCheckTo, due, record.TimelineReplyId, record.AbsenceReplyId)
            : null;
    }

    /// <summary>The check an analysis is about to schedule.</summary>
    public static WaitingCheck? From(InterviewAnalysis analysis, DateTimeOffset interviewEnd, FollowUpRecord? record)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var due = record is { DueSetByUser: true, StatusCheckDue: { } userDue } ? userDue : analysis.StatusCheck?.Due;
        return due is { } d ? new WaitingCheck(analysis.Employer, interviewEnd, analysis.StatusCheck?.To?.Address, d, record?.TimelineReplyId, record?.AbsenceReplyId) : null;
    }
}

/// <summary>
/// The pure rules for what the employer answered (DESIGN.md): any reply but an acknowledgement ends the status check;
/// an other or acknowledgement reply stating a new timeline moves the due date once instead; an automatic reply from
/// the status-check recipient returning on or after the due date defers it once; a rejection ends every pending
/// follow-up with the employer, completes the "Send your thank-you notes" task and flags unsent thank-you drafts; a
/// status-check draft the user has not changed is retired, one they changed is kept and flagged. Both paths use these.
/// </summary>
public static class ReplyPlanner
{
    /// <summary>Reads the mail received since the interview for one status check.</summary>
    public static ReplyDecision Decide(IEnumerable<InboundMessage> messages, WaitingCheck check, MailboxSession session)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(session);
        var schedule = session.Profile.Schedule;
        var dayFirst = OutOfOfficeReader.WritesDayFirst(session.Profile.Locale);
        var policy = session.Preferences.Policy;
        var movedByTimeline = check.TimelineReplyId is not null;
        var deferred = check.AbsenceReplyId is not null;
        var due = check.Due;
        var moves = new List<DueMove>();
        foreach (var message in messages.Where(m => m.ReceivedAt > check.InterviewEnd).OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            if (message.Id == check.TimelineReplyId || message.Id == check.AbsenceReplyId)
            {
                continue; // already acted on, once
            }

            var reading = ReplyDetector.Read(message, check.Employer, session.Profile.User, check.InterviewEnd, schedule, dayFirst);
            var read = new ReadReply(message, reading);
            if (reading.Verdict == ReplyVerdict.EmployerReply)
            {
                if (reading.MovesStatusCheck && !movedByTimeline)
                {
                    var newDue = reading.MovedDue(schedule.WorkWeek, policy)!.Value;
                    movedByTimeline = true;
                    moves.Add(new DueMove(read, false, newDue,
                        $"{Who(check, message)} replied on {Day(schedule.LocalDate(message.ReceivedAt))} with a new timeline (\"{reading.NewRespondBy!.Phrase}\"): due {Iso(due)} -> {Iso(newDue)}"));
                    due = newDue;
                    continue;
                }

                // Core says which replies end the check; once the date has moved, a further timeline ends it unless it
                // only acknowledges (DESIGN.md: the move happens once). An acknowledgement alone answers nothing.
                if (!reading.CompletesStatusCheck && !(reading.MovesStatusCheck && reading.Outcome != ReplyOutcome.Acknowledgement))
                {
                    continue;
                }

                return new ReplyDecision(read, moves, $"{Who(check, message)} replied on {Day(schedule.LocalDate(message.ReceivedAt))}: {(reading.Outcome ?? ReplyOutcome.Other).Label()}");
            }

            if (reading.Return is { } back && !deferred && IsFrom(message, check.To) && reading.DeferredDue(due, schedule.WorkWeek) is { } later)
            {
                deferred = true;
                moves.Add(new DueMove(read, true, later,
                    $"{message.From?.Name ?? message.From?.Address}'s automatic reply says \"{back.Phrase}\": due {Iso(due)} -> {Iso(later)}"));
                due = later;
            }
        }

        return moves.Count == 0 ? ReplyDecision.None : new ReplyDecision(null, moves, moves[^1].Detail);
    }

    /// <summary>
    /// The steps a decision takes for a follow-up whose status-check task exists (the scan, for every waiting one):
    /// the outcome in the ledger, the task completed or moved, the status-check draft retired when unchanged, and for a
    /// rejection everything else pending with the employer.
    /// </summary>
    /// <param name="record">The waiting follow-up.</param>
    /// <param name="decision">What its replies say.</param>
    /// <param name="records">Every tracked follow-up of the mailbox (a rejection reaches the employer's others).</param>
    /// <param name="session">The mailbox (working hours for a moved reminder).</param>
    /// <param name="today">The user's local date.</param>
    /// <param name="others">Receives the steps for the employer's other follow-ups, by follow-up id.</param>
    public static List<FollowUpStep> WaitingSteps(
        FollowUpRecord record, ReplyDecision decision, IEnumerable<FollowUpRecord> records, MailboxSession session, DateOnly today, Dictionary<string, List<FollowUpStep>> others)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(session);
        var steps = new List<FollowUpStep>();
        if (decision.Ending is { } ending)
        {
            var detail = decision.Detail!;
            steps.Add(new NoteReply(ending.Outcome, ending.Message.Id, ending.Message.ReceivedAt, detail));
            steps.Add(FollowUpPlanner.Complete(decision.Reason, detail, ending.Message.Id));
            steps.AddRange(RetireStatusCheckDraft(record, detail));
            if (decision.IsRejection)
            {
                steps.AddRange(EndSendThanks(record, detail));
                Reject(record.FollowUpId, EmployerOf.From(record), ending, detail, records, others);
            }

            return steps;
        }

        if (decision.NewDue is not { } newDue)
        {
            return steps;
        }

        steps.AddRange(HeldSteps(decision));
        if (newDue != record.StatusCheckDue)
        {
            steps.Add(FollowUpPlanner.Move(newDue, session.Profile.Schedule.StartOfWorkingHours(newDue), byUser: false, today, decision.Detail!));
            if (record.State == FollowUpState.StatusCheckDrafted && newDue > today)
            {
                // The employer wrote back: the "just checking in" waiting in Drafts is premature until the new date.
                steps.AddRange(RetireStatusCheckDraft(record, decision.Detail!));
            }
        }

        return steps;
    }

    /// <summary>
    /// The steps of a decision for an interview whose task is about to be created (the scan's new interviews, the
    /// pane's "Put drafts in my Drafts folder"): the task is created completed when a reply already ended the check,
    /// or on the moved date; a rejection also reaches the employer's other follow-ups.
    /// </summary>
    /// <returns>The ledger steps to add before scheduling, the task to create, and how it is already answered.</returns>
    public static (List<FollowUpStep> Before, TaskRequest Task, Answered? Answered) Scheduling(
        string followUpId, EmployerOf employer, TaskRequest task, ReplyDecision decision, IEnumerable<FollowUpRecord> records,
        MailboxSession session, DateOnly today, Dictionary<string, List<FollowUpStep>> others)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(session);
        var before = new List<FollowUpStep>();
        if (decision.Ending is { } ending)
        {
            before.Add(new NoteReply(ending.Outcome, ending.Message.Id, ending.Message.ReceivedAt, decision.Detail));
            if (decision.IsRejection)
            {
                Reject(followUpId, employer, ending, decision.Detail!, records, others);
            }

            return (before, task, new Answered(decision.Detail!, ending.Message.Id, decision.Reason));
        }

        if (decision.NewDue is { } newDue)
        {
            before.AddRange(HeldSteps(decision));
            var remindAt = session.Profile.Schedule.StartOfWorkingHours(newDue);
            before.Add(FollowUpPlanner.Move(newDue, remindAt, byUser: false, today, decision.Detail!));
            return (before, task with { Due = newDue, RemindAt = remindAt }, null);
        }

        return (before, task, null);
    }

    /// <summary>Retire the status-check draft if it waits in Drafts (the executor deletes it only when unchanged).</summary>
    public static IEnumerable<FollowUpStep> RetireStatusCheckDraft(FollowUpRecord record, string detail, string? ifEdited = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Drafts
            .Where(d => d.Kind == DraftKinds.StatusCheck && d.State == DraftState.Placed)
            .Select(d => ifEdited is null ? new RetireDraft(d.Key, d.MessageId, d.Recipient, detail) : new RetireDraft(d.Key, d.MessageId, d.Recipient, detail, ifEdited));
    }

    /// <summary>Complete the "Send your thank-you notes" task when it waits.</summary>
    public static IEnumerable<FollowUpStep> EndSendThanks(FollowUpRecord record, string detail)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.SendThanksPending ? [new FinishSendThanks(detail)] : [];
    }

    /// <summary>
    /// The "Send your thank-you notes" task completes itself once every thank-you draft left Drafts (sent, deleted,
    /// taken back): the steps that say so, from what Graph holds of the drafts still placed (absent: not read).
    /// </summary>
    public static List<FollowUpStep> SendThanksSteps(FollowUpRecord record, IReadOnlyDictionary<string, MessageState?> states)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(states);
        var steps = new List<FollowUpStep>();
        if (!record.SendThanksPending)
        {
            return steps;
        }

        int sent = 0, removed = 0;
        foreach (var draft in record.Drafts.Where(d => d.Kind == DraftKinds.ThankYou))
        {
            var fate = draft.State;
            if (fate == DraftState.Placed)
            {
                if (!states.TryGetValue(draft.MessageId, out var current))
                {
                    return [];
                }

                switch (FollowUpPlanner.ConditionOf(draft, current))
                {
                    case DraftCondition.Sent:
                        steps.Add(new NoteDraftFate(draft.Key, DraftState.Sent));
                        fate = DraftState.Sent;
                        break;
                    case DraftCondition.RemovedByUser:
                        steps.Add(new NoteDraftFate(draft.Key, DraftState.RemovedByUser));
                        fate = DraftState.RemovedByUser;
                        break;
                    default:
                        return []; // still waiting in Drafts
                }
            }

            if (fate == DraftState.Sent)
            {
                sent++;
            }
            else
            {
                removed++;
            }
        }

        var detail = (sent, removed) switch
        {
            (> 0, 0) => $"your thank-you notes are sent ({sent})",
            (0, _) => "your thank-you drafts are no longer in Drafts",
            _ => $"your thank-you drafts have left Drafts ({sent} sent, {removed} deleted)",
        };
        steps.Add(new FinishSendThanks(detail));
        return steps;
    }

    /// <summary>A rejection ends every other pending follow-up with the employer (thank-you drafts stay, flagged).</summary>
    private static void Reject(string followUpId, EmployerOf employer, ReadReply rejection, string detail, IEnumerable<FollowUpRecord> records, Dictionary<string, List<FollowUpStep>> others)
    {
        foreach (var other in records ?? [])
        {
            if (other.FollowUpId == followUpId || !(other.IsOpen || other.SendThanksPending) || !employer.IsSameAs(EmployerOf.From(other)))
            {
                continue;
            }

            var steps = new List<FollowUpStep> { new NoteReply(rejection.Outcome, rejection.Message.Id, rejection.Message.ReceivedAt, detail) };
            if (other.IsOpen)
            {
                steps.Add(other is { TaskId: not null, HasPendingCheck: true }
                    ? FollowUpPlanner.Complete("rejection", detail, rejection.Message.Id)
                    : new CloseFollowUp(Closing.Complete, "rejection", detail, rejection.Message.Id));
                steps.AddRange(RetireStatusCheckDraft(other, detail));
            }

            steps.AddRange(EndSendThanks(other, detail));
            foreach (var step in steps)
            {
                FollowUpPlanner.Add(others, other.FollowUpId, step);
            }
        }
    }

    /// <summary>The thank-you drafts still in Drafts after a rejection: flagged (never deleted: thanking is still polite).</summary>
    public static IEnumerable<DraftNotice> FlagThankYous(FollowUpRecord record, string detail)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Drafts
            .Where(d => d.Kind == DraftKinds.ThankYou && d.State == DraftState.Placed)
            .Select(d => new DraftNotice(d.Recipient, d.Key, DraftFates.Kept, $"{detail}. Your thank-you to {d.Recipient} is still in Drafts: sending it is still polite."));
    }

    /// <summary>The ledger steps of the replies that moved the date: each moves it once, and a timeline's outcome is kept.</summary>
    private static IEnumerable<FollowUpStep> HeldSteps(ReplyDecision decision)
    {
        foreach (var move in decision.Moves)
        {
            yield return new NoteDueHeld(move.Reply.Message.Id, move.Absence);
            if (!move.Absence)
            {
                yield return new NoteReply(move.Reply.Outcome, move.Reply.Message.Id, move.Reply.Message.ReceivedAt);
            }
        }
    }

    private static bool IsFrom(InboundMessage message, string? address) =>
        address is not null && message.From?.Address is { } from && string.Equals(from.Trim(), address.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Who(WaitingCheck check, InboundMessage message) =>
        check.Employer.Company ?? message.From?.Name ?? message.From?.Address ?? "The employer";

    private static string Day(DateOnly date) => date.ToString("ddd, MMM d", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
