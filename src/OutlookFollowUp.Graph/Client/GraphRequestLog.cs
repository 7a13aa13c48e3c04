using System.Collections.Concurrent;
using System.Text.Json;

namespace OutlookFollowUp.Graph.Client;

/// <summary>One Graph request made on the user's behalf: what, when, which item — never content.</summary>
/// <param name="At">When it was sent.</param>
/// <param name="Method">GET, POST, PATCH, DELETE.</param>
/// <param name="Resource">The path without query (e.g. /me/messages, /$batch).</param>
/// <param name="Status">The HTTP status, or 0 when no response came.</param>
/// <param name="BatchSize">Sub-requests when this was a $batch, else 0.</param>
public sealed record GraphRequestRecord(DateTimeOffset At, string Method, string Resource, int Status, int BatchSize)
{
    /// <summary>The requests inside a $batch, each with its own status: which items were read or written.</summary>
    public IReadOnlyList<GraphSubRequest> SubRequests { get; init; } = [];
}

/// <summary>One request inside a $batch: method, path without query, and the status Graph gave it.</summary>
public sealed record GraphSubRequest(string Method, string Resource, int Status);

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

/// <summary>Records every HTTP request into a <see cref="GraphRequestLog"/>, and the requests inside each $batch.</summary>
internal sealed class RequestLogHandler(GraphRequestLog log, TimeProvider timeProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var at = timeProvider.GetUtcNow();
        var steps = new List<(string Id, string Method, string Resource)>();
        if (request.Content is not null && request.RequestUri?.AbsolutePath.EndsWith("/$batch", StringComparison.OrdinalIgnoreCase) == true)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var json = await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.TryGetProperty("requests", out var requests))
            {
                foreach (var step in requests.EnumerateArray())
                {
                    var url = step.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
                    var query = url.IndexOf('?', StringComparison.Ordinal);
                    steps.Add((
                        step.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "",
                        step.TryGetProperty("method", out var m) ? m.GetString() ?? "" : "",
                        query < 0 ? url : url[..query]));
                }
            }
        }

        var path = request.RequestUri?.AbsolutePath ?? "";
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var record = new GraphRequestRecord(at, request.Method.Method, path, (int)response.StatusCode, steps.Count);
            if (steps.Count > 0)
            {
                record = record with { SubRequests = await SubRequestsAsync(steps, response, cancellationToken).ConfigureAwait(false) };
            }

            log.Add(record);
            return response;
        }
        catch
        {
            log.Add(new GraphRequestRecord(at, request.Method.Method, path, 0, steps.Count)
            {
                SubRequests = steps.Select(s => new GraphSubRequest(s.Method, s.Resource, 0)).ToList(),
            });
            throw;
        }
    }

    private static async Task<IReadOnlyList<GraphSubRequest>> SubRequestsAsync(List<(string Id, string Method, string Resource)> steps, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        if (response.IsSuccessStatusCode)
        {
            // Buffered, so the SDK still reads it afterwards.
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
                if (doc.RootElement.TryGetProperty("responses", out var responses))
                {
                    foreach (var answer in responses.EnumerateArray())
                    {
                        if (answer.TryGetProperty("id", out var id) && answer.TryGetProperty("status", out var status) && status.TryGetInt32(out var code))
                        {
                            statuses[id.GetString() ?? ""] = code;
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // An unreadable envelope is the SDK's to report; the log keeps status 0 for its steps.
            }
        }

        return steps.Select(s => new GraphSubRequest(s.Method, s.Resource, statuses.GetValueOrDefault(s.Id))).ToList();
    }
}
