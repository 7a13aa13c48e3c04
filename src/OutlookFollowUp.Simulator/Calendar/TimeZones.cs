using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutlookFollowUp.Simulator.Calendar;

/// <summary>
/// Windows and IANA zone names (both are accepted by Graph in dateTimeTimeZone and in Prefer: outlook.timezone),
/// and conversions between a dateTimeTimeZone and an instant.
/// </summary>
internal static partial class TimeZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.OrdinalIgnoreCase);

    public static bool TryFind(string? name, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var found = Cache.GetOrAdd(name.Trim(), Lookup);
        if (found is null)
        {
            return false;
        }

        zone = found;
        return true;
    }

    /// <summary>Reads a dateTime string without offset (wall clock) — or with one, then it is an instant.</summary>
    public static bool TryParseWallClock(string? text, out DateTime wallClock, out DateTimeOffset? instant)
    {
        wallClock = default;
        instant = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (HasOffset().IsMatch(text))
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            {
                return false;
            }

            instant = withOffset;
            wallClock = withOffset.UtcDateTime;
            return true;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out wallClock);
    }

    /// <summary>The instant a wall-clock time in <paramref name="zone"/> stands for (a skipped DST hour moves forward).</summary>
    public static DateTimeOffset ToInstant(DateTime wallClock, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>Reads a dateTimeTimeZone object into an instant; null when it is missing or unreadable.</summary>
    public static DateTimeOffset? ReadInstant(JsonNode? dateTimeTimeZone, TimeZoneInfo? overrideZone = null)
    {
        if (dateTimeTimeZone is not JsonObject obj
            || !TryParseWallClock(Routing.GraphJson.GetString(obj, "dateTime"), out var wallClock, out var instant))
        {
            return null;
        }

        if (instant is not null)
        {
            return instant;
        }

        var zone = overrideZone;
        if (zone is null && !TryFind(Routing.GraphJson.GetString(obj, "timeZone") ?? "UTC", out zone))
        {
            return null;
        }

        return ToInstant(wallClock, zone);
    }

    public static DateTime ToWallClock(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);

    private static TimeZoneInfo? Lookup(string name)
    {
        if (name is "UTC" or "Utc" or "Coordinated Universal Time" or "tzone://Microsoft/Utc" or "Etc/UTC" or "GMT Standard Time (UTC)")
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.TryConvertWindowsIdToIanaId(name, out var iana) && TryFindSystem(iana, out var zone) ? zone : null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    private static bool TryFindSystem(string id, out TimeZoneInfo? zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            zone = null;
            return false;
        }
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex HasOffset();
}
