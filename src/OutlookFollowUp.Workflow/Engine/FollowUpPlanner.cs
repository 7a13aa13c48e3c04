using System.Security.Cryptography;
using System.Text;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.Engine;

/// <summary>What Graph says of a draft we placed, judged by DESIGN.md's "unchanged" rule.</summary>
public enum DraftCondition
{
    /// <summary>Not looked at (the caller did not need to know).</summary>
    Unknown,

    /// <summary>lastModifiedDateTime and changeKey are what we recorded after our own last write: ours to update or remove.</summary>
    Unchanged,

    /// <summary>The user edited it: left alone.</summary>
    ChangedByUser,

    /// <summary>The user sent it.</summary>
    Sent,

    /// <summary>Gone, or moved out of Drafts (Deleted Items counts): removed by the user, never re-created.</summary>
    RemovedByUser,
}

/// <summary>A thank-you draft as it will be written: the composed (or user-edited) text, for one recipient.</summary>
/// <param name="Request">What goes to Graph.</param>
/// <param name="To">The recipient's address.</param>
/// <param name="Warnings">The linter's warnings for this text.</param>
public sealed record ComposedDraft(DraftRequest Request, string To, IReadOnlyList<string> Warnings)
{
    /// <summary>A hash of subject and body (the ledger keeps this, never the text).</summary>
    public string ContentHash => FollowUpPlanner.HashOf(Request.Subject, Request.BodyHtml);
}

/// <summary>
/// The pure half of every use case: from the ledger record, the analysis and what Graph holds, decide the steps. No
/// I/O, no clock: "now" and "today" come in. Shared by the scan and by the task pane's actions, so both obey the same
/// rules (DESIGN.md, domain policy).
/// </summary>
public static class FollowUpPlanner
{
    /// <summary>What Graph's current state of a placed draft means.</summary>
    public static DraftCondition ConditionOf(DraftRecord recorded, MessageState? current)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (current is null)
        {
            return DraftCondition.RemovedByUser;
        }

        if (!current.IsDraft)
        {
            return DraftCondition.Sent;
        }

        if (recorded.FolderId is { } folder && current.Stamp.ParentFolderId is { } now && !string.Equals(folder, now, StringComparison.Ordinal))
        {
            return DraftCondition.RemovedByUser;
        }

        // A record from before stamps were kept cannot prove the draft is untouched: treat it as the user's.
        return recorded.LastModifiedAt is { } modified && recorded.ChangeKey is { } changeKey
            && current.Stamp.LastModified == modified && string.Equals(current.Stamp.ChangeKey, changeKey, StringComparison.Ordinal)
            ? DraftCondition.Unchanged
            : DraftCondition.ChangedByUser;
    }

    /// <summary>A hash of a draft's subject and body: tells whether an update would change anything.</summary>
    public static string HashOf(string subject, string bodyHtml) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(subject + "\u0001" + bodyHtml)))[..32];

    /// <summary>
    /// The thank-you drafts to place or update: new ones are placed; an unchanged one whose text changed (a note
    /// added later) is updated in place; one the user edited, sent or deleted is left alone and said so.
    /// </summary>
    /// <param name="record">The ledger record (null: not tracked yet).</param>
    /// <param name="drafts">The drafts wanted now.</param>
    /// <param name="conditions">What Graph holds of the drafts already placed, by message id (absent: not looked at).</param>
    /// <param name="placedBy">Who is placing them.</param>
    /// <param name="notices">Receives what happens to each draft.</param>
    public static List<FollowUpStep> ThankYouSteps(
        FollowUpRecord? record, IReadOnlyList<ComposedDraft> drafts, IReadOnlyDictionary<string, MessageState?> conditions, PlacedBy placedBy, List<DraftNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(notices);
        var steps = new List<FollowUpStep>();
        foreach (var draft in drafts)
        {
            var key = draft.Request.Key;
            var recorded = record?.DraftFor(key);
            switch (recorded?.State)
            {
                case null or DraftState.TakenBack or DraftState.Retired:
                    steps.Add(new PlaceDraft(DraftKinds.ThankYou, draft.Request, draft.To));
                    notices.Add(new DraftNotice(draft.To, key, DraftFates.Placed));
                    break;
                case DraftState.RemovedByUser:
                    notices.Add(new DraftNotice(draft.To, key, DraftFates.RemovedByUser, "You deleted this draft, so it is not placed again."));
                    break;
                case DraftState.Sent:
                    notices.Add(new DraftNotice(draft.To, key, DraftFates.Sent, "You already sent this one."));
                    break;
                default:
                    var condition = conditions.TryGetValue(recorded.MessageId, out var current) ? ConditionOf(recorded, current) : DraftCondition.Unknown;
                    switch (condition)
                    {
                        case DraftCondition.Unchanged when !string.Equals(recorded.ContentHash, draft.ContentHash, StringComparison.Ordinal):
                            steps.Add(new RefreshDraft(key, new DraftUpdate(recorded.MessageId, draft.Request.Subject, draft.Request.BodyHtml, draft.Request.To), draft.To, draft.ContentHash));
                            notices.Add(new DraftNotice(draft.To, key, DraftFates.Updated));
                            break;
                        case DraftCondition.ChangedByUser:
                            notices.Add(new DraftNotice(draft.To, key, DraftFates.ChangedByUser, "You edited this draft in Outlook, so it was left as it is."));
                            break;
                        case DraftCondition.Sent:
                            steps.Add(new NoteDraftFate(key, DraftState.Sent));
                            notices.Add(new DraftNotice(draft.To, key, DraftFates.Sent, "You already sent this one."));
                            break;
                        case DraftCondition.RemovedByUser:
                            steps.Add(new NoteDraftFate(key, DraftState.RemovedByUser));
                            notices.Add(new DraftNotice(draft.To, key, DraftFates.RemovedByUser, "You deleted this draft, so it is not placed again."));
                            break;
                        default:
                            notices.Add(new DraftNotice(draft.To, key, DraftFates.AlreadyThere));
                            break;
                    }

                    break;
            }
        }

        if (record is null || record.State == FollowUpState.Detected)
        {
            steps.Add(new FinishDrafting(drafts.Select(d => d.Request.Key).ToList(), placedBy));
        }

        return steps;
    }

    /// <summary>
    /// The status check that goes with the drafts (DESIGN.md: one per interview, and never two pending for one employer:
    /// the latest interview with an employer keeps it, earlier ones are superseded). Returns this interview's steps; the
    /// steps that supersede earlier interviews' tasks go to <paramref name="others"/>.
    /// </summary>
    /// <param name="record">This interview's record (null: new).</param>
    /// <param name="calendarEvent">Its event.</param>
    /// <param name="analysis">Its analysis.</param>
    /// <param name="holders">Every interview of the mailbox that has or is about to get a status check (this one may be among them).</param>
    /// <param name="others">Receives steps for other interviews, by follow-up id.</param>
    /// <param name="replies">What the employer answered since the interview, when the caller read it: a reply that ended
    /// the check creates the task completed, a new timeline or an absence moves its date, a rejection reaches the
    /// employer's other follow-ups.</param>
    public static List<FollowUpStep> StatusCheckSteps(
        FollowUpRecord? record, CalendarEvent calendarEvent, InterviewAnalysis analysis, IReadOnlyList<CheckHolder> holders, Dictionary<string, List<FollowUpStep>> others, RepliesSoFar? replies = null)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(holders);
        ArgumentNullException.ThrowIfNull(others);
        var steps = new List<FollowUpStep>();
        if (record?.TaskId is not null || record is { IsOpen: false })
        {
            return steps;
        }

        if (analysis.StatusCheck is null)
        {
            steps.Add(new CloseFollowUp(Closing.Complete, "no-status-check", NoStatusCheckBecause(analysis)));
            return steps;
        }

        var employer = EmployerOf.From(analysis);
        var end = calendarEvent.End;
        var sameEmployer = holders.Where(h => !string.Equals(h.FollowUpId, analysis.FollowUpId, StringComparison.Ordinal) && employer.IsSameAs(h.Employer)).ToList();
        if (sameEmployer.Any(h => h.End > end))
        {
            steps.Add(new CloseFollowUp(Closing.Supersede, "superseded", "a later interview with the same employer has the status check"));
            return steps;
        }

        foreach (var earlier in sameEmployer.Where(h => h.End < end && h.HasTask))
        {
            var title = $"[Superseded] Check in about {earlier.About}";
            Add(others, earlier.FollowUpId, new ChangeTask(TaskChange.Supersede, new TaskUpdate(Completed: true, Title: title), "superseded",
                $"superseded by the interview of {Date(analysis.InterviewEndDate)}"));
        }

        var task = StatusCheckTasks.For(calendarEvent, analysis, record);
        Answered? answered = null;
        if (replies is not null)
        {
            var (before, moved, ending) = ReplyPlanner.Scheduling(analysis.FollowUpId, employer, task, replies.Decision, replies.Records, replies.Session, replies.Today, others);
            steps.AddRange(before);
            (task, answered) = (moved, ending);
        }

        steps.Add(new ScheduleStatusCheck(answered is null ? task : task with { Completed = true }, analysis.StatusCheck.To?.Address, answered));
        return steps;
    }

    /// <summary>The ledger's open follow-ups that hold (or will hold) a status check.</summary>
    public static IEnumerable<CheckHolder> HoldersOf(IEnumerable<FollowUpRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records
            .Where(r => r.State is FollowUpState.Drafted or FollowUpState.Scheduled or FollowUpState.StatusCheckDrafted)
            .Select(r => new CheckHolder(r.FollowUpId, EmployerOf.From(r), r.InterviewEnd, r.TaskId is not null && r.HasPendingCheck, r.Role ?? r.Company ?? "the interview"));
    }

    /// <summary>The pending work of an interview that is off (cancelled, deleted, no longer an interview, no contact).</summary>
    public static FollowUpStep Cancel(FollowUpRecord record, string reason)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.TaskId is not null
            ? new ChangeTask(TaskChange.Cancel, new TaskUpdate(Completed: true, Title: $"[Cancelled] Check in about {record.Role ?? record.Company ?? "the interview"}"), reason, $"the interview is {Words(reason)}")
            : new CloseFollowUp(Closing.Cancel, reason, $"pending work cancelled: {Words(reason)}");
    }

    /// <summary>The follow-up is done (a reply, or the user ended it): the task completes.</summary>
    public static FollowUpStep Complete(string reason, string detail, string? replyMessageId = null) =>
        new ChangeTask(TaskChange.Complete, new TaskUpdate(Completed: true), reason, detail, ReplyMessageId: replyMessageId);

    /// <summary>A new status-check date (the user, or a moved interview) moves the reminder in To Do.</summary>
    public static FollowUpStep Move(DateOnly due, DateTimeOffset remindAt, bool byUser, DateOnly today, string detail) =>
        new ChangeTask(TaskChange.Move, new TaskUpdate(Due: due, RemindAt: remindAt), "moved", detail, due, remindAt, byUser, Today: today);

    /// <summary>Why an analysis has no status check, in the words the pane and the report show (worded once, in Core).</summary>
    public static string NoStatusCheckBecause(InterviewAnalysis analysis) =>
        FollowUpReasons.NoStatusCheck(analysis) ?? FollowUpReasons.NoStatusCheckRecipientSentence;

    /// <summary>
    /// Why the product does nothing for this analysis, or null when it acts (worded once, in Core); for events that are
    /// not interviews the classifier's reasons follow, so a report says what it saw.
    /// </summary>
    public static string? NothingToDo(InterviewAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var why = FollowUpReasons.NothingToDo(analysis);
        return why is not null && analysis.Classification.Kind == InterviewKind.NotInterview && analysis.Classification.Reasons.Count > 0
            ? $"{why} ({string.Join("; ", analysis.Classification.Reasons)})"
            : why;
    }

    internal static void Add(Dictionary<string, List<FollowUpStep>> steps, string followUpId, FollowUpStep step)
    {
        if (!steps.TryGetValue(followUpId, out var list))
        {
            steps[followUpId] = list = [];
        }

        list.Add(step);
    }

    private static string Words(string reason) => reason.Replace('-', ' ');

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What the employer answered so far, for an interview whose status check is about to be scheduled.</summary>
/// <param name="Decision">What the replies say.</param>
/// <param name="Records">Every tracked follow-up of the mailbox (a rejection reaches the employer's others).</param>
/// <param name="Session">The mailbox.</param>
/// <param name="Today">The user's local date.</param>
public sealed record RepliesSoFar(ReplyDecision Decision, IEnumerable<FollowUpRecord> Records, MailboxSession Session, DateOnly Today);

/// <summary>Who an interview's employer is, for "same employer": Core's <see cref="SameEmployer"/> decides.</summary>
public sealed record EmployerOf(EmployerContacts Contacts)
{
    /// <summary>The employer of an analysis.</summary>
    public static EmployerOf From(InterviewAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new(analysis.Employer);
    }

    /// <summary>The employer recorded in the ledger.</summary>
    public static EmployerOf From(FollowUpRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(new EmployerContacts(Split(record.EmployerDomains), Split(record.EmployerAddresses), record.SchedulingAddress, record.Company));
    }

    /// <summary>True when the other interview is with the same employer.</summary>
    public bool IsSameAs(EmployerOf other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return SameEmployer.Of(Contacts, other.Contacts);
    }

    private static string[] Split(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>An interview that has (or is about to get) a status check, for the "never two per employer" rule.</summary>
/// <param name="FollowUpId">The interview.</param>
/// <param name="Employer">Its employer.</param>
/// <param name="End">When it ended.</param>
/// <param name="HasTask">True when its task exists and waits (it can be superseded in To Do).</param>
/// <param name="About">What its task is about (role, else company).</param>
public sealed record CheckHolder(string FollowUpId, EmployerOf Employer, DateTimeOffset End, bool HasTask, string About);
