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

    /// <summary>The employer replied: the task is completed and nothing more happens.</summary>
    Completed = 4,

    /// <summary>A later interview with the same employer took over the status check.</summary>
    Superseded = 5,

    /// <summary>The interview was cancelled or deleted: pending work was cancelled.</summary>
    Cancelled = 6,
}

/// <summary>One interview's follow-up in one mailbox: what was detected, drafted, scheduled and completed, and when.</summary>
public sealed class FollowUpRecord
{
    public long Id { get; set; }

    /// <summary>The mailbox (Graph user id, else address).</summary>
    public required string MailboxId { get; set; }

    /// <summary>The interview's iCalUId (else its event id): the stem of every key.</summary>
    public required string FollowUpId { get; set; }

    public required string EventId { get; set; }

    public string? Role { get; set; }

    public string? Company { get; set; }

    public DateTimeOffset InterviewEnd { get; set; }

    public DateOnly InterviewEndDate { get; set; }

    public FollowUpState State { get; set; }

    public DateOnly? RespondBy { get; set; }

    public DateOnly? StatusCheckDue { get; set; }

    public DateTimeOffset? RemindAt { get; set; }

    /// <summary>The status-check recipient's address.</summary>
    public string? StatusCheckTo { get; set; }

    /// <summary>The employer's organization domains, space-separated (for reply detection).</summary>
    public string EmployerDomains { get; set; } = "";

    /// <summary>Exact employer addresses on public mail domains, space-separated.</summary>
    public string EmployerAddresses { get; set; } = "";

    /// <summary>The scheduling-system address that sent the invite, if any.</summary>
    public string? SchedulingAddress { get; set; }

    public string? TaskListId { get; set; }

    public string? TaskId { get; set; }

    public string? StatusCheckDraftId { get; set; }

    /// <summary>Per-interview automatic mode: null follows the user's setting.</summary>
    public bool? AutoMode { get; set; }

    /// <summary>Set when the user moved the status-check date by hand; a moved interview then keeps it.</summary>
    public bool DueSetByUser { get; set; }

    public DateTimeOffset DetectedAt { get; set; }

    public DateTimeOffset? DraftedAt { get; set; }

    public DateTimeOffset? ScheduledAt { get; set; }

    public DateTimeOffset? StatusCheckDraftedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>reply, superseded, cancelled, deleted.</summary>
    public string? CompletedReason { get; set; }

    /// <summary>The employer's reply that completed it.</summary>
    public string? ReplyMessageId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<DraftRecord> Drafts { get; set; } = [];

    /// <summary>True while something may still happen: drafts, the task, a reply, the status check.</summary>
    public bool IsOpen => State is FollowUpState.Detected or FollowUpState.Drafted or FollowUpState.Scheduled or FollowUpState.StatusCheckDrafted;
}

/// <summary>A draft placed in Drafts, by key.</summary>
public sealed class DraftRecord
{
    public long Id { get; set; }

    public long FollowUpRecordId { get; set; }

    public required string Key { get; set; }

    /// <summary>thank-you or status-check.</summary>
    public required string Kind { get; set; }

    public required string Recipient { get; set; }

    public required string MessageId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One run of the scan, for diagnosing half-finished runs.</summary>
public sealed class ScanRunRecord
{
    public long Id { get; set; }

    public required string MailboxId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>running, completed, failed.</summary>
    public string Outcome { get; set; } = "running";

    public int DraftsCreated { get; set; }

    public int TasksCreated { get; set; }

    public int Completed { get; set; }

    public int GraphRequests { get; set; }
}
