using System.Collections.Concurrent;

namespace OutlookFollowUp.Graph.Client;

/// <summary>One Graph request made on the user's behalf: what, when, which item — never content.</summary>
/// <param name="At">When it was sent.</param>
/// <param name="Method">GET, POST, PATCH, DELETE.</param>
/// <param name="Resource">The path without query (e.g. /me/messages, /$batch).</param>
/// <param name="Status">The HTTP status, or 0 when no response came.</param>
/// <param name="BatchSize">Sub-requests when this was a $batch, else 0.</param>
public sealed record GraphRequestRecord(DateTimeOffset At, string Method, string Resource, int Status, int BatchSize);

/// <summary>Counts and records the HTTP requests one gateway made (for reports, benchmarks and the activity log).</summary>
public sealed class GraphRequestLog
{
    private readonly ConcurrentQueue<GraphRequestRecord> _records = new();
    private int _httpRequests;
    private int _subRequests;

    /// <summary>HTTP requests sent (a $batch counts once).</summary>
    public int HttpRequests => _httpRequests;

    /// <summary>Requests inside batches plus requests sent alone: what Graph counts against throttling.</summary>
    public int GraphOperations => _subRequests + _httpRequests - BatchCount;

    /// <summary>Number of $batch envelopes sent.</summary>
    public int BatchCount => _records.Count(r => r.BatchSize > 0);

    public IReadOnlyList<GraphRequestRecord> Records => _records.ToArray();

    internal void Add(GraphRequestRecord record)
    {
        Interlocked.Increment(ref _httpRequests);
        Interlocked.Add(ref _subRequests, record.BatchSize);
        _records.Enqueue(record);
    }
}

/// <summary>Records every HTTP request into a <see cref="GraphRequestLog"/>.</summary>
internal sealed class RequestLogHandler(GraphRequestLog log, TimeProvider timeProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var at = timeProvider.GetUtcNow();
        var batchSize = 0;
        if (request.Content is not null && request.RequestUri?.AbsolutePath.EndsWith("/$batch", StringComparison.OrdinalIgnoreCase) == true)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var json = await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var doc = System.Text.Json.JsonDocument.Parse(json);
            batchSize = doc.RootElement.TryGetProperty("requests", out var requests) ? requests.GetArrayLength() : 0;
        }

        var path = request.RequestUri?.AbsolutePath ?? "";
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            log.Add(new GraphRequestRecord(at, request.Method.Method, path, (int)response.StatusCode, batchSize));
            return response;
        }
        catch
        {
            log.Add(new GraphRequestRecord(at, request.Method.Method, path, 0, batchSize));
            throw;
        }
    }
}
