using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Graph.Gateway;

/// <summary>Who the mailbox belongs to and how they work (GET /me + GET /me/mailboxSettings).</summary>
/// <param name="UserId">Graph's user id.</param>
/// <param name="User">Address and display name.</param>
/// <param name="Schedule">Time zone, working days, start of working hours.</param>
/// <param name="TimeZoneId">The mailbox's own name for its zone (Windows or IANA), used when writing To Do dates.</param>
/// <param name="Warnings">Settings that could not be read and the default used instead.</param>
public sealed record MailboxProfile(string? UserId, MailboxUser User, UserSchedule Schedule, string TimeZoneId, IReadOnlyList<string> Warnings)
{
    /// <summary>The mailbox's locale (mailboxSettings.language.locale, e.g. "en-US"), or null when it has none.</summary>
    public string? Locale { get; init; }
}

/// <summary>The events of a calendar window, and the ones that could not be read.</summary>
public sealed record CalendarWindow(IReadOnlyList<CalendarEvent> Events, IReadOnlyList<string> Skipped);

/// <summary>A thank-you or status-check draft to place in Drafts, tagged with its idempotency key.</summary>
public sealed record DraftRequest(string Key, string Subject, string BodyHtml, IReadOnlyList<EmailAddress> To);

/// <summary>A To Do task for a status check, tagged with its key through a linked resource.</summary>
/// <param name="Key">The idempotency key (the linked resource's externalId).</param>
/// <param name="Title">The task title.</param>
/// <param name="Body">What to do, as plain text.</param>
/// <param name="Due">The due date (local).</param>
/// <param name="RemindAt">When the reminder fires.</param>
/// <param name="EventWebLink">A link that opens the interview event.</param>
/// <param name="EventTitle">How the link is labelled.</param>
/// <param name="Completed">Create it already completed (the employer replied before the check was even scheduled).</param>
public sealed record TaskRequest(string Key, string Title, string Body, DateOnly Due, DateTimeOffset RemindAt, string? EventWebLink, string EventTitle, bool Completed = false);

/// <summary>A change to an existing task: a new date (moved interview) or completion (reply, cancellation).</summary>
public sealed record TaskUpdate(DateOnly? Due = null, DateTimeOffset? RemindAt = null, bool? Completed = null, string? Title = null);

/// <summary>Something that exists in the mailbox under a key.</summary>
/// <param name="Key">The idempotency key.</param>
/// <param name="Id">Graph's id of the message or task.</param>
/// <param name="WebLink">A link that opens it, when Graph gave one.</param>
/// <param name="Created">True when this call created it; false when it was already there.</param>
/// <param name="Completed">For a task that was already there: true when it is completed.</param>
/// <param name="Stamp">For a draft: what Graph said of it when this call wrote or found it.</param>
public sealed record KeyedItem(string Key, string Id, string? WebLink, bool Created, bool Completed = false, DraftStamp? Stamp = null);

/// <summary>
/// What tells whether the user touched a draft: Graph's <c>lastModifiedDateTime</c> and <c>changeKey</c>, and the folder
/// it is in. A draft is unchanged while both equal what we recorded after our own last write (DESIGN.md, "unchanged").
/// </summary>
public sealed record DraftStamp(DateTimeOffset? LastModified, string? ChangeKey, string? ParentFolderId);

/// <summary>A message as Graph holds it now (GET /me/messages/{id}).</summary>
/// <param name="Id">Graph's id.</param>
/// <param name="IsDraft">False once it was sent.</param>
/// <param name="Stamp">Last change and folder.</param>
/// <param name="WebLink">A link that opens it.</param>
public sealed record MessageState(string Id, bool IsDraft, DraftStamp Stamp, string? WebLink);

/// <summary>New content for one of our drafts (PATCH /me/messages/{id}).</summary>
public sealed record DraftUpdate(string MessageId, string Subject, string BodyHtml, IReadOnlyList<EmailAddress> To);

/// <summary>The result of a PATCH or DELETE of one message.</summary>
/// <param name="MessageId">The message.</param>
/// <param name="Succeeded">Graph did it.</param>
/// <param name="Stamp">After a PATCH: the draft's new stamp.</param>
/// <param name="NotFound">The message no longer exists (for a DELETE: the same end state).</param>
/// <param name="Error">Why Graph refused it.</param>
public sealed record MessageWriteResult(string MessageId, bool Succeeded, DraftStamp? Stamp, bool NotFound, string? Error);

/// <summary>The result for one key: the item, or why it could not be written.</summary>
public sealed record EnsureResult(string Key, KeyedItem? Item, string? Error)
{
    public bool Succeeded => Item is not null;
}

/// <summary>A To Do task as the gateway reads it back.</summary>
public sealed record TaskSnapshot(string Id, string Key, bool Completed, DateOnly? Due, DateTimeOffset? RemindAt, string? Title);
