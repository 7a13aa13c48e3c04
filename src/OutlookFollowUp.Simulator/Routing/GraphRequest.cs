namespace OutlookFollowUp.Simulator.Routing;

/// <summary>One Graph call as the dispatcher sees it: a top-level HTTP request or a $batch sub-request.</summary>
internal sealed class GraphRequest
{
    public required string Method { get; init; }

    /// <summary>Path below /v1.0 with decoded segments, e.g. "/me/messages".</summary>
    public required string Path { get; init; }

    public required IReadOnlyList<string> Segments { get; init; }

    public required QueryOptions Query { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public string? Body { get; init; }

    public bool InBatch { get; init; }

    /// <summary>scheme://host:port the client used, so that nextLinks point back at the same address.</summary>
    public required string Origin { get; init; }

    /// <summary>Raw path and query below the server root as it went over the wire (for the request log).</summary>
    public required string RawTarget { get; init; }

    public string RequestId { get; init; } = Guid.NewGuid().ToString();

    /// <summary>Set when the request was not under /v1.0 (the dispatcher answers 404, and still logs it).</summary>
    public string? InvalidVersion { get; init; }

    public bool IsBatchEnvelope => Segments.Count == 1 && Segments[0] == "$batch";

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public PreferHeader Prefer => _prefer ??= PreferHeader.Parse(Header("Prefer"));

    private PreferHeader? _prefer;

    /// <summary>The same request addressed to other segments (used to read "/users/{my id}/…" as "/me/…").</summary>
    public GraphRequest WithSegments(IReadOnlyList<string> segments) => new()
    {
        Method = Method,
        Path = "/" + string.Join('/', segments),
        Segments = segments,
        Query = Query,
        Headers = Headers,
        Body = Body,
        InBatch = InBatch,
        Origin = Origin,
        RawTarget = RawTarget,
        RequestId = RequestId,
        InvalidVersion = InvalidVersion,
    };

    public GraphRequest WithInvalidVersion(string version) => new()
    {
        Method = Method,
        Path = Path,
        Segments = Segments,
        Query = Query,
        Headers = Headers,
        Body = Body,
        InBatch = InBatch,
        Origin = Origin,
        RawTarget = RawTarget,
        RequestId = RequestId,
        InvalidVersion = version,
    };

    /// <summary>Builds a request from a raw target such as "/v1.0/me/messages?%24top=5".</summary>
    public static GraphRequest FromRawTarget(
        string method,
        string rawTarget,
        IReadOnlyDictionary<string, string> headers,
        string? body,
        string origin,
        bool inBatch,
        string? rawTargetForLog = null)
    {
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        var rawQuery = queryStart < 0 ? string.Empty : rawTarget[(queryStart + 1)..];
        var segments = rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.UnescapeDataString)
            .ToList();
        return new GraphRequest
        {
            Method = method.ToUpperInvariant(),
            Path = "/" + string.Join('/', segments),
            Segments = segments,
            Query = QueryOptions.Parse(rawQuery),
            Headers = headers,
            Body = body,
            InBatch = inBatch,
            Origin = origin,
            RawTarget = rawTargetForLog ?? rawTarget,
        };
    }
}
