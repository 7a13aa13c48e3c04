namespace OutlookFollowUp.Workflow.Engine;

/// <summary>The kinds of things a use case writes (the report's and the CLI's vocabulary).</summary>
public static class FollowUpKinds
{
    public const string ThankYouDraft = "thank-you-draft";
    public const string DraftUpdated = "draft-updated";
    public const string DraftRemoved = "draft-removed";
    public const string StatusCheckTask = "status-check-task";
    public const string StatusCheckDraft = "status-check-draft";
    public const string TaskCompleted = "task-completed";
    public const string TaskMoved = "task-moved";
    public const string TaskCancelled = "task-cancelled";
    public const string TaskReopened = "task-reopened";
    public const string SendThanksTask = "send-thanks-task";
}

/// <summary>Something a use case wrote (or, in a dry run, would write).</summary>
/// <param name="Kind">One of <see cref="FollowUpKinds"/>.</param>
/// <param name="Key">The idempotency key.</param>
/// <param name="EventId">The interview's event id.</param>
/// <param name="Subject">The interview's subject.</param>
/// <param name="To">The draft's recipient, when it is a draft.</param>
/// <param name="ItemId">Graph's id of the draft or task (null in a dry run).</param>
/// <param name="Detail">Why (e.g. the reply that completed a task).</param>
public sealed record FollowUpAction(string Kind, string Key, string EventId, string Subject, string? To = null, string? ItemId = null, string? Detail = null);

/// <summary>An interview a use case left alone, and why.</summary>
public sealed record FollowUpSkip(string EventId, string Subject, string Reason);

/// <summary>A draft left in Drafts that the user should look at, and why.</summary>
public sealed record FollowUpFlag(string EventId, string Subject, string Key, string To, string Reason);
