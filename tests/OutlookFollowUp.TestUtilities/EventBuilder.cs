using OutlookFollowUp.Core.Model;

namespace OutlookFollowUp.TestUtilities;

/// <summary>Builds Core calendar events for tests with sensible interview defaults.</summary>
public sealed class EventBuilder
{
    private string _id = "AAMkTEST";
    private string? _iCalUId = "ICALTEST";
    private string _subject = "Interview: Data Analyst - Contoso";
    private EventBody _body = new("<html><body><p>Looking forward to speaking with you.</p></body></html>", true);
    private DateTimeOffset _start = new(2026, 11, 10, 15, 0, 0, TimeSpan.Zero);
    private DateTimeOffset _end = new(2026, 11, 10, 16, 0, 0, TimeSpan.Zero);
    private bool _isAllDay;
    private DateOnly? _allDayEnd;
    private bool _cancelled;
    private bool _isOrganizer;
    private EmailAddress? _organizer = new("amy.chen@contoso.com", "Amy Chen");
    private readonly List<Attendee> _attendees = [new(new EmailAddress("ana.souza@outlook.com", "Ana Souza"), AttendeeType.Required, AttendeeResponse.Accepted)];

    public static MailboxUser Candidate { get; } = new(new EmailAddress("ana.souza@outlook.com"), "Ana Souza");

    public EventBuilder WithId(string id, string? iCalUId = null) { _id = id; _iCalUId = iCalUId ?? "ICAL-" + id; return this; }

    public EventBuilder WithSubject(string subject) { _subject = subject; return this; }

    public EventBuilder WithHtmlBody(string html) { _body = new EventBody(html, true); return this; }

    public EventBuilder WithTextBody(string text) { _body = new EventBody(text, false); return this; }

    public EventBuilder EndingAt(DateTimeOffset end, TimeSpan? duration = null) { _end = end; _start = end - (duration ?? TimeSpan.FromHours(1)); return this; }

    public EventBuilder AllDay(DateOnly first, DateOnly lastInclusive)
    {
        _isAllDay = true;
        _start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        _end = new DateTimeOffset(lastInclusive.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        _allDayEnd = lastInclusive.AddDays(1);
        return this;
    }

    public EventBuilder Cancelled() { _cancelled = true; return this; }

    public EventBuilder OrganizedByMe() { _isOrganizer = true; return this; }

    public EventBuilder WithOrganizer(string address, string? name) { _organizer = new EmailAddress(address, name); return this; }

    public EventBuilder WithoutOrganizer() { _organizer = null; return this; }

    public EventBuilder WithAttendee(string address, string? name, AttendeeType type = AttendeeType.Required, AttendeeResponse response = AttendeeResponse.Accepted)
    {
        _attendees.Add(new Attendee(new EmailAddress(address, name), type, response));
        return this;
    }

    public EventBuilder ClearAttendees() { _attendees.Clear(); return this; }

    public CalendarEvent Build() => new()
    {
        Id = _id,
        ICalUId = _iCalUId,
        Subject = _subject,
        Body = _body,
        Start = _start,
        End = _end,
        IsAllDay = _isAllDay,
        AllDayEndDate = _allDayEnd,
        IsCancelled = _cancelled,
        IsOrganizer = _isOrganizer,
        Organizer = _organizer,
        Attendees = _attendees.ToList(),
        WebLink = "https://outlook.office365.com/owa/?itemid=" + _id,
        Type = "singleInstance",
    };
}
