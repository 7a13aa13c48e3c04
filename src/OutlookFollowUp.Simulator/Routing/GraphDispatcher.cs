using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Faults;

namespace OutlookFollowUp.Simulator.Routing;

/// <summary>
/// The pipeline every call goes through, top-level or inside $batch: log → version (404) → auth (401) → mailbox
/// concurrency (429; calls under /me/… count, /me itself, /subscriptions and the $batch envelope do not) → latency →
/// injected fault, else recurring fault → route → lost-response fault → Graph-shaped error details.
/// </summary>
internal sealed class GraphDispatcher(MailboxContext context, Router router, FaultInjector faults, RequestLog log)
{
    private readonly ConcurrencyGate _gate = new(context.Options.MaxConcurrentRequests, context.Options.EnforceConcurrencyLimit);

    public async Task<GraphResponse> DispatchAsync(GraphRequest request, CancellationToken cancellationToken)
    {
        var arrived = context.Now;
        GraphResponse response;
        try
        {
            response = await DispatchCoreAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphErrorException ex)
        {
            response = ex.ToResponse();
        }
#pragma warning disable CA1031 // a fake server must answer, not crash: any handler bug becomes a Graph-shaped 500
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            response = GraphResponse.Error(500, "generalException", ex.Message);
        }

        Finish(request, response);
        log.Add(new SimulatorRequestLogEntry(request.Method, request.RawTarget, response.DropConnection ? 0 : response.Status, request.InBatch, arrived));
        return response;
    }

    private async Task<GraphResponse> DispatchCoreAsync(GraphRequest request, CancellationToken cancellationToken)
    {
        if (request.InvalidVersion is not null)
        {
            return GraphResponse.Error(404, "NotFound", $"Invalid version: '{request.InvalidVersion}'. This simulator serves /v1.0 only.");
        }

        var unauthorized = Authenticate(request);
        if (unauthorized is not null)
        {
            return unauthorized;
        }

        if (request.Segments.Count >= 2
            && string.Equals(request.Segments[0], "users", StringComparison.OrdinalIgnoreCase)
            && context.IsMe(request.Segments[1]))
        {
            request = request.WithSegments(["me", .. request.Segments.Skip(2)]);
        }

        var isMailboxCall = request.Segments.Count >= 2 && string.Equals(request.Segments[0], "me", StringComparison.OrdinalIgnoreCase);
        if (isMailboxCall && !_gate.TryEnter())
        {
            return GraphResponse.Error(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.")
                .WithHeader("Retry-After", FaultInjector.Seconds(context.Options.ConcurrencyRetryAfter));
        }

        try
        {
            // Every call is slow, but a $batch envelope only through its sub-requests.
            if (!request.IsBatchEnvelope && context.Options.Latency > TimeSpan.Zero)
            {
                await Task.Delay(context.Options.Latency, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            }

            var fault = faults.TryConsume(request) ?? faults.NextRecurring(request);
            if (fault?.Kind == SimulatedFaultKind.Latency)
            {
                await Task.Delay(fault.Duration, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            }
            else if (fault?.Kind is SimulatedFaultKind.Throttled or SimulatedFaultKind.ServiceUnavailable or SimulatedFaultKind.GatewayTimeout or SimulatedFaultKind.Refused)
            {
                return FaultInjector.ToResponse(fault);
            }

            GraphResponse response;
            try
            {
                response = await router.RouteAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (GraphErrorException ex)
            {
                response = ex.ToResponse();
            }

            if (fault?.Kind == SimulatedFaultKind.LostResponse)
            {
                var lost = FaultInjector.ToResponse(SimulatedFault.GatewayTimeout());
                lost.DropConnection = fault.DropConnection;
                return lost;
            }

            return response;
        }
        finally
        {
            if (isMailboxCall)
            {
                _gate.Exit();
            }
        }
    }

    private GraphResponse? Authenticate(GraphRequest request)
    {
        var header = request.Header("Authorization");
        var token = header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        if (string.IsNullOrEmpty(token))
        {
            return Unauthorized("Access token is empty.");
        }

        var required = context.Options.RequiredAccessToken;
        if (required is not null && !string.Equals(token, required, StringComparison.Ordinal))
        {
            return Unauthorized("Access token validation failure. Invalid audience.");
        }

        return null;
    }

    private static GraphResponse Unauthorized(string message) =>
        GraphResponse.Error(401, "InvalidAuthenticationToken", message)
            .WithHeader("WWW-Authenticate", "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"");

    /// <summary>Adds request-id headers and, on errors, innerError {date, request-id, client-request-id} as Graph does.</summary>
    private void Finish(GraphRequest request, GraphResponse response)
    {
        var clientRequestId = request.Header("client-request-id") ?? request.RequestId;
        response.Headers["request-id"] = request.RequestId;
        response.Headers["client-request-id"] = clientRequestId;
        if (response.Status >= 400 && response.Json?["error"] is JsonObject error && error["innerError"] is null)
        {
            error["innerError"] = new JsonObject
            {
                ["date"] = GraphJson.Instant(context.Now),
                ["request-id"] = request.RequestId,
                ["client-request-id"] = clientRequestId,
            };
        }
    }
}
