using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OutlookFollowUp.Core.Model;
using GraphModels = Microsoft.Graph.Models;

namespace OutlookFollowUp.Graph.Mapping;

/// <summary>
/// The one place that turns a Graph event into the Core's <see cref="CalendarEvent"/>: times become instants,
/// whatever zone Graph expressed them in.
/// </summary>
public static class EventMapper
{
    /// <summary>Maps an event; false with a readable reason when it cannot be read.</summary>
    public static bool TryMap(GraphModels.Event source, [NotNullWhen(true)] out CalendarEvent? result, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(source);
        result = null;
        if (string.IsNullOrWhiteSpace(source.Id))
        {
            error = "the event has no id";
            return false;
        }

        if (!TryInstant(source.Start, "start", out var start, out _, out error)
            || !TryInstant(source.End, "end", out var end, out var endWall, out error))
        {
            error = $"event {source.Id}: {error}";
            return false;
        }

        if (end < start)
        {
            error = $"event {source.Id}: it ends before it starts";
            return false;
        }

        var isAllDay = source.IsAllDay == true;
        result = new CalendarEvent
        {
            Id = source.Id,
            ICalUId = string.IsNullOrWhiteSpace(source.ICalUId) ? null : source.ICalUId,
            Subject = source.Subject ?? "",
            Body = source.Body is { } body
                ? new EventBody(body.Content ?? "", body.ContentType != GraphModels.BodyType.Text)
                : new EventBody(source.BodyPreview ?? "", false),
            Start = start,
            End = end,
            IsAllDay = isAllDay,
            AllDayEndDate = isAllDay ? DateOnly.FromDateTime(endWall) : null,
            IsCancelled = source.IsCancelled == true,
            IsOrganizer = source.IsOrganizer == true,
            Organizer = Address(source.Organizer?.EmailAddress),
            Attendees = (source.Attendees ?? []).Select(Attendee).OfType<Attendee>().ToList(),
            WebLink = source.WebLink,
            Type = source.Type?.ToString() is { } type ? char.ToLowerInvariant(type[0]) + type[1..] : null,
            SeriesMasterId = source.SeriesMasterId,
        };
        error = null;
        return true;
    }

    private static Attendee? Attendee(GraphModels.Attendee? attendee)
    {
        if (Address(attendee?.EmailAddress) is not { } email)
        {
            return null;
        }

        var type = attendee!.Type switch
        {
            GraphModels.AttendeeType.Optional => AttendeeType.Optional,
            GraphModels.AttendeeType.Resource => AttendeeType.Resource,
            _ => AttendeeType.Required,
        };
        var response = attendee.Status?.Response switch
        {
            GraphModels.ResponseType.Organizer => AttendeeResponse.Organizer,
            GraphModels.ResponseType.TentativelyAccepted => AttendeeResponse.TentativelyAccepted,
            GraphModels.ResponseType.Accepted => AttendeeResponse.Accepted,
            GraphModels.ResponseType.Declined => AttendeeResponse.Declined,
            GraphModels.ResponseType.NotResponded => AttendeeResponse.NotResponded,
            _ => AttendeeResponse.None,
        };
        return new Attendee(email, type, response);
    }

    private static EmailAddress? Address(GraphModels.EmailAddress? address) =>
        address is null || (string.IsNullOrWhiteSpace(address.Address) && string.IsNullOrWhiteSpace(address.Name))
            ? null
            : new EmailAddress(address.Address?.Trim() ?? "", string.IsNullOrWhiteSpace(address.Name) ? null : address.Name.Trim());

    /// <summary>Turns Graph's dateTimeTimeZone (a wall-clock time without offset plus a zone name) into an instant.</summary>
    public static bool TryInstant(GraphModels.DateTimeTimeZone? value, string field, out DateTimeOffset instant, out DateTime wallClock, [NotNullWhen(false)] out string? error)
    {
        instant = default;
        wallClock = default;
        if (value is null || string.IsNullOrWhiteSpace(value.DateTime))
        {
            error = $"{field} is missing";
            return false;
        }

        var text = value.DateTime.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) && HasOffset(text))
        {
            instant = withOffset;
            wallClock = withOffset.DateTime;
            error = null;
            return true;
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local) || !LooksIso(text))
        {
            error = $"{field} '{text}' is not an ISO 8601 date and time";
            return false;
        }

        var zoneName = string.IsNullOrWhiteSpace(value.TimeZone) ? "UTC" : value.TimeZone;
        if (!TimeZones.TryResolve(zoneName, out var zone))
        {
            error = $"{field} has an unknown time zone '{zoneName}'";
            return false;
        }

        wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var adjusted = wallClock;
        while (zone.IsInvalidTime(adjusted))
        {
            adjusted = adjusted.AddMinutes(30); // a wall time skipped by a DST change
        }

        instant = new DateTimeOffset(adjusted, zone.GetUtcOffset(adjusted));
        error = null;
        return true;
    }

    private static bool LooksIso(string text) => text.Length >= 10 && char.IsDigit(text[0]) && text[4] == '-' && text[7] == '-';

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 19 && (text[^6] is '+' or '-') && text[^3] == ':');
}
