using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Calendar;
using OutlookFollowUp.Simulator.Routing;

namespace OutlookFollowUp.Simulator.Seed;

/// <summary>Checks a seed and names the first problem precisely ("events[3].start.timeZone: …").</summary>
internal static class SeedValidator
{
    public static void Validate(JsonObject me, JsonObject mailboxSettings, List<JsonObject> events, List<JsonObject> inbox)
    {
        if (string.IsNullOrWhiteSpace(GraphJson.GetString(me, "id")))
        {
            Fail("me.id is missing.");
        }

        if (string.IsNullOrWhiteSpace(GraphJson.GetString(me, "mail")) && string.IsNullOrWhiteSpace(GraphJson.GetString(me, "userPrincipalName")))
        {
            Fail("me needs \"mail\" or \"userPrincipalName\".");
        }

        var zone = GraphJson.GetString(mailboxSettings, "timeZone");
        if (zone is not null && !TimeZones.TryFind(zone, out _))
        {
            Fail($"mailboxSettings.timeZone: unknown time zone '{zone}'.");
        }

        var eventIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            ValidateEvent(events[i], $"events[{i}]", eventIds);
        }

        var messageIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < inbox.Count; i++)
        {
            ValidateMessage(inbox[i], $"inbox[{i}]", messageIds);
        }
    }

    public static void ValidateEvent(JsonObject item, string where, HashSet<string>? ids = null)
    {
        var id = GraphJson.GetString(item, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            Fail($"{where}.id is missing.");
        }

        if (ids is not null && !ids.Add(id!))
        {
            Fail($"{where}.id '{id}' is used twice.");
        }

        var start = ValidateDateTimeTimeZone(item, "start", where);
        var end = ValidateDateTimeTimeZone(item, "end", where);
        if (end < start)
        {
            Fail($"{where} (id '{id}'): end is before start.");
        }

        foreach (var name in new[] { "attendees", "categories" })
        {
            if (item[name] is not null and not JsonArray)
            {
                Fail($"{where}.{name} must be an array.");
            }
        }
    }

    public static void ValidateMessage(JsonObject item, string where, HashSet<string>? ids = null)
    {
        var id = GraphJson.GetString(item, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            Fail($"{where}.id is missing.");
        }

        if (ids is not null && !ids.Add(id!))
        {
            Fail($"{where}.id '{id}' is used twice.");
        }

        var received = GraphJson.GetString(item, "receivedDateTime");
        if (received is not null && !DateTimeOffset.TryParse(received, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out _))
        {
            Fail($"{where}.receivedDateTime: '{received}' is not an ISO 8601 date-time.");
        }

        if (item["internetMessageHeaders"] is not null and not JsonArray)
        {
            Fail($"{where}.internetMessageHeaders must be an array of {{name, value}}.");
        }

        if (item["singleValueExtendedProperties"] is not null and not JsonArray)
        {
            Fail($"{where}.singleValueExtendedProperties must be an array of {{id, value}}.");
        }
    }

    private static DateTimeOffset ValidateDateTimeTimeZone(JsonObject item, string name, string where)
    {
        if (item[name] is not JsonObject value)
        {
            Fail($"{where}.{name} is missing or not a dateTimeTimeZone object {{dateTime, timeZone}}.");
            return default;
        }

        var text = GraphJson.GetString(value, "dateTime");
        if (!TimeZones.TryParseWallClock(text, out _, out _))
        {
            Fail($"{where}.{name}.dateTime: '{text}' is not an ISO 8601 date-time.");
        }

        var zone = GraphJson.GetString(value, "timeZone");
        if (zone is not null && !TimeZones.TryFind(zone, out _))
        {
            Fail($"{where}.{name}.timeZone: unknown time zone '{zone}'.");
        }

        return TimeZones.ReadInstant(value) ?? default;
    }

    private static void Fail(string problem) => throw new SimulatorSeedException("Seed: " + problem);
}
