using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Routing;

namespace OutlookFollowUp.Simulator.Subscriptions;

/// <summary>Outbound calls Graph makes to the app: the validation handshake and notification deliveries.</summary>
internal sealed class NotificationSender : IDisposable
{
    private readonly HttpClient _client;
    private readonly TimeSpan _timeout;

    public NotificationSender(TimeSpan timeout)
    {
        _timeout = timeout;
        _client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public void Dispose() => _client.Dispose();

    /// <summary>
    /// POST {url}?validationToken={token} (text/plain); the endpoint must answer 200, text/plain, with the decoded token,
    /// within the timeout.
    /// </summary>
    public async Task<bool> ValidateAsync(Uri url, CancellationToken cancellationToken)
    {
        var token = $"Validation: Testing client application reachability for subscription Request-Id: {Guid.NewGuid()}";
        var separator = string.IsNullOrEmpty(url.Query) ? "?" : "&";
        var target = new Uri(url + separator + "validationToken=" + Uri.EscapeDataString(token));
        using var timeout = new CancellationTokenSource(_timeout, TimeProvider.System);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            using var content = new StringContent(string.Empty, Encoding.UTF8, "text/plain");
            using var response = await _client.PostAsync(target, content, linked.Token).ConfigureAwait(false);
            if ((int)response.StatusCode != 200
                || !string.Equals(response.Content.Headers.ContentType?.MediaType, "text/plain", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var body = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            return string.Equals(body, token, StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>POSTs a notification body; answers the endpoint's status, 0 when unreachable or too slow.</summary>
    public async Task<int> DeliverAsync(Uri url, JsonObject body, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_timeout, TimeProvider.System);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            using var content = new StringContent(GraphJson.Serialize(body), Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            using var response = await _client.PostAsync(url, content, linked.Token).ConfigureAwait(false);
            return (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }
}
