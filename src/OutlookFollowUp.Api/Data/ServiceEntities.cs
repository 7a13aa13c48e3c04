namespace OutlookFollowUp.Api.Data;

/// <summary>A signed-in user of the service and their settings.</summary>
public sealed class UserAccount
{
    /// <summary>Our key for the user: "{oid}.{tid}" (also the long-running on-behalf-of session key).</summary>
    public required string Id { get; set; }

    public required string ObjectId { get; set; }

    public required string TenantId { get; set; }

    /// <summary>Automatic mode: drafts and reminders appear after interviews end without opening the pane.</summary>
    public bool AutoMode { get; set; }

    /// <summary>Business days to wait when the employer stated no timeline. Default 5.</summary>
    public int DefaultBusinessDays { get; set; } = 5;

    /// <summary>Business days of grace after the employer's stated date. Default 2.</summary>
    public int GraceDays { get; set; } = 2;

    /// <summary>A signature block appended to drafts.</summary>
    public string? Signature { get; set; }

    /// <summary>Whose public holidays business days skip: an ISO 3166 code, "none", or null for the mailbox locale's country.</summary>
    public string? HolidayCountry { get; set; }

    /// <summary>True while background work can get a token for this user.</summary>
    public bool SessionArmed { get; set; }

    public DateTimeOffset? SessionArmedAt { get; set; }

    /// <summary>Why automation is paused (the session could not get a token), shown in the task pane.</summary>
    public string? PausedReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }
}

/// <summary>A Graph change-notification subscription on a user's events.</summary>
public sealed class SubscriptionRecord
{
    /// <summary>Graph's subscription id.</summary>
    public required string Id { get; set; }

    public required string UserId { get; set; }

    public required string Resource { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The secret Graph echoes in every notification.</summary>
    public required string ClientState { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Durable background work: survives restarts, runs once per dedupe key, retried with back-off.</summary>
public sealed class WorkItem
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>scan, event-changed, resubscribe.</summary>
    public required string Kind { get; set; }

    /// <summary>What the work is about (an event id), when it is about one thing.</summary>
    public string? Subject { get; set; }

    /// <summary>At most one pending item per key: duplicate notifications add nothing.</summary>
    public required string DedupeKey { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public string? LockedBy { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One Graph request made on a user's behalf: what, when, which item. Never content.</summary>
public sealed class ActivityEntry
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>What was done, e.g. "read calendar", "create draft".</summary>
    public required string Operation { get; set; }

    public required string Method { get; set; }

    /// <summary>The resource path without query, e.g. /me/messages or /me/events/{id}.</summary>
    public required string Resource { get; set; }

    public int Status { get; set; }
}

/// <summary>An entry of the distributed cache that holds MSAL's token cache (encrypted by Identity.Web).</summary>
public sealed class CacheEntry
{
    public required string Key { get; set; }

    public required byte[] Value { get; set; }

    public DateTimeOffset? AbsoluteExpiration { get; set; }

    public TimeSpan? SlidingExpiration { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
