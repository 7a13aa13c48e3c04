using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Client;

namespace OutlookFollowUp.Graph.Gateway;

/// <summary>
/// Everything the product reads from and writes to one mailbox, in the Core's terms. Writes are idempotent by key:
/// calling an Ensure method twice, or after a lost response, never creates a second item. Every method fails only with
/// <see cref="Resilience.GraphGatewayException"/> subtypes (or <see cref="InvalidGraphIdException"/> for an id that is
/// not an Outlook id, before anything is sent), never with Kiota, Graph SDK or Polly types.
/// </summary>
public interface IMailboxGateway : IDisposable
{
    /// <summary>The requests this gateway made (counts and an activity record without content).</summary>
    GraphRequestLog RequestLog { get; }

    /// <summary>The user and their mailbox settings.</summary>
    Task<MailboxProfile> GetProfileAsync(CancellationToken cancellationToken);

    /// <summary>Every event overlapping [start, end), following Graph's pages.</summary>
    Task<CalendarWindow> GetCalendarViewAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken);

    /// <summary>One event by id, or null when it no longer exists.</summary>
    /// <exception cref="Resilience.GraphItemUnreadableException">The event exists but cannot be read.</exception>
    Task<CalendarEvent?> GetEventAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>The event an invite message refers to (a meeting request opened in the reading pane), or null.</summary>
    Task<CalendarEvent?> GetEventOfMessageAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>Places each draft in Drafts unless a draft with its key already exists.</summary>
    Task<IReadOnlyList<EnsureResult>> EnsureDraftsAsync(IReadOnlyList<DraftRequest> drafts, CancellationToken cancellationToken);

    /// <summary>Finds drafts by key.</summary>
    Task<IReadOnlyDictionary<string, KeyedItem>> FindDraftsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>The id of the "Interview follow-ups" To Do list, created when missing.</summary>
    Task<string> EnsureTaskListAsync(CancellationToken cancellationToken);

    /// <summary>Our tasks in a list, by key; null when the list no longer exists (the user deleted it).</summary>
    Task<IReadOnlyDictionary<string, TaskSnapshot>?> GetTasksAsync(string listId, CancellationToken cancellationToken);

    /// <summary>Creates each task unless a task with its key already exists in the list.</summary>
    Task<IReadOnlyList<EnsureResult>> EnsureTasksAsync(string listId, IReadOnlyList<TaskRequest> tasks, CancellationToken cancellationToken);

    /// <summary>Changes a task (new dates, completion); false when the task (or its list) no longer exists.</summary>
    Task<bool> UpdateTaskAsync(string listId, string taskId, TaskUpdate update, CancellationToken cancellationToken);

    /// <summary>Placed messages as Graph holds them now, by id; null for one that no longer exists.</summary>
    Task<IReadOnlyDictionary<string, MessageState?>> GetMessageStatesAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken);

    /// <summary>Replaces the content of drafts (only ever ours, and only unchanged ones: the caller checks).</summary>
    Task<IReadOnlyList<MessageWriteResult>> UpdateDraftsAsync(IReadOnlyList<DraftUpdate> updates, CancellationToken cancellationToken);

    /// <summary>Deletes messages (only ever our unchanged drafts: the caller checks); one already gone counts as done.</summary>
    Task<IReadOnlyList<MessageWriteResult>> DeleteMessagesAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken);

    /// <summary>Messages received at or after a moment, in every folder (for reply detection).</summary>
    Task<IReadOnlyList<InboundMessage>> GetMessagesReceivedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
