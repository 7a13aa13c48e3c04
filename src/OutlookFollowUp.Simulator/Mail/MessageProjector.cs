using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OutlookFollowUp.Simulator.Calendar;
using OutlookFollowUp.Simulator.Routing;

namespace OutlookFollowUp.Simulator.Mail;

/// <summary>
/// Turns a stored message into what Graph answers: extended properties only when $expand'ed (and filtered),
/// internetMessageHeaders only when $select'ed, the eventMessage's event only with $expand=microsoft.graph.eventMessage/event.
/// </summary>
internal static partial class MessageProjector
{
    private static readonly string[] NeverByDefault = ["singleValueExtendedProperties", "multiValueExtendedProperties", "internetMessageHeaders", "event"];

    public static JsonObject Project(JsonObject stored, GraphRequest request, GraphResponseHeaders headers, CalendarStore calendar)
    {
        var item = GraphJson.Clone(stored);
        var select = ODataQuery.Select(request);
        var expand = Expansions(request);
        var storedEvent = item["event"] as JsonObject;
        foreach (var name in NeverByDefault)
        {
            if (!(name == "internetMessageHeaders" && select?.Contains(name) == true))
            {
                item.Remove(name);
            }
        }

        foreach (var (path, options) in expand)
        {
            var last = path.Split('/')[^1];
            if (string.Equals(last, "singleValueExtendedProperties", StringComparison.OrdinalIgnoreCase)
                || string.Equals(last, "multiValueExtendedProperties", StringComparison.OrdinalIgnoreCase))
            {
                ExpandExtendedProperties(item, stored, last, options);
            }
            else if (string.Equals(last, "event", StringComparison.OrdinalIgnoreCase) && storedEvent is not null)
            {
                var id = GraphJson.GetString(storedEvent, "id");
                var current = id is null ? null : calendar.Get(id);
                item["event"] = current is null ? storedEvent.DeepClone() : EventProjector.Project(current, request, headers);
            }
        }

        EventProjector.ApplyBodyPreference(item, request, headers);
        if (select is not null)
        {
            foreach (var (path, _) in expand)
            {
                select.Add(path.Split('/')[^1]);
            }
        }

        return ODataQuery.Project(item, select);
    }

    private static void ExpandExtendedProperties(JsonObject item, JsonObject stored, string name, string? options)
    {
        if (stored[name] is not JsonArray all)
        {
            return;
        }

        var wanted = options is null ? null : IdFilter().Match(options);
        var matching = all.OfType<JsonObject>()
            .Where(p => wanted is not { Success: true }
                || ExtendedPropertyId.AreEqual(GraphJson.GetString(p, "id") ?? string.Empty, wanted.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal)))
            .Select(p => (JsonNode)p.DeepClone())
            .ToArray();
        if (matching.Length > 0)
        {
            item[name] = new JsonArray(matching);
        }
    }

    /// <summary>$expand items, split at top-level commas: ("singleValueExtendedProperties", "$filter=id eq '…'").</summary>
    public static List<(string Path, string? Options)> Expansions(GraphRequest request)
    {
        var text = request.Query["$expand"];
        var result = new List<(string, string?)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] == ',' && depth == 0))
            {
                var part = text[start..i].Trim();
                var open = part.IndexOf('(', StringComparison.Ordinal);
                result.Add(open < 0 ? (part, null) : (part[..open].Trim(), part[(open + 1)..].TrimEnd(')')));
                start = i + 1;
            }
            else if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')')
            {
                depth--;
            }
        }

        return result;
    }

    [GeneratedRegex(@"\$filter\s*=\s*id\s+eq\s+'((?:[^']|'')*)'", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdFilter();
}
