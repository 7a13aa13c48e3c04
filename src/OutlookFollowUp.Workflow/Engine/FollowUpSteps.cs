using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.Engine;

/// <summary>
/// When a step runs. The executor carries out every interview's steps phase by phase, batching the Graph calls of one
/// phase across interviews; within an interview a failed step stops its later phases.
/// </summary>
public enum StepPhase
{
    /// <summary>Ledger only: start tracking, note what the user did, close without a task.</summary>
    Ledger = 0,

    /// <summary>Task changes (complete, cancel, supersede, move, reopen) and draft removals.</summary>
    Retire = 1,

    /// <summary>Draft creations and updates.</summary>
    Write = 2,

    /// <summary>Status-check tasks, once the thank-you drafts are placed.</summary>
    Schedule = 3,
}

/// <summary>One thing a plan does for one interview.</summary>
public abstract record FollowUpStep
{
    /// <summary>When it runs.</summary>
    public abstract StepPhase Phase { get; }
}

/// <summary>Start (or go on) tracking the interview: create the ledger record if missing and copy the analysis' facts.</summary>
public sealed record TrackInterview(CalendarEvent Event, InterviewAnalysis Analysis) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Ledger;
}

/// <summary>How a follow-up ends.</summary>
public enum Closing
{
    Complete,
    Cancel,
    Supersede,
}

/// <summary>End the follow-up in the ledger; there is no task to change (or it is already done).</summary>
public sealed record CloseFollowUp(Closing How, string Reason, string Detail, string? ReplyMessageId = null) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Ledger;
}

/// <summary>What the user did with one of our drafts (sent it, deleted it), as Graph shows it now.</summary>
public sealed record NoteDraftFate(string Key, DraftState State) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Ledger;
}

/// <summary>What the user corrected: each part given replaces what the ledger keeps (null parts stay as they are).</summary>
/// <param name="Facts">The role and company (null or empty: back to what the invite says).</param>
/// <param name="Verdict">The user's verdict, when they gave one.</param>
/// <param name="Interviewers">Interviewers who were not on the invite (replaces the list).</param>
/// <param name="Language">The drafts' language the user chose (a code such as "en"), kept for what is written later.</param>
public sealed record Correct((string? Role, string? Company)? Facts = null, Verdict? Verdict = null, IReadOnlyList<Core.Model.EmailAddress>? Interviewers = null, string? Language = null) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Ledger;
}

/// <summary>"This is my interview" (true), "this is not my interview" (false), or "let the product decide" (null).</summary>
public sealed record Verdict(bool? IsMyInterview);

/// <summary>The interview's own automatic-mode setting (null: follow the user's).</summary>
public sealed record SetAutoMode(bool? Enabled) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Ledger;
}

/// <summary>The employer's reply that decides the follow-up, with its outcome (<c>rejection</c>, <c>next-step</c>, …).</summary>
/// <remarks>For a rejection, the thank-you drafts still in Drafts are flagged with <paramref name="Detail"/>.</remarks>
public sealed record NoteReply(string Outcome, string MessageId, DateTimeOffset ReceivedAt, string? Detail = null) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Ledger;
}

/// <summary>A reply moved the due date (once each): a new timeline, or an out-of-office return (<paramref name="Absence"/>).</summary>
public sealed record NoteDueHeld(string MessageId, bool Absence) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Ledger;
}

/// <summary>Complete the "Send your thank-you notes" task: the drafts left Drafts, or they are no longer wanted.</summary>
public sealed record FinishSendThanks(string Detail) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Retire;
}

/// <summary>Create the "Send your thank-you notes" task, after drafts the job placed (never for the pane's).</summary>
public sealed record ScheduleSendThanks(TaskRequest Task) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Schedule;
}

/// <summary>The reminder is gone (the user deleted it or its list): forget it.</summary>
public sealed record ForgetTask(string Detail) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Ledger;
}

/// <summary>What a change of the status-check task means.</summary>
public enum TaskChange
{
    /// <summary>New dates.</summary>
    Move,

    /// <summary>Done (reply, answered, withdrew): the follow-up completes.</summary>
    Complete,

    /// <summary>The interview is off: the follow-up is cancelled.</summary>
    Cancel,

    /// <summary>A later interview with the same employer has the check: the follow-up is superseded.</summary>
    Supersede,

    /// <summary>Not done after all (the user said it is their interview): open again.</summary>
    Reopen,
}

/// <summary>Change the status-check task in To Do, then the ledger.</summary>
/// <param name="Change">What the change means for the follow-up.</param>
/// <param name="Update">What is sent to To Do.</param>
/// <param name="Reason">The ledger's reason (reply, cancelled, …).</param>
/// <param name="Detail">For the report: why, in words.</param>
/// <param name="NewDue">For a move: the new date and reminder.</param>
/// <param name="NewRemindAt">For a move: the new reminder.</param>
/// <param name="ByUser">For a move: the user set the date.</param>
/// <param name="ReplyMessageId">For a completion by reply: the reply.</param>
/// <param name="Today">For a move: the user's local date (a new date after it brings a placed check back to waiting).</param>
/// <remarks>A follow-up without a task changes in the ledger only; one whose task the user deleted forgets it.</remarks>
public sealed record ChangeTask(
    TaskChange Change, TaskUpdate Update, string Reason, string Detail,
    DateOnly? NewDue = null, DateTimeOffset? NewRemindAt = null, bool ByUser = false, string? ReplyMessageId = null, DateOnly? Today = null) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Retire;
}

/// <summary>Delete one of our unchanged drafts (taken back by the user's request, or retired as no longer wanted).</summary>
public sealed record RemoveDraft(string Key, string MessageId, string To, DraftState NewState, string Detail) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Retire;
}

/// <summary>
/// Retire one of our drafts that is no longer wanted (the employer replied): the executor reads it just before and
/// deletes it only when unchanged; one the user edited stays and is flagged; one they sent or deleted is noted.
/// </summary>
/// <param name="Key">The draft's key.</param>
/// <param name="MessageId">Graph's id of it.</param>
/// <param name="To">Its recipient.</param>
/// <param name="Detail">Why it is no longer wanted, in words.</param>
/// <param name="IfEdited">What the user should do with it when they had edited it (it is kept).</param>
public sealed record RetireDraft(string Key, string MessageId, string To, string Detail, string IfEdited = "read their reply before you send it") : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Retire;
}

/// <summary>Place a draft in Drafts (lookup by key first: never twice).</summary>
public sealed record PlaceDraft(string Kind, DraftRequest Request, string To) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Write;
}

/// <summary>Replace the content of one of our unchanged drafts (a note added later).</summary>
public sealed record RefreshDraft(string Key, DraftUpdate Update, string To, string ContentHash) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Write;
}

/// <summary>After the drafts of <paramref name="Keys"/> are all placed: the follow-up is drafted.</summary>
public sealed record FinishDrafting(IReadOnlyList<string> Keys, PlacedBy By) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Write;
}

/// <summary>Create the status-check task (once the thank-you drafts are placed).</summary>
/// <param name="Task">The task.</param>
/// <param name="To">Who the status check would go to.</param>
/// <param name="AlreadyAnswered">The employer replied already: the task is created completed and the follow-up completes.</param>
public sealed record ScheduleStatusCheck(TaskRequest Task, string? To, Answered? AlreadyAnswered = null) : FollowUpStep
{
    public override StepPhase Phase => StepPhase.Schedule;
}

/// <summary>A reply that already completes a follow-up.</summary>
/// <param name="Detail">For the report: who replied, when, and what it says.</param>
/// <param name="ReplyMessageId">The reply.</param>
/// <param name="Reason">The ledger's reason: <c>reply</c>, or <c>rejection</c>.</param>
public sealed record Answered(string Detail, string ReplyMessageId, string Reason = "reply");

/// <summary>Everything one use case will do for one interview, and why it will not do more.</summary>
/// <param name="FollowUpId">The interview.</param>
/// <param name="EventId">Its event.</param>
/// <param name="Subject">Its subject (reports only).</param>
/// <param name="Steps">What to do, in order.</param>
/// <param name="Skipped">Why nothing (or nothing more) is done; null when the steps are all there is to say.</param>
/// <param name="Notices">What the user should know about what is left alone (a draft they edited, …).</param>
public sealed record InterviewPlan(
    string FollowUpId, string EventId, string Subject, IReadOnlyList<FollowUpStep> Steps, string? Skipped = null, IReadOnlyList<DraftNotice>? Notices = null)
{
    /// <summary>True when carrying it out writes to Graph or the ledger.</summary>
    public bool Writes => Steps.Count > 0;
}

/// <summary>What happened to (or was left of) one draft, for the pane and the report.</summary>
/// <param name="To">The recipient.</param>
/// <param name="Key">The draft's key.</param>
/// <param name="Fate">placed, updated, unchanged, changed, sent, removed, taken-back, kept (<see cref="DraftFates"/>).</param>
/// <param name="Reason">In words, when the draft was left alone.</param>
public sealed record DraftNotice(string To, string Key, string Fate, string? Reason = null);

/// <summary>Names of <see cref="DraftNotice.Fate"/>.</summary>
public static class DraftFates
{
    public const string Placed = "placed";
    public const string Updated = "updated";
    public const string AlreadyThere = "unchanged";
    public const string ChangedByUser = "changed";
    public const string Sent = "sent";
    public const string RemovedByUser = "removed";
    public const string TakenBack = "taken-back";
    public const string Kept = "kept";
}
