using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookFollowUp.TestUtilities.GraphJson;

/// <summary>
/// Builds a Graph event as calendarView returns it (JSON), for Simulator seeds: an interview of the sample mailbox's
/// user (ana.souza@outlook.com) by default, one hour, times in UTC unless a zone is given.
/// </summary>
public sealed class GraphEventJson
{
    private readonly List<JsonObject> _attendees = [];
    private string _id;
    private string? _iCalUId;
    private string _subject = "Interview: Data Analyst - Contoso";
    private string _bodyType = "html";
    private string _body = "<html><body><p>Looking forward to speaking with you.</p></body></html>";
    private DateTimeOffset _start = new(2026, 11, 10, 15, 0, 0, TimeSpan.Zero);
    private DateTimeOffset _end = new(2026, 11, 10, 16, 0, 0, TimeSpan.Zero);
    private string _timeZone = "UTC";
    private bool _allDay;
    private bool _cancelled;
    private bool _isOrganizer;
    private JsonObject? _organizer = Person("Amy Chen", "amy.chen@contoso.com");

    private GraphEventJson(string id)
    {
        _id = id;
        _iCalUId = "040000008200E00074C5B7101A82E008" + id;
        WithAttendee(SampleMailboxJson.UserAddress, SampleMailboxJson.UserName);
    }

    /// <summary>An interview with Amy Chen at Contoso, organized by her, with the user as attendee.</summary>
    public static GraphEventJson Interview(string id) => new(id);

    /// <summary>An ordinary meeting the user organized, with colleagues.</summary>
    public static GraphEventJson Meeting(string id, string subject) => new GraphEventJson(id)
        .WithSubject(subject)
        .WithHtmlBody("<p>Agenda to follow.</p>")
        .OrganizedByMe()
        .WithAttendee("sam.lee@outlook.com", "Sam Lee");

    public string Id => _id;

    public string? ICalUId => _iCalUId;

    public GraphEventJson WithId(string id, string? iCalUId = null)
    {
        _id = id;
        _iCalUId = iCalUId ?? "040000008200E00074C5B7101A82E008" + id;
        return this;
    }

    public GraphEventJson WithoutICalUId()
    {
        _iCalUId = null;
        return this;
    }

    public GraphEventJson WithSubject(string subject)
    {
        _subject = subject;
        return this;
    }

    public GraphEventJson WithHtmlBody(string html)
    {
        _bodyType = "html";
        _body = html.StartsWith("<html", StringComparison.OrdinalIgnoreCase) ? html : "<html><body>" + html + "</body></html>";
        return this;
    }

    public GraphEventJson WithTextBody(string text)
    {
        _bodyType = "text";
        _body = text;
        return this;
    }

    /// <summary>Sets the start and end (written in <paramref name="timeZone"/>, a Windows or IANA id).</summary>
    public GraphEventJson At(DateTimeOffset start, TimeSpan duration, string timeZone = "UTC")
    {
        _start = start;
        _end = start + duration;
        _timeZone = timeZone;
        return this;
    }

    /// <summary>Ends at <paramref name="end"/> after one hour (or <paramref name="duration"/>).</summary>
    public GraphEventJson EndingAt(DateTimeOffset end, TimeSpan? duration = null, string timeZone = "UTC") =>
        At(end - (duration ?? TimeSpan.FromHours(1)), duration ?? TimeSpan.FromHours(1), timeZone);

    /// <summary>An all-day event from <paramref name="first"/> to <paramref name="lastInclusive"/>.</summary>
    public GraphEventJson AllDay(DateOnly first, DateOnly lastInclusive)
    {
        _allDay = true;
        _start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        _end = new DateTimeOffset(lastInclusive.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        _timeZone = "UTC";
        return this;
    }

    public GraphEventJson Cancelled()
    {
        _cancelled = true;
        _subject = "Canceled: " + _subject;
        return this;
    }

    public GraphEventJson OrganizedByMe()
    {
        _isOrganizer = true;
        _organizer = Person(SampleMailboxJson.UserName, SampleMailboxJson.UserAddress);
        return this;
    }

    public GraphEventJson WithOrganizer(string address, string? name)
    {
        _organizer = Person(name, address);
        return this;
    }

    public GraphEventJson WithAttendee(string address, string? name, string type = "required", string response = "accepted")
    {
        _attendees.Add(new JsonObject
        {
            ["type"] = type,
            ["status"] = new JsonObject { ["response"] = response, ["time"] = "0001-01-01T00:00:00Z" },
            ["emailAddress"] = new JsonObject { ["name"] = name, ["address"] = address },
        });
        return this;
    }

    /// <summary>No organizer at all (Graph leaves it out of some malformed invites).</summary>
    public GraphEventJson WithoutOrganizer()
    {
        _organizer = null;
        return this;
    }

    /// <summary>Removes every attendee, the user included.</summary>
    public GraphEventJson ClearAttendees()
    {
        _attendees.Clear();
        return this;
    }

    public JsonObject Build()
    {
        var item = new JsonObject
        {
            ["id"] = _id,
            ["subject"] = _subject,
            ["bodyPreview"] = _bodyType == "text" ? _body : "",
            ["body"] = new JsonObject { ["contentType"] = _bodyType, ["content"] = _body },
            ["start"] = DateTimeTimeZone(_start),
            ["end"] = DateTimeTimeZone(_end),
            ["isAllDay"] = _allDay,
            ["isCancelled"] = _cancelled,
            ["isOrganizer"] = _isOrganizer,
            ["type"] = "singleInstance",
            ["showAs"] = "busy",
            ["responseStatus"] = new JsonObject { ["response"] = _isOrganizer ? "organizer" : "accepted", ["time"] = "2026-11-02T10:00:00Z" },
            ["organizer"] = _organizer?.DeepClone(),
            ["attendees"] = new JsonArray(_attendees.Select(a => (JsonNode)a.DeepClone()).ToArray()),
            ["webLink"] = "https://outlook.office365.com/owa/?itemid=" + _id + "&exvsurl=1&path=/calendar/item",
        };
        if (_iCalUId is not null)
        {
            item["iCalUId"] = _iCalUId;
        }

        return item;
    }

    private JsonObject DateTimeTimeZone(DateTimeOffset instant)
    {
        var wallClock = _allDay
            ? instant.UtcDateTime
            : TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(_timeZone)).DateTime;
        return new JsonObject
        {
            ["dateTime"] = wallClock.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
            ["timeZone"] = _timeZone,
        };
    }

    private static JsonObject Person(string? name, string address) =>
        new() { ["emailAddress"] = new JsonObject { ["name"] = name, ["address"] = address } };
}
