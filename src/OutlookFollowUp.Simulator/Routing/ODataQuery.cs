using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookFollowUp.Simulator.Routing;

/// <summary>$select, $top, $skip, page size and nextLink handling shared by the collection handlers.</summary>
internal static class ODataQuery
{
    private static readonly HashSet<string> AlwaysKept = new(StringComparer.OrdinalIgnoreCase) { "id", "@odata.etag", "@odata.type" };

    /// <summary>The properties named by $select, or null when there is no $select.</summary>
    public static HashSet<string>? Select(GraphRequest request)
    {
        var select = request.Query["$select"];
        if (string.IsNullOrWhiteSpace(select))
        {
            return null;
        }

        return new HashSet<string>(
            select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Keeps only selected top-level properties (plus id and annotations), in place.</summary>
    public static JsonObject Project(JsonObject item, HashSet<string>? select)
    {
        if (select is null)
        {
            return item;
        }

        foreach (var name in item.Select(p => p.Key).ToList())
        {
            if (!select.Contains(name) && !AlwaysKept.Contains(name) && !name.StartsWith("@odata", StringComparison.Ordinal))
            {
                item.Remove(name);
            }
        }

        return item;
    }

    public static int? ParseTop(GraphRequest request, int max = 1000)
    {
        var top = request.Query["$top"];
        if (top is null)
        {
            return null;
        }

        if (!int.TryParse(top, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 1 || value > max)
        {
            throw GraphErrorException.BadRequest($"Invalid value '{top}' for $top: it must be between 1 and {max}.", "ErrorInvalidParameter");
        }

        return value;
    }

    public static int ParseSkip(GraphRequest request)
    {
        var skip = request.Query["$skip"];
        if (skip is null)
        {
            return 0;
        }

        if (!int.TryParse(skip, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw GraphErrorException.BadRequest($"Invalid value '{skip}' for $skip.", "ErrorInvalidParameter");
        }

        return value;
    }

    /// <summary>
    /// Cuts one page out of <paramref name="items"/>: page size from $top, else Prefer odata.maxpagesize, else the default;
    /// adds an absolute @odata.nextLink (same query plus $skip) when more remain.
    /// </summary>
    public static JsonObject Page(GraphRequest request, IReadOnlyList<JsonObject> items, int defaultPageSize, GraphResponseHeaders headers, string? context = null)
    {
        var top = ParseTop(request);
        var maxPageSize = request.Prefer.MaxPageSize;
        var pageSize = top ?? maxPageSize ?? defaultPageSize;
        if (top is null && maxPageSize is not null)
        {
            headers.AppendPreferenceApplied($"odata.maxpagesize={maxPageSize.Value.ToString(CultureInfo.InvariantCulture)}");
        }

        var skip = ParseSkip(request);
        var page = items.Skip(skip).Take(pageSize).ToList();
        var result = new JsonObject();
        if (context is not null)
        {
            result["@odata.context"] = $"{request.Origin}/v1.0/$metadata#{context}";
        }

        if (string.Equals(request.Query["$count"], "true", StringComparison.OrdinalIgnoreCase))
        {
            result["@odata.count"] = items.Count;
        }

        result["value"] = new JsonArray(page.Select(i => (JsonNode)i).ToArray());
        if (skip + page.Count < items.Count)
        {
            var next = skip + page.Count;
            result["@odata.nextLink"] = request.Origin + "/v1.0" + request.Path
                + request.Query.ToQueryString("$skip", next.ToString(CultureInfo.InvariantCulture));
        }

        return result;
    }
}

/// <summary>Collects response headers a handler wants to add (Preference-Applied in particular).</summary>
internal sealed class GraphResponseHeaders
{
    private readonly List<string> _preferenceApplied = [];

    public void AppendPreferenceApplied(string preference)
    {
        if (!_preferenceApplied.Contains(preference, StringComparer.OrdinalIgnoreCase))
        {
            _preferenceApplied.Add(preference);
        }
    }

    public GraphResponse ApplyTo(GraphResponse response)
    {
        if (_preferenceApplied.Count > 0)
        {
            response.Headers["Preference-Applied"] = string.Join(",", _preferenceApplied);
        }

        return response;
    }
}
