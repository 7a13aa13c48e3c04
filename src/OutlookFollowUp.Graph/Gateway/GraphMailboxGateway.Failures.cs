using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using OutlookFollowUp.Graph.Resilience;
using Polly.Timeout;

namespace OutlookFollowUp.Graph.Gateway;

public sealed partial class GraphMailboxGateway
{
    /// <summary>
    /// Runs one public gateway call and turns whatever Kiota, the Graph SDK, Polly or the network threw into the
    /// gateway's own exceptions, so that no caller ever needs to know those types. A cancellation the caller asked for
    /// passes through untouched.
    /// </summary>
    private static async Task<T> Guard<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not GraphGatewayException && Translate(what, ex, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    private static Task Guard(string what, Func<Task> call, CancellationToken cancellationToken) =>
        Guard(what, async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>The gateway exception for a failure, or null for one that is not Graph's (a bug, a token problem).</summary>
    internal static GraphGatewayException? Translate(string what, Exception exception, CancellationToken cancellationToken) => exception switch
    {
        GraphGatewayException known => known,
        TimeoutRejectedException => new GraphUnavailableException($"Graph did not finish {what} within the retry budget.", 0, exception),
        GraphTransientException transient => new GraphUnavailableException($"Graph was still throttled or unavailable while {what} ({(int)transient.Status}).", (int)transient.Status, exception),
        ApiException api when GraphResilience.IsTransientStatus(api.ResponseStatusCode) =>
            new GraphUnavailableException($"Graph was still throttled or unavailable while {what} ({api.ResponseStatusCode}).", api.ResponseStatusCode, exception),
        ApiException api => new GraphRefusedException($"Graph refused {what} ({api.ResponseStatusCode}{ErrorCodeOf(api)}).", api.ResponseStatusCode, exception),
        HttpRequestException http => new GraphUnavailableException($"Graph could not be reached while {what} ({http.HttpRequestError}).", 0, exception),
        TaskCanceledException when !cancellationToken.IsCancellationRequested => new GraphUnavailableException($"Graph did not answer in time while {what}.", 0, exception),
        JsonException or FormatException => new GraphRefusedException($"Graph's answer could not be read while {what}.", 200, exception),
        AggregateException aggregate when aggregate.InnerExceptions.Count > 0 => Translate(what, aggregate.InnerExceptions[0], cancellationToken),
        _ => null,
    };

    private static string ErrorCodeOf(ApiException exception) =>
        exception is Microsoft.Graph.Models.ODataErrors.ODataError { Error.Code: { Length: > 0 } code } ? " " + code : "";
}
