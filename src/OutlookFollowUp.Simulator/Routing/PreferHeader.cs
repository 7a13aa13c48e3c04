using System.Globalization;

namespace OutlookFollowUp.Simulator.Routing;

/// <summary>The Prefer preferences Graph honours for Outlook: time zone, body type, page size, immutable ids.</summary>
internal sealed class PreferHeader
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public string? TimeZone => Get("outlook.timezone");

    public string? BodyContentType => Get("outlook.body-content-type");

    public bool ImmutableId => string.Equals(Get("IdType"), "ImmutableId", StringComparison.OrdinalIgnoreCase);

    public int? MaxPageSize =>
        int.TryParse(Get("odata.maxpagesize"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size > 0 ? size : null;

    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public static PreferHeader Parse(string? header)
    {
        var result = new PreferHeader();
        if (string.IsNullOrWhiteSpace(header))
        {
            return result;
        }

        foreach (var token in SplitOutsideQuotes(header))
        {
            var eq = token.IndexOf('=', StringComparison.Ordinal);
            var name = (eq < 0 ? token : token[..eq]).Trim();
            var value = eq < 0 ? string.Empty : token[(eq + 1)..].Trim().Trim('"');
            if (name.Length > 0)
            {
                result._values[name] = value;
            }
        }

        return result;
    }

    private static IEnumerable<string> SplitOutsideQuotes(string header)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] == '"')
            {
                quoted = !quoted;
            }
            else if ((header[i] == ',' || header[i] == ';') && !quoted)
            {
                yield return header[start..i];
                start = i + 1;
            }
        }

        yield return header[start..];
    }
}
