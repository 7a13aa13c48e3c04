namespace OutlookFollowUp.Workflow.Ledger;

/// <summary>Where a follow-up stands.</summary>
public enum FollowUpState
{
    /// <summary>Found as an ended candidate interview; drafts not yet placed.</summary>
    Detected = 0,

    /// <summary>Thank-you drafts are in Drafts.</summary>
    Drafted = 1,

    /// <summary>The status-check task exists and waits for its due date or a reply.</summary>
    Scheduled = 2,

    /// <summary>Due without a reply: the status-check draft is in Drafts and the task stays open so its reminder fires.</summary>
    StatusCheckDrafted = 3,

    /// <summary>Done: the employer replied, the user ended it, or nothing more is wanted.</summary>
    Completed = 4,

    /// <summary>A later interview with the same employer took over the status check.</summary>
    Superseded = 5,

    /// <summary>The interview was cancelled or deleted (or is not the user's): pending work was cancelled.</summary>
    Cancelled = 6,
}

/// <summary>Who placed an interview's thank-you drafts.</summary>
public enum PlacedBy
{
    /// <summary>The automatic job after the interview ended.</summary>
    Automation = 0,

    /// <summary>The user, from the task pane.</summary>
    Pane = 1,
}

/// <summary>
/// One interview's follow-up in one mailbox: what was detected, drafted, scheduled and completed, and when. State
/// changes only through the methods below, which keep the dates and reasons that go with each state.
/// </summary>
public sealed class FollowUpRecord
{
    public long Id { get; set; }

    /// <summary>The mailbox (Graph user id, else address; the service's user key).</summary>
    public required string MailboxId { get; set; }

    /// <summary>The interview's iCalUId (else its event id): the stem of every key.</summary>
    public required string FollowUpId { get; set; }

    public required string EventId { get; set; }

    public string? Role { get; set; }

    public string? Company { get; set; }

    public DateTimeOffset InterviewEnd { get; set; }

    public DateOnly InterviewEndDate { get; set; }

    public FollowUpState State { get; private set; }

    public DateOnly? RespondBy { get; set; }

    public DateOnly? StatusCheckDue { get; private set; }

    public DateTimeOffset? RemindAt { get; private set; }

    /// <summary>The status-check recipient's address.</summary>
    public string? StatusCheckTo { get; set; }

    /// <summary>The employer's organization domains, space-separated (for reply detection and "same employer").</summary>
    public string EmployerDomains { get; set; } = "";

    /// <summary>Exact employer addresses on public mail domains, space-separated.</summary>
    public string EmployerAddresses { get; set; } = "";

    /// <summary>The scheduling-system address that sent the invite, if any.</summary>
    public string? SchedulingAddress { get; set; }

    public string? TaskListId { get; private set; }

    public string? TaskId { get; private set; }

    public string? StatusCheckDraftId { get; private set; }

    /// <summary>Per-interview automatic mode: null follows the user's setting.</summary>
    public bool? AutoMode { get; set; }

    /// <summary>Set when the user moved the status-check date by hand; a moved interview then keeps it.</summary>
    public bool DueSetByUser { get; private set; }

    /// <summary>Who placed the thank-you drafts (null until they are placed).</summary>
    public PlacedBy? DraftsPlacedBy { get; private set; }

    /// <summary>The user's own role for this interview, used instead of what the invite seemed to say.</summary>
    public string? RoleOverride { get; set; }

    /// <summary>The user's own company for this interview.</summary>
    public string? CompanyOverride { get; set; }

    /// <summary>The user's verdict: true "this is my interview", false "it is not", null: the product decides.</summary>
    public bool? IsMyInterview { get; set; }

    /// <summary>Interviewers the user added (not on the invite), one "address, tab, name" per line.</summary>
    public string AddedInterviewers { get; set; } = "";

    /// <summary>The interviewers the user added, as addresses.</summary>
    public IReadOnlyList<Core.Model.EmailAddress> AddedInterviewerList
    {
        get => AddedInterviewers.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', 2))
            .Select(parts => new Core.Model.EmailAddress(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null))
            .ToList();
        set => AddedInterviewers = string.Join('\n', (value ?? []).Select(a => a.Normalized + "\t" + (a.Name ?? "").Replace('\t', ' ').Replace('\n', ' ')));
    }

    /// <summary>The drafts' language the user chose for this interview (en, es, fr, de, pt), or null.</summary>
    public string? LanguageOverride { get; set; }

    /// <summary>What the user corrected, as the analysis takes it (null when nothing).</summary>
    public Core.Analysis.InterviewOverrides? Overrides =>
        new Core.Analysis.InterviewOverrides(RoleOverride, CompanyOverride, IsMyInterview, AddedInterviewerList)
        {
            DraftLanguage = Core.Languages.LanguageCodes.TryParse(LanguageOverride, out var language) ? language : null,
        } is { IsEmpty: false } overrides ? overrides : null;

    public DateTimeOffset DetectedAt { get; set; }

    public DateTimeOffset? DraftedAt { get; private set; }

    public DateTimeOffset? ScheduledAt { get; private set; }

    public DateTimeOffset? StatusCheckDraftedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>reply, answered, withdrew, superseded, cancelled, deleted, no-contact, not-my-interview, …</summary>
    public string? CompletedReason { get; private set; }

    /// <summary>The employer's reply that completed it.</summary>
    public string? ReplyMessageId { get; private set; }

    /// <summary>The outcome of the employer's reply that ended or moved the follow-up (rejection, next-step, …).</summary>
    public string? ReplyOutcome { get; private set; }

    /// <summary>When that reply arrived.</summary>
    public DateTimeOffset? ReplyReceivedAt { get; private set; }

    /// <summary>The reply whose new timeline moved the due date (it moves once).</summary>
    public string? TimelineReplyId { get; private set; }

    /// <summary>The automatic reply whose return date deferred the due date (it defers once).</summary>
    public string? AbsenceReplyId { get; private set; }

    /// <summary>The "Send your thank-you notes" task's list (automatic drafts only).</summary>
    public string? SendThanksListId { get; private set; }

    /// <summary>The "Send your thank-you notes" task.</summary>
    public string? SendThanksTaskId { get; private set; }

    /// <summary>When that task was completed (the drafts left Drafts, a rejection, a cancellation).</summary>
    public DateTimeOffset? SendThanksDoneAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<DraftRecord> Drafts { get; set; } = [];

    /// <summary>True while something may still happen: drafts, the task, a reply, the status check.</summary>
    public bool IsOpen => State is FollowUpState.Detected or FollowUpState.Drafted or FollowUpState.Scheduled or FollowUpState.StatusCheckDrafted;

    /// <summary>True while a status-check task waits (for its due date or a reply).</summary>
    public bool HasPendingCheck => State is FollowUpState.Scheduled or FollowUpState.StatusCheckDrafted;

    /// <summary>True while the "Send your thank-you notes" task waits for the drafts to leave Drafts.</summary>
    public bool SendThanksPending => SendThanksTaskId is not null && SendThanksDoneAt is null;

    /// <summary>True when a reply moved the due date: the invite's own date no longer applies.</summary>
    public bool DueHeldByReply => TimelineReplyId is not null || AbsenceReplyId is not null;

    /// <summary>
    /// Follow-ups the background job works on even when the user's automatic mode is off: an interview whose own
    /// setting is on, and a status check the user scheduled from the pane that still waits, unless they turned automatic
    /// mode off for that interview (DESIGN.md, steps 5 and 6: a reply completes it, the due date drafts it). One
    /// definition for the ledger queries (the sweep, the worker) and for the scan.
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<FollowUpRecord, bool>> WorkedWithoutAutomaticMode { get; } =
        f => f.AutoMode == true || (f.DraftsPlacedBy == PlacedBy.Pane && f.AutoMode != false && (f.State == FollowUpState.Scheduled || f.State == FollowUpState.StatusCheckDrafted));

    private static readonly Func<FollowUpRecord, bool> IsWorkedWithoutAutomaticMode = WorkedWithoutAutomaticMode.Compile();

    /// <summary>True for a follow-up of <see cref="WorkedWithoutAutomaticMode"/>.</summary>
    public bool WorkedWithoutAutomaticModeNow => IsWorkedWithoutAutomaticMode(this);

    /// <summary>A new follow-up for an interview seen for the first time.</summary>
    public static FollowUpRecord Detect(string mailboxId, string followUpId, string eventId, DateTimeOffset now) => new()
    {
        MailboxId = mailboxId,
        FollowUpId = followUpId,
        EventId = eventId,
        DetectedAt = now,
        UpdatedAt = now,
        State = FollowUpState.Detected,
    };

    /// <summary>
    /// Copies what the analysis found (role, company, times, timeline, employer) into the record; the status-check date
    /// follows unless the user set one by hand. Touches <see cref="UpdatedAt"/> only when something changed.
    /// </summary>
    public void ApplyFacts(Core.Model.CalendarEvent calendarEvent, Core.Analysis.InterviewAnalysis analysis, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        ArgumentNullException.ThrowIfNull(analysis);
        var before = (EventId, Role, Company, InterviewEnd, InterviewEndDate, RespondBy, StatusCheckDue, RemindAt, StatusCheckTo, EmployerDomains, EmployerAddresses, SchedulingAddress);
        EventId = calendarEvent.Id;
        Role = analysis.Role;
        Company = analysis.Company;
        InterviewEnd = calendarEvent.End;
        InterviewEndDate = analysis.InterviewEndDate;
        RespondBy = analysis.Timeline?.RespondBy;
        if (!DueSetByUser && !DueHeldByReply && analysis.StatusCheck is { } check)
        {
            StatusCheckDue = check.Due;
            RemindAt = check.RemindAt;
        }

        StatusCheckTo = analysis.StatusCheck?.To?.Address;
        EmployerDomains = string.Join(' ', analysis.Employer.Domains);
        EmployerAddresses = string.Join(' ', analysis.Employer.Addresses);
        SchedulingAddress = analysis.Employer.SchedulingAddress;
        if (before != (EventId, Role, Company, InterviewEnd, InterviewEndDate, RespondBy, StatusCheckDue, RemindAt, StatusCheckTo, EmployerDomains, EmployerAddresses, SchedulingAddress))
        {
            UpdatedAt = now;
        }
    }

    /// <summary>The draft placed under a key, if any (whatever became of it).</summary>
    public DraftRecord? DraftFor(string key) => Drafts.Find(d => string.Equals(d.Key, key, StringComparison.Ordinal));

    /// <summary>
    /// The status check moves (by the user, or a moved interview): a status-check draft already placed stays, and a
    /// new date after today brings the follow-up back to waiting (no second draft: its key is the same).
    /// </summary>
    public void MoveStatusCheck(DateOnly due, DateTimeOffset remindAt, bool byUser, DateOnly today, DateTimeOffset now)
    {
        StatusCheckDue = due;
        RemindAt = remindAt;
        DueSetByUser |= byUser;
        if (State == FollowUpState.StatusCheckDrafted && due > today)
        {
            State = FollowUpState.Scheduled;
        }

        UpdatedAt = now;
    }

    /// <summary>A thank-you or status-check draft is in Drafts (again, when it had been taken back).</summary>
    public DraftRecord RecordDraftPlaced(string key, string kind, string recipient, string messageId, string? webLink, Graph.Gateway.DraftStamp? stamp, string? contentHash, DateTimeOffset now)
    {
        var draft = DraftFor(key);
        if (draft is null)
        {
            draft = new DraftRecord { Key = key, Kind = kind, Recipient = recipient, MessageId = messageId, CreatedAt = now };
            Drafts.Add(draft);
        }

        draft.Placed(messageId, webLink, stamp, contentHash, now);
        UpdatedAt = now;
        return draft;
    }

    /// <summary>
    /// Every thank-you draft is placed: Detected → Drafted. Who placed them is kept even when the follow-up already
    /// closed in the same run (an interview without a status check still has its drafts, and their reminder).
    /// </summary>
    public void MarkDrafted(PlacedBy by, DateTimeOffset now)
    {
        if (DraftsPlacedBy is null)
        {
            DraftedAt = now;
            DraftsPlacedBy = by;
            UpdatedAt = now;
        }

        if (State == FollowUpState.Detected)
        {
            State = FollowUpState.Drafted;
            UpdatedAt = now;
        }
    }

    /// <summary>The status-check task exists: Drafted → Scheduled.</summary>
    public void MarkScheduled(string listId, string taskId, DateTimeOffset now)
    {
        TaskListId = listId;
        TaskId = taskId;
        if (State is FollowUpState.Detected or FollowUpState.Drafted)
        {
            State = FollowUpState.Scheduled;
            ScheduledAt = now;
        }

        UpdatedAt = now;
    }

    /// <summary>The status-check draft is in Drafts: Scheduled → StatusCheckDrafted (the task stays open for its reminder).</summary>
    public void MarkStatusCheckDrafted(string messageId, DateTimeOffset now)
    {
        StatusCheckDraftId = messageId;
        if (State == FollowUpState.Scheduled)
        {
            State = FollowUpState.StatusCheckDrafted;
            StatusCheckDraftedAt = now;
        }

        UpdatedAt = now;
    }

    /// <summary>The employer's reply that decides (ends or moves) the follow-up, with its outcome.</summary>
    public void NoteReply(string outcome, string messageId, DateTimeOffset receivedAt, DateTimeOffset now)
    {
        ReplyOutcome = outcome;
        ReplyMessageId = messageId;
        ReplyReceivedAt = receivedAt;
        UpdatedAt = now;
    }

    /// <summary>A reply moved the due date: a new timeline (<paramref name="absence"/> false) or an out-of-office return.</summary>
    public void NoteDueHeldBy(string messageId, bool absence, DateTimeOffset now)
    {
        if (absence)
        {
            AbsenceReplyId = messageId;
        }
        else
        {
            TimelineReplyId = messageId;
        }

        UpdatedAt = now;
    }

    /// <summary>The "Send your thank-you notes" task exists.</summary>
    public void SendThanksScheduled(string listId, string taskId, DateTimeOffset now)
    {
        SendThanksListId = listId;
        SendThanksTaskId = taskId;
        UpdatedAt = now;
    }

    /// <summary>The "Send your thank-you notes" task is done (or gone).</summary>
    public void SendThanksDone(DateTimeOffset now)
    {
        SendThanksDoneAt ??= now;
        UpdatedAt = now;
    }

    /// <summary>Nothing more will happen: the employer replied, the user ended it, or no status check is wanted.</summary>
    public void Complete(string reason, DateTimeOffset now, string? replyMessageId = null) => Close(FollowUpState.Completed, reason, now, replyMessageId);

    /// <summary>A later interview with the same employer has the status check now.</summary>
    public void Supersede(DateTimeOffset now) => Close(FollowUpState.Superseded, "superseded", now, null);

    /// <summary>The interview was cancelled, deleted, or is not the user's after all.</summary>
    public void Cancel(string reason, DateTimeOffset now) => Close(FollowUpState.Cancelled, reason, now, null);

    /// <summary>
    /// The user said this is their interview after all: a follow-up cancelled as "not my interview" waits again (with
    /// its task, which the caller reopens in To Do, when it had one).
    /// </summary>
    public void Reopen(DateTimeOffset now)
    {
        if (State != FollowUpState.Cancelled)
        {
            return;
        }

        State = TaskId is not null ? FollowUpState.Scheduled
            : Drafts.Exists(d => d.Kind == DraftKinds.ThankYou && d.State == DraftState.Placed) ? FollowUpState.Drafted
            : FollowUpState.Detected;
        CompletedAt = null;
        CompletedReason = null;
        UpdatedAt = now;
    }

    /// <summary>The reminder is gone (the user deleted it, or its whole list): forget it; no new one is made.</summary>
    public void ForgetTask(DateTimeOffset now)
    {
        TaskId = null;
        TaskListId = null;
        UpdatedAt = now;
    }

    private void Close(FollowUpState state, string reason, DateTimeOffset now, string? replyMessageId)
    {
        if (!IsOpen)
        {
            return;
        }

        State = state;
        CompletedAt = now;
        CompletedReason = reason;
        ReplyMessageId = replyMessageId ?? ReplyMessageId;
        UpdatedAt = now;
    }
}

/// <summary>The kinds of drafts we place.</summary>
public static class DraftKinds
{
    public const string ThankYou = "thank-you";
    public const string StatusCheck = "status-check";
}

/// <summary>What became of a draft we placed.</summary>
public enum DraftState
{
    /// <summary>In Drafts, as far as we know.</summary>
    Placed = 0,

    /// <summary>We took it back (the user asked, it was unchanged): it may be placed again.</summary>
    TakenBack = 1,

    /// <summary>The user deleted it (or moved it out of Drafts): never re-created.</summary>
    RemovedByUser = 2,

    /// <summary>The user sent it.</summary>
    Sent = 3,

    /// <summary>We removed it because it was no longer wanted (the employer replied before it was sent).</summary>
    Retired = 4,
}

/// <summary>A draft placed in Drafts, by key, and what Graph said of it after our last write (to tell "unchanged").</summary>
public sealed class DraftRecord
{
    public long Id { get; set; }

    public long FollowUpRecordId { get; set; }

    public required string Key { get; set; }

    /// <summary>thank-you or status-check (<see cref="DraftKinds"/>).</summary>
    public required string Kind { get; set; }

    public required string Recipient { get; set; }

    public required string MessageId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DraftState State { get; private set; }

    /// <summary>A link that opens it (Outlook on the web).</summary>
    public string? WebLink { get; private set; }

    /// <summary>Graph's lastModifiedDateTime after our last write.</summary>
    public DateTimeOffset? LastModifiedAt { get; private set; }

    /// <summary>Graph's changeKey after our last write.</summary>
    public string? ChangeKey { get; private set; }

    /// <summary>The folder it was placed in (Drafts).</summary>
    public string? FolderId { get; private set; }

    /// <summary>A hash of the subject and body we wrote (never the text itself), to tell whether an update is needed.</summary>
    public string? ContentHash { get; private set; }

    public DateTimeOffset? StateChangedAt { get; private set; }

    /// <summary>The stamp recorded after our last write.</summary>
    public Graph.Gateway.DraftStamp Stamp => new(LastModifiedAt, ChangeKey, FolderId);

    internal void Placed(string messageId, string? webLink, Graph.Gateway.DraftStamp? stamp, string? contentHash, DateTimeOffset now)
    {
        MessageId = messageId;
        WebLink = webLink ?? WebLink;
        LastModifiedAt = stamp?.LastModified;
        ChangeKey = stamp?.ChangeKey;
        FolderId = stamp?.ParentFolderId ?? FolderId;
        ContentHash = contentHash ?? ContentHash;
        State = DraftState.Placed;
        StateChangedAt = now;
    }

    /// <summary>Our update of an unchanged draft went through: its new stamp is what "unchanged" means from now on.</summary>
    public void Updated(Graph.Gateway.DraftStamp? stamp, string? contentHash, DateTimeOffset now)
    {
        LastModifiedAt = stamp?.LastModified ?? LastModifiedAt;
        ChangeKey = stamp?.ChangeKey ?? ChangeKey;
        ContentHash = contentHash ?? ContentHash;
        StateChangedAt = now;
    }

    /// <summary>A new state (taken back, removed or sent by the user, retired).</summary>
    public void Became(DraftState state, DateTimeOffset now)
    {
        State = state;
        StateChangedAt = now;
    }
}
