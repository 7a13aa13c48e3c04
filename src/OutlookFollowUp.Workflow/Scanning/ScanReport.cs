namespace OutlookFollowUp.Workflow.Scanning;

/// <summary>What one scan should do.</summary>
/// <param name="Now">The moment of the run.</param>
/// <param name="Lookback">How far back the calendar window reaches: [now − lookback, now].</param>
/// <param name="DryRun">Read and decide, but write nothing (neither Graph nor the ledger).</param>
public sealed record ScanRequest(DateTimeOffset Now, TimeSpan Lookback, bool DryRun = false)
{
    /// <summary>The default window: seven days.</summary>
    public static TimeSpan DefaultLookback { get; } = TimeSpan.FromDays(7);
}

/// <summary>Something the scan wrote (or, in a dry run, would write).</summary>
/// <param name="Kind">thank-you-draft, status-check-task, status-check-draft, task-completed, task-moved, task-cancelled.</param>
/// <param name="Key">The idempotency key.</param>
/// <param name="EventId">The interview's event id.</param>
/// <param name="Subject">The interview's subject.</param>
/// <param name="To">The draft's recipient, when it is a draft.</param>
/// <param name="ItemId">Graph's id of the draft or task (null in a dry run).</param>
/// <param name="Detail">Why (e.g. the reply that completed a task).</param>
public sealed record ScanAction(string Kind, string Key, string EventId, string Subject, string? To = null, string? ItemId = null, string? Detail = null);

/// <summary>An event the scan left alone, and why.</summary>
public sealed record ScanSkip(string EventId, string Subject, string Reason);

/// <summary>The outcome of one scan.</summary>
public sealed record ScanReport
{
    public required DateTimeOffset Now { get; init; }

    public required DateTimeOffset WindowStart { get; init; }

    public bool DryRun { get; init; }

    /// <summary>Drafts and tasks created (or found already there when <see cref="ScanAction.ItemId"/> is known and nothing new was written).</summary>
    public IReadOnlyList<ScanAction> Created { get; init; } = [];

    /// <summary>Tasks completed, moved or cancelled.</summary>
    public IReadOnlyList<ScanAction> Updated { get; init; } = [];

    /// <summary>Events left alone, with the reason.</summary>
    public IReadOnlyList<ScanSkip> Skipped { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>HTTP requests sent to Graph ($batch counts once).</summary>
    public int GraphHttpRequests { get; init; }

    /// <summary>Graph operations (requests sent alone plus sub-requests of batches).</summary>
    public int GraphOperations { get; init; }

    /// <summary>Interviews the run handled (candidate interviews that ended in the window, plus open follow-ups).</summary>
    public int Interviews { get; init; }

    /// <summary>Set when Graph still failed after retries; what was done stays done and a rerun finishes the rest.</summary>
    public string? Failure { get; init; }
}
