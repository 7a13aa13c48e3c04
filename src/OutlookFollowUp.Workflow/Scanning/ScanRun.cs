using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Client;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.Scanning;

/// <summary>The kinds of things a scan writes.</summary>
public static class ScanKinds
{
    public const string ThankYouDraft = "thank-you-draft";
    public const string StatusCheckTask = "status-check-task";
    public const string StatusCheckDraft = "status-check-draft";
    public const string TaskCompleted = "task-completed";
    public const string TaskMoved = "task-moved";
    public const string TaskCancelled = "task-cancelled";
}

/// <summary>Per-user preferences that shape what a scan writes.</summary>
/// <param name="Signature">A signature block appended to drafts.</param>
/// <param name="Policy">How long status checks wait (null: the policy's defaults).</param>
/// <param name="AutomaticByDefault">
/// Whether interviews without their own setting are handled automatically (the user's automatic mode; the CLI: true).
/// An interview's own setting (<see cref="Ledger.FollowUpRecord.AutoMode"/>) always wins.
/// </param>
public sealed record FollowUpPreferences(string? Signature = null, Core.Analysis.StatusCheckPolicy? Policy = null, bool AutomaticByDefault = true)
{
    public static FollowUpPreferences Default { get; } = new();
}

/// <summary>The working state of one scan.</summary>
internal sealed class ScanRun(ScanRequest request)
{
    public ScanRequest Request { get; } = request;

    public DateTimeOffset WindowStart => Request.Now - Request.Lookback;

    public string MailboxId { get; set; } = "";

    public MailboxProfile? Profile { get; set; }

    public AnalysisContext Context { get; set; } = null!;

    /// <summary>Ledger records by follow-up id.</summary>
    public Dictionary<string, FollowUpRecord> Records { get; } = new(StringComparer.Ordinal);

    /// <summary>Ended candidate interviews this run acts on, by follow-up id.</summary>
    public Dictionary<string, (CalendarEvent Event, InterviewAnalysis Analysis)> Actionable { get; } = new(StringComparer.Ordinal);

    public List<ScanAction> Created { get; } = [];

    public List<ScanAction> Updated { get; } = [];

    public List<ScanSkip> Skipped { get; } = [];

    public List<string> Warnings { get; } = [];

    /// <summary>Writes Graph refused for good (4xx): reported, and the run fails.</summary>
    public List<string> Errors { get; } = [];

    public string? Failure { get; set; }

    public ScanReport ToReport(GraphRequestLog log) => new()
    {
        Now = Request.Now,
        WindowStart = WindowStart,
        DryRun = Request.DryRun,
        Created = Created,
        Updated = Updated,
        Skipped = Skipped,
        Warnings = [.. Warnings, .. Errors],
        GraphHttpRequests = log.HttpRequests,
        GraphOperations = log.GraphOperations,
        Interviews = Records.Count,
        Failure = Failure ?? (Errors.Count > 0 ? $"{Errors.Count} writes were refused by Graph" : null),
    };
}
