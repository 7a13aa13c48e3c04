using System.Globalization;

namespace OutlookFollowUp.Simulator.Mail;

/// <summary>
/// Compares single-value extended property ids the way Exchange does: "{type} {guid} Name {name}" or
/// "{type} {guid} Id {0x…}" — type, GUID and keyword case-insensitive, the name part case-sensitive.
/// </summary>
internal static class ExtendedPropertyId
{
    public static bool AreEqual(string left, string right)
    {
        var l = Parse(left);
        var r = Parse(right);
        if (l is null || r is null)
        {
            return string.Equals(left.Trim(), right.Trim(), StringComparison.Ordinal);
        }

        return string.Equals(l.Value.Type, r.Value.Type, StringComparison.OrdinalIgnoreCase)
            && l.Value.Set == r.Value.Set
            && string.Equals(l.Value.Kind, r.Value.Kind, StringComparison.OrdinalIgnoreCase)
            && (string.Equals(l.Value.Kind, "Name", StringComparison.OrdinalIgnoreCase)
                ? string.Equals(l.Value.Name, r.Value.Name, StringComparison.Ordinal)
                : string.Equals(NormalizeNumber(l.Value.Name), NormalizeNumber(r.Value.Name), StringComparison.OrdinalIgnoreCase));
    }

    private static (string Type, Guid Set, string Kind, string Name)? Parse(string id)
    {
        var parts = id.Trim().Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4 || !Guid.TryParse(parts[1], out var set))
        {
            return null;
        }

        return (parts[0], set, parts[2], parts[3]);
    }

    private static string NormalizeNumber(string value)
    {
        var hex = value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? value[2..] : value;
        return long.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : value;
    }
}
