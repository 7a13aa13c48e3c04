namespace OutlookFollowUp.Simulator.Routing;

/// <summary>
/// Decoded query string. Names are case-insensitive and "%24filter" arrives as "$filter" (the SDK may send either);
/// '+' decodes to a space as in any form-encoded query, so an unencoded offset such as "+01:00" breaks as it does on Graph.
/// </summary>
internal sealed class QueryOptions
{
    private readonly Dictionary<string, string> _values;
    private readonly List<KeyValuePair<string, string>> _ordered;

    private QueryOptions(List<KeyValuePair<string, string>> ordered)
    {
        _ordered = ordered;
        _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in ordered)
        {
            _values[pair.Key] = pair.Value;
        }
    }

    public IReadOnlyList<KeyValuePair<string, string>> All => _ordered;

    public string? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    public bool Has(string name) => _values.ContainsKey(name);

    public static QueryOptions Parse(string rawQuery)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var part in rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(eq < 0 ? part : part[..eq]);
            var value = eq < 0 ? string.Empty : Decode(part[(eq + 1)..]);
            list.Add(new(name, value));
        }

        return new QueryOptions(list);
    }

    /// <summary>Encodes the options back into a query string, replacing or adding one option.</summary>
    public string ToQueryString(string replaceName, string replaceValue)
    {
        var parts = _ordered
            .Where(p => !string.Equals(p.Key, replaceName, StringComparison.OrdinalIgnoreCase))
            .Append(new(replaceName, replaceValue))
            .Select(p => Encode(p.Key) + "=" + Encode(p.Value));
        return "?" + string.Join('&', parts);
    }

    private static string Decode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));

    private static string Encode(string value) => Uri.EscapeDataString(value).Replace("%24", "$", StringComparison.Ordinal);
}
