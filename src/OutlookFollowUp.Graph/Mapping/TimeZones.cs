using System.Diagnostics.CodeAnalysis;

namespace OutlookFollowUp.Graph.Mapping;

/// <summary>
/// Resolves the time-zone names Graph and mailbox settings use: Windows ids ("Pacific Standard Time"), IANA ids
/// ("America/Los_Angeles"), and Graph's "tzone://Microsoft/Utc".
/// </summary>
public static class TimeZones
{
    /// <summary>Finds a zone by Windows or IANA id; false for unknown or custom zones.</summary>
    public static bool TryResolve(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        var name = id.Trim();
        if (name.Equals("UTC", StringComparison.OrdinalIgnoreCase) || name.Equals("tzone://Microsoft/Utc", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Etc/UTC", StringComparison.OrdinalIgnoreCase) || name.Equals("Coordinated Universal Time", StringComparison.OrdinalIgnoreCase))
        {
            zone = TimeZoneInfo.Utc;
            return true;
        }

        if (name.StartsWith("tzone://", StringComparison.OrdinalIgnoreCase) || name.Contains("Customized Time Zone", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(name, out zone))
        {
            return true;
        }

        // ICU knows most Windows names, but try the explicit mapping both ways before giving up.
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(name, out var iana) && TimeZoneInfo.TryFindSystemTimeZoneById(iana, out zone))
        {
            return true;
        }

        return TimeZoneInfo.TryConvertIanaIdToWindowsId(name, out var windows) && TimeZoneInfo.TryFindSystemTimeZoneById(windows, out zone);
    }
}
