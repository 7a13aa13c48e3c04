namespace OutlookFollowUp.Simulator.Routing;

internal delegate Task<GraphResponse> RouteHandler(GraphRequest request, RouteValues values, CancellationToken cancellationToken);

/// <summary>Values captured from "{name}" segments of a route template.</summary>
internal sealed class RouteValues(Dictionary<string, string> values)
{
    public string this[string name] => values[name];
}

/// <summary>
/// A small route table over decoded path segments. Literal segments match case-insensitively, as Graph's do
/// ("/me/calendarview" works); an unknown path answers 400 BadRequest and a known path with the wrong method 405,
/// both Graph-shaped.
/// </summary>
internal sealed class Router
{
    private readonly List<Route> _routes = [];

    public void Map(string method, string template, RouteHandler handler) =>
        _routes.Add(new Route(method, template.Split('/', StringSplitOptions.RemoveEmptyEntries), handler));

    public Task<GraphResponse> RouteAsync(GraphRequest request, CancellationToken cancellationToken)
    {
        var pathMatched = false;
        foreach (var route in _routes)
        {
            if (!route.TryMatch(request.Segments, out var values))
            {
                continue;
            }

            pathMatched = true;
            if (string.Equals(route.Method, request.Method, StringComparison.OrdinalIgnoreCase))
            {
                return route.Handler(request, values, cancellationToken);
            }
        }

        if (pathMatched)
        {
            return Task.FromResult(GraphResponse.Error(405, "Request_BadRequest", $"The HTTP method '{request.Method}' is not allowed for the resource '{request.Path}'."));
        }

        var unknown = FirstUnknownSegment(request.Segments);
        return Task.FromResult(GraphResponse.Error(400, "BadRequest", $"Resource not found for the segment '{unknown}'."));
    }

    private string FirstUnknownSegment(IReadOnlyList<string> segments)
    {
        for (var depth = 0; depth < segments.Count; depth++)
        {
            var known = _routes.Any(r => r.Template.Length > depth && r.PrefixMatches(segments, depth + 1));
            if (!known)
            {
                return segments[depth];
            }
        }

        return segments.Count > 0 ? segments[^1] : string.Empty;
    }

    private sealed record Route(string Method, string[] Template, RouteHandler Handler)
    {
        public bool TryMatch(IReadOnlyList<string> segments, out RouteValues values)
        {
            values = new RouteValues([]);
            if (segments.Count != Template.Length || !PrefixMatches(segments, segments.Count))
            {
                return false;
            }

            var captured = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < Template.Length; i++)
            {
                if (IsParameter(Template[i]))
                {
                    captured[Template[i][1..^1]] = segments[i];
                }
            }

            values = new RouteValues(captured);
            return true;
        }

        public bool PrefixMatches(IReadOnlyList<string> segments, int count)
        {
            for (var i = 0; i < count; i++)
            {
                if (!IsParameter(Template[i]) && !string.Equals(Template[i], segments[i], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');
    }
}
