using OutlookFollowUp.Workflow.Engine;

namespace OutlookFollowUp.Workflow.Scanning;

/// <summary>What one scan should do.</summary>
/// <param name="Now">The moment of the run.</param>
/// <param name="Lookback">How far back the calendar window reaches: [now − lookback, now].</param>
/// <param name="DryRun">Read and decide, but write nothing (neither Graph nor the ledger).</param>
public sealed record ScanRequest(DateTimeOffset Now, TimeSpan Lookback, bool DryRun = false)
{
    /// <summary>The default window: seven days.</summary>
    public static TimeSpan DefaultLookback { get; } = TimeSpan.FromDays(7);

    /// <summary>The window's start.</summary>
    public DateTimeOffset WindowStart => Now - Lookback;
}

/// <summary>The outcome of one scan.</summary>
public sealed record ScanReport
{
    public required DateTimeOffset Now { get; init; }

    public required DateTimeOffset WindowStart { get; init; }

    public bool DryRun { get; init; }

    /// <summary>Drafts and tasks created (in a dry run: that would be created).</summary>
    public IReadOnlyList<FollowUpAction> Created { get; init; } = [];

    /// <summary>Tasks completed, moved or cancelled; drafts updated or removed.</summary>
    public IReadOnlyList<FollowUpAction> Updated { get; init; } = [];

    /// <summary>Events left alone, with the reason.</summary>
    public IReadOnlyList<FollowUpSkip> Skipped { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// What the user should look at: a status-check draft they edited and that stays after the employer replied,
    /// thank-you drafts still unsent after a rejection (kept: thanking is still polite).
    /// </summary>
    public IReadOnlyList<FollowUpFlag> Flagged { get; init; } = [];

    /// <summary>HTTP requests sent to Graph ($batch counts once).</summary>
    public int GraphHttpRequests { get; init; }

    /// <summary>Graph operations (requests sent alone plus sub-requests of batches).</summary>
    public int GraphOperations { get; init; }

    /// <summary>Interviews the run handled (candidate interviews that ended in the window, plus open follow-ups).</summary>
    public int Interviews { get; init; }

    /// <summary>Set when Graph still failed after retries; what was done stays done and a rerun finishes the rest.</summary>
    public string? Failure { get; init; }
}
