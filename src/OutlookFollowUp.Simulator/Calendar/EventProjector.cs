using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Routing;

namespace OutlookFollowUp.Simulator.Calendar;

/// <summary>
/// Turns a stored event into what Graph answers for a given request: start/end in the Prefer: outlook.timezone zone
/// (UTC without it; all-day events keep their midnight wall-clock dates), the body in the preferred content type, and $select.
/// </summary>
internal static class EventProjector
{
    private static readonly string[] NotSelectableInCalendarView = ["createdDateTime", "lastModifiedDateTime"];

    public static JsonObject Project(JsonObject stored, GraphRequest request, GraphResponseHeaders headers, bool calendarView = false)
    {
        var item = GraphJson.Clone(stored);
        var (zone, label) = ResponseZone(request, headers);
        ConvertDateTime(item, "start", zone, label);
        ConvertDateTime(item, "end", zone, label);
        ApplyBodyPreference(item, request, headers);
        var select = ODataQuery.Select(request);
        if (calendarView && select is not null)
        {
            select.ExceptWith(NotSelectableInCalendarView);
        }

        return ODataQuery.Project(item, select);
    }

    /// <summary>The instants an event covers; an all-day event's floating dates are read in the mailbox's zone.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End)? Range(JsonObject stored, TimeZoneInfo mailboxZone)
    {
        var allDay = GraphJson.GetBool(stored, "isAllDay") == true;
        var start = allDay ? FloatingInstant(stored["start"], mailboxZone) : TimeZones.ReadInstant(stored["start"]);
        var end = allDay ? FloatingInstant(stored["end"], mailboxZone) : TimeZones.ReadInstant(stored["end"]);
        return start is null || end is null ? null : (start.Value, end.Value);
    }

    public static void ApplyBodyPreference(JsonObject item, GraphRequest request, GraphResponseHeaders headers)
    {
        var preferred = request.Prefer.BodyContentType;
        if (preferred is null || item["body"] is not JsonObject body)
        {
            return;
        }

        var current = GraphJson.GetString(body, "contentType");
        var content = GraphJson.GetString(body, "content") ?? string.Empty;
        if (string.Equals(preferred, "text", StringComparison.OrdinalIgnoreCase))
        {
            if (string.Equals(current, "html", StringComparison.OrdinalIgnoreCase))
            {
                body["content"] = HtmlText.ToText(content);
            }

            body["contentType"] = "text";
            headers.AppendPreferenceApplied("outlook.body-content-type=\"text\"");
        }
        else if (string.Equals(preferred, "html", StringComparison.OrdinalIgnoreCase))
        {
            if (!string.Equals(current, "html", StringComparison.OrdinalIgnoreCase))
            {
                body["content"] = HtmlText.ToHtml(content);
            }

            body["contentType"] = "html";
            headers.AppendPreferenceApplied("outlook.body-content-type=\"html\"");
        }
    }

    private static (TimeZoneInfo Zone, string Label) ResponseZone(GraphRequest request, GraphResponseHeaders headers)
    {
        var preferred = request.Prefer.TimeZone;
        if (preferred is not null && TimeZones.TryFind(preferred, out var zone))
        {
            headers.AppendPreferenceApplied($"outlook.timezone=\"{preferred}\"");
            return (zone, preferred);
        }

        // An unknown zone name falls back to UTC (no Preference-Applied), so a client can tell it was not honoured.
        return (TimeZoneInfo.Utc, "UTC");
    }

    private static void ConvertDateTime(JsonObject item, string name, TimeZoneInfo zone, string label)
    {
        if (item[name] is not JsonObject value)
        {
            return;
        }

        if (GraphJson.GetBool(item, "isAllDay") == true)
        {
            if (TimeZones.TryParseWallClock(GraphJson.GetString(value, "dateTime"), out var wallClock, out _))
            {
                item[name] = GraphJson.DateTimeTimeZone(wallClock.Date, label);
            }

            return;
        }

        var instant = TimeZones.ReadInstant(value);
        if (instant is not null)
        {
            item[name] = GraphJson.DateTimeTimeZone(TimeZones.ToWallClock(instant.Value, zone), label);
        }
    }

    private static DateTimeOffset? FloatingInstant(JsonNode? value, TimeZoneInfo zone) =>
        value is JsonObject obj && TimeZones.TryParseWallClock(GraphJson.GetString(obj, "dateTime"), out var wallClock, out _)
            ? TimeZones.ToInstant(wallClock.Date, zone)
            : null;
}
