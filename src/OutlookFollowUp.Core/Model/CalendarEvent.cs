namespace OutlookFollowUp.Core.Model;

/// <summary>A mailbox address with its display name, as an invite carries it.</summary>
/// <param name="Address">The SMTP address; may be empty or malformed in real invites.</param>
/// <param name="Name">The display name; may be empty, "Last, First", a role ("Lucerne HR") or an address.</param>
public sealed record EmailAddress(string Address, string? Name = null)
{
    /// <summary>The address trimmed and lower-cased, the form used for comparison and keys.</summary>
    public string Normalized { get; } = (Address ?? "").Trim().ToLowerInvariant();

    /// <summary>The part after '@', lower-cased, or empty when the address has none.</summary>
    public string Domain => Normalized.IndexOf('@') is var at and >= 0 ? Normalized[(at + 1)..] : "";

    /// <summary>The part before '@', lower-cased.</summary>
    public string LocalPart => Normalized.IndexOf('@') is var at and >= 0 ? Normalized[..at] : Normalized;

    /// <summary>True when the address has a non-empty local part and domain around one '@'.</summary>
    public bool IsWellFormed
    {
        get
        {
            var at = Normalized.IndexOf('@');
            return at > 0 && at < Normalized.Length - 1 && Normalized.IndexOf('@', at + 1) < 0 && !Normalized.Contains(' ');
        }
    }

    /// <summary>True when both addresses are the same mailbox (case-insensitive).</summary>
    public bool SameMailbox(EmailAddress? other) => other is not null && Normalized.Length > 0 && Normalized == other.Normalized;
}

/// <summary>How an attendee was invited.</summary>
public enum AttendeeType
{
    Required,
    Optional,
    /// <summary>A room or equipment.</summary>
    Resource,
}

/// <summary>An attendee's answer to the invite.</summary>
public enum AttendeeResponse
{
    None,
    Organizer,
    TentativelyAccepted,
    Accepted,
    Declined,
    NotResponded,
}

/// <summary>One attendee of an event.</summary>
public sealed record Attendee(EmailAddress Email, AttendeeType Type, AttendeeResponse Response);

/// <summary>The body of an invite as Graph returns it.</summary>
/// <param name="Content">The raw content.</param>
/// <param name="IsHtml">True for HTML content (Graph's default), false for text.</param>
public sealed record EventBody(string Content, bool IsHtml)
{
    /// <summary>An empty text body.</summary>
    public static EventBody Empty { get; } = new("", false);
}

/// <summary>
/// A calendar event in the product's own terms: times are instants, everything else is as the invite says.
/// The gateway maps Graph's event to this record; Core never sees Graph SDK types.
/// </summary>
public sealed record CalendarEvent
{
    /// <summary>Graph's event id (immutable when requested so).</summary>
    public required string Id { get; init; }

    /// <summary>The iCalendar UID, stable across calendars (different per occurrence).</summary>
    public string? ICalUId { get; init; }

    public string Subject { get; init; } = "";

    public EventBody Body { get; init; } = EventBody.Empty;

    /// <summary>The start instant.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>The end instant.</summary>
    public required DateTimeOffset End { get; init; }

    public bool IsAllDay { get; init; }

    /// <summary>
    /// For an all-day event, the wall-clock date its end falls on (exclusive); its last day is the day before.
    /// Null for timed events.
    /// </summary>
    public DateOnly? AllDayEndDate { get; init; }

    public bool IsCancelled { get; init; }

    /// <summary>True when the mailbox owner organized the event.</summary>
    public bool IsOrganizer { get; init; }

    public EmailAddress? Organizer { get; init; }

    public IReadOnlyList<Attendee> Attendees { get; init; } = [];

    /// <summary>A link that opens the event in Outlook on the web.</summary>
    public string? WebLink { get; init; }

    /// <summary>singleInstance, occurrence, exception or seriesMaster.</summary>
    public string? Type { get; init; }

    public string? SeriesMasterId { get; init; }

    /// <summary>
    /// The key under which follow-ups of this event are stored: the iCalUId when present, else the event id.
    /// </summary>
    public string FollowUpId => string.IsNullOrWhiteSpace(ICalUId) ? Id : ICalUId;
}
