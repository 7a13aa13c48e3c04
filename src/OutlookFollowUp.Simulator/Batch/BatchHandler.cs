using System.Text;
using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Routing;

namespace OutlookFollowUp.Simulator.Batch;

/// <summary>
/// POST /$batch: at most 20 requests with unique ids; each runs through the same dispatcher as a top-level call
/// (auth from the envelope, faults, mailbox concurrency), at most 4 at a time; a request whose dependency failed gets
/// 424. The envelope is 200 whatever the sub-responses are; responses keep request order.
/// </summary>
internal sealed class BatchHandler(Func<GraphRequest, CancellationToken, Task<GraphResponse>> dispatch)
{
    public const int MaxRequests = 20;
    public const int MaxParallel = 4;

    public void Map(Router router) => router.Map("POST", "$batch", HandleAsync);

    private async Task<GraphResponse> HandleAsync(GraphRequest envelope, RouteValues values, CancellationToken cancellationToken)
    {
        var steps = Parse(envelope);
        using var parallel = new SemaphoreSlim(MaxParallel);
        var running = new Dictionary<string, Task<GraphResponse>>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            var dependencies = step.DependsOn.Select(id => running[id]).ToList();
            running[step.Id] = RunAsync(envelope, step, dependencies, parallel, cancellationToken);
        }

        var responses = new JsonArray();
        var drop = false;
        foreach (var step in steps)
        {
            var response = await running[step.Id].ConfigureAwait(false);
            drop |= response.DropConnection;
            responses.Add(ToSubResponse(step.Id, response));
        }

        var result = GraphResponse.Ok(new JsonObject { ["responses"] = responses });
        result.DropConnection = drop;
        return result;
    }

    private async Task<GraphResponse> RunAsync(
        GraphRequest envelope, BatchStep step, List<Task<GraphResponse>> dependencies, SemaphoreSlim parallel, CancellationToken cancellationToken)
    {
        foreach (var dependency in dependencies)
        {
            var outcome = await dependency.ConfigureAwait(false);
            if (!outcome.IsSuccess)
            {
                return GraphResponse.Error(424, "FailedDependency", "The request failed because a request it depends on failed.");
            }
        }

        await parallel.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var headers = new Dictionary<string, string>(step.Headers, StringComparer.OrdinalIgnoreCase);
            if (envelope.Header("Authorization") is { } authorization)
            {
                headers["Authorization"] = authorization;
            }
            else
            {
                headers.Remove("Authorization");
            }

            var request = GraphRequest.FromRawTarget(step.Method, step.Url, headers, step.Body, envelope.Origin, inBatch: true);
            return await dispatch(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            parallel.Release();
        }
    }

    private static JsonObject ToSubResponse(string id, GraphResponse response)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in response.Headers)
        {
            headers[name] = value;
        }

        var result = new JsonObject { ["id"] = id, ["status"] = response.Status, ["headers"] = headers };
        if (response.Json is not null)
        {
            result["body"] = response.Json.DeepClone();
        }
        else if (response.Text is not null)
        {
            result["body"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(response.Text));
        }

        return result;
    }

    private static List<BatchStep> Parse(GraphRequest envelope)
    {
        var body = GraphJson.ParseObjectBody(envelope.Body);
        if (body["requests"] is not JsonArray requests)
        {
            throw GraphErrorException.BadRequest("Invalid batch payload format: 'requests' must be an array.", "BadRequest");
        }

        if (requests.Count > MaxRequests)
        {
            throw GraphErrorException.BadRequest($"Number of batch requests exceeds the limit of {MaxRequests}.", "BadRequest");
        }

        if (requests.Count == 0)
        {
            throw GraphErrorException.BadRequest("Invalid batch payload format: no requests.", "BadRequest");
        }

        var steps = new List<BatchStep>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in requests)
        {
            if (node is not JsonObject item)
            {
                throw GraphErrorException.BadRequest("Invalid batch payload format: each request must be an object.", "BadRequest");
            }

            var id = item["id"]?.ToString();
            var method = GraphJson.GetString(item, "method");
            var url = GraphJson.GetString(item, "url");
            if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(method) || string.IsNullOrWhiteSpace(url))
            {
                throw GraphErrorException.BadRequest("Invalid batch payload format: each request needs 'id', 'method' and 'url'.", "BadRequest");
            }

            if (!ids.Add(id))
            {
                throw GraphErrorException.BadRequest($"Batch request ids must be unique; '{id}' is used more than once.", "BadRequest");
            }

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (item["headers"] is JsonObject headerObject)
            {
                foreach (var (name, value) in headerObject)
                {
                    headers[name] = value?.ToString() ?? string.Empty;
                }
            }

            var requestBody = ReadBody(item["body"], headers);
            if (requestBody is not null && !headers.ContainsKey("Content-Type"))
            {
                throw GraphErrorException.BadRequest($"Write request id : {id} does not contain Content-Type header or body.", "BadRequest");
            }

            var dependsOn = new List<string>();
            if (item["dependsOn"] is JsonArray dependencies)
            {
                foreach (var dependency in dependencies)
                {
                    var dependencyId = dependency?.ToString();
                    if (dependencyId is null || !ids.Contains(dependencyId) || dependencyId == id)
                    {
                        throw GraphErrorException.BadRequest(
                            $"Request '{id}' depends on '{dependencyId}', which is not an earlier request of this batch.", "BadRequest");
                    }

                    dependsOn.Add(dependencyId);
                }
            }

            steps.Add(new BatchStep(id, method.ToUpperInvariant(), RelativeUrl(url), headers, requestBody, dependsOn));
        }

        return steps;
    }

    private static string? ReadBody(JsonNode? body, Dictionary<string, string> headers)
    {
        switch (body)
        {
            case null:
                return null;
            case JsonValue value when value.TryGetValue<string>(out var text):
                var isJson = headers.TryGetValue("Content-Type", out var contentType) && contentType.Contains("json", StringComparison.OrdinalIgnoreCase);
                if (isJson)
                {
                    return text;
                }

                try
                {
                    return Encoding.UTF8.GetString(Convert.FromBase64String(text));
                }
                catch (FormatException)
                {
                    return text;
                }

            default:
                return GraphJson.Serialize(body);
        }
    }

    private static string RelativeUrl(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            url = absolute.PathAndQuery;
            if (url.StartsWith("/v1.0", StringComparison.OrdinalIgnoreCase))
            {
                url = url[5..];
            }
        }

        return url.StartsWith('/') ? url : "/" + url;
    }

    private sealed record BatchStep(string Id, string Method, string Url, Dictionary<string, string> Headers, string? Body, List<string> DependsOn);
}
