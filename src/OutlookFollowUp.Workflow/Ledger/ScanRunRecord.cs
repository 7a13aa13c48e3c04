namespace OutlookFollowUp.Workflow.Ledger;

/// <summary>One run of the scan, for diagnosing half-finished runs.</summary>
public sealed class ScanRunRecord
{
    public long Id { get; set; }

    public required string MailboxId { get; set; }

    /// <summary>The run's own "now" (the CLI's --now may lie in the past).</summary>
    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Wall-clock time the run last showed it was alive; a running run silent for long was killed.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    /// <summary>running, completed, failed, abandoned (<see cref="ScanOutcomes"/>).</summary>
    public string Outcome { get; set; } = ScanOutcomes.Running;

    public int DraftsCreated { get; set; }

    public int TasksCreated { get; set; }

    public int Completed { get; set; }

    public int GraphRequests { get; set; }
}

/// <summary>How a scan run ended.</summary>
public static class ScanOutcomes
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";

    /// <summary>Killed while running (no heartbeat for longer than a run can take): closed by a later run.</summary>
    public const string Abandoned = "abandoned";
}

/// <summary>
/// A lease on one interview of one mailbox: whoever holds it is the only one writing that interview's drafts, tasks and
/// ledger record, across threads, processes and service instances. Expires by itself when its holder dies.
/// </summary>
public sealed class InterviewClaim
{
    public required string MailboxId { get; set; }

    public required string FollowUpId { get; set; }

    /// <summary>Who holds it (a new id per use-case run); empty when free.</summary>
    public string Owner { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }
}
