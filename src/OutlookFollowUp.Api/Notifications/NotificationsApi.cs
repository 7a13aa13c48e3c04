using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Jobs;

namespace OutlookFollowUp.Api.Notifications;

/// <summary>
/// Graph change and lifecycle notifications (anonymous; checked by clientState). Answered fast with 202 after the work
/// is stored; the work itself runs off the request path. Validation handshakes are echoed as text/plain.
/// </summary>
public static class NotificationsApi
{
    /// <summary>The largest notification body accepted.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>The most notifications one POST may carry.</summary>
    public const int MaxNotifications = 1000;

    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications").AllowAnonymous()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        group.MapPost("/", ReceiveChanges).WithName(nameof(ReceiveChanges)).WithSummary("Graph change notifications on users' events.");
        group.MapPost("/lifecycle", ReceiveLifecycle).WithName(nameof(ReceiveLifecycle)).WithSummary("Graph lifecycle notifications.");
        return group;
    }

    internal static async Task<Results<ContentHttpResult, Accepted, ProblemHttpResult>> ReceiveChanges(
        HttpContext http, string? validationToken, [AsParameters] NotificationServices services, CancellationToken cancellationToken)
    {
        if (validationToken is not null)
        {
            return Echo(validationToken);
        }

        var batch = await ReadAsync(http, cancellationToken).ConfigureAwait(false);
        if (batch.Problem is { } problem)
        {
            return services.Rejected.Refuse(http, services.Logger, "malformed body") ?? problem;
        }

        // One query for every subscription of the batch, one transaction for all its work: Graph expects an answer
        // within seconds, and the work itself runs off the request path.
        var subscriptions = await SubscriptionsOfAsync(batch.Value!, services, cancellationToken).ConfigureAwait(false);
        var work = new List<(string UserId, string Kind, string? Subject)>();
        var rejected = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var notification in batch.Value!)
        {
            var (subscription, why) = Check(notification, subscriptions);
            var eventId = notification.ResourceData?.Id ?? EventIdFromResource(notification.Resource);
            if (subscription is not null && (string.IsNullOrEmpty(eventId) || eventId.Length > 512))
            {
                (subscription, why) = (null, "no event id");
            }

            if (subscription is null)
            {
                rejected[why!] = rejected.GetValueOrDefault(why!) + 1;
                continue;
            }

            // Duplicates (Graph retries, replays) collapse into the one pending item for this event.
            work.Add((subscription.UserId, WorkKinds.EventChanged, eventId));
        }

        var stored = await services.Queue.EnqueueManyAsync(work, services.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (rejected.Count > 0)
        {
            // One line per batch, never one warning per item.
            Log.NotificationsRejected(services.Logger, rejected.Values.Sum(), batch.Value!.Count, string.Join(", ", rejected.Select(r => $"{r.Value} {r.Key}")));
            if (work.Count == 0 && services.Rejected.Refuse(http, services.Logger, "no valid notification") is { } tooMany)
            {
                return tooMany;
            }
        }

        Log.NotificationsAccepted(services.Logger, work.Count, stored);
        return TypedResults.Accepted((string?)null);
    }

    internal static async Task<Results<ContentHttpResult, Accepted, ProblemHttpResult>> ReceiveLifecycle(
        HttpContext http, string? validationToken, [AsParameters] NotificationServices services, CancellationToken cancellationToken)
    {
        if (validationToken is not null)
        {
            return Echo(validationToken);
        }

        var batch = await ReadAsync(http, cancellationToken).ConfigureAwait(false);
        if (batch.Problem is { } problem)
        {
            return services.Rejected.Refuse(http, services.Logger, "malformed body") ?? problem;
        }

        var now = services.Time.GetUtcNow();
        var subscriptions = await SubscriptionsOfAsync(batch.Value!, services, cancellationToken).ConfigureAwait(false);
        var rejected = 0;
        foreach (var notification in batch.Value!)
        {
            if (Check(notification, subscriptions).Subscription is not { } subscription)
            {
                rejected++;
                continue;
            }

            switch (notification.LifecycleEvent)
            {
                case "reauthorizationRequired":
                    await services.Queue.EnqueueAsync(subscription.UserId, WorkKinds.Reauthorize, subscription.Id, now, cancellationToken).ConfigureAwait(false);
                    break;
                case "subscriptionRemoved":
                    await services.Queue.EnqueueAsync(subscription.UserId, WorkKinds.Resubscribe, null, now, cancellationToken).ConfigureAwait(false);
                    break;
                case "missed":
                    await services.Queue.EnqueueAsync(subscription.UserId, WorkKinds.Scan, null, now, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    rejected++;
                    break;
            }
        }

        if (rejected > 0)
        {
            Log.NotificationsRejected(services.Logger, rejected, batch.Value!.Count, "lifecycle notifications without a known subscription, clientState or event");
            if (rejected == batch.Value!.Count && services.Rejected.Refuse(http, services.Logger, "no valid lifecycle notification") is { } tooMany)
            {
                return tooMany;
            }
        }

        return TypedResults.Accepted((string?)null);
    }

    /// <summary>The validation handshake: the URL-decoded token back as plain text (never as HTML), within 10 seconds.</summary>
    private static Results<ContentHttpResult, Accepted, ProblemHttpResult> Echo(string token) =>
        token.Length is 0 or > 1024
            ? TypedResults.Problem(statusCode: 400, title: "Invalid validation token")
            : TypedResults.Text(token, "text/plain", Encoding.UTF8);

    private static async Task<Dictionary<string, SubscriptionRecord>> SubscriptionsOfAsync(IReadOnlyList<ChangeNotification> batch, NotificationServices services, CancellationToken cancellationToken)
    {
        var ids = batch.Select(n => n.SubscriptionId).Where(id => id is { Length: > 0 and <= 200 }).Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 0
            ? new Dictionary<string, SubscriptionRecord>(StringComparer.Ordinal)
            : await services.Db.Subscriptions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The notification's subscription when its id and clientState (compared in constant time) are right; else why not.</summary>
    private static (SubscriptionRecord? Subscription, string? Why) Check(ChangeNotification notification, Dictionary<string, SubscriptionRecord> subscriptions)
    {
        if (string.IsNullOrEmpty(notification.SubscriptionId) || notification.SubscriptionId.Length > 200 || notification.ClientState is null || notification.ClientState.Length > 128)
        {
            return (null, "without a subscription id or clientState");
        }

        if (!subscriptions.TryGetValue(notification.SubscriptionId, out var subscription))
        {
            return (null, "for unknown subscriptions");
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(subscription.ClientState), Encoding.UTF8.GetBytes(notification.ClientState))
            ? (subscription, null)
            : (null, "with a wrong clientState");
    }

    private static async Task<(IReadOnlyList<ChangeNotification>? Value, ProblemHttpResult? Problem)> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        // Bounded whatever the server enforces: never more than MaxBodyBytes is read.
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return (null, TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large", detail: $"Notification bodies are at most {MaxBodyBytes / 1024} KiB."));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            buffer.Position = 0;
            var batch = await JsonSerializer.DeserializeAsync(buffer, NotificationJson.Default.ChangeNotificationBatch, cancellationToken).ConfigureAwait(false);
            // {"value":[null]} is not a notification: refused like any other malformed body.
            if (batch?.Value is { Count: <= MaxNotifications } value && !value.Contains(null!))
            {
                return (value, null);
            }
        }
        catch (JsonException)
        {
            // below
        }

        return (null, TypedResults.Problem(statusCode: 400, title: "Not a notification", detail: $"Expected {{\"value\":[...]}} with at most {MaxNotifications} notifications."));
    }

    private static string? EventIdFromResource(string? resource)
    {
        // "Users/{userId}/Events/{eventId}"
        var parts = resource?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: >= 2 } && parts[^2].Equals("events", StringComparison.OrdinalIgnoreCase) ? parts[^1] : null;
    }
}

/// <summary>What the notification endpoints need.</summary>
internal sealed record NotificationServices(ServiceDbContext Db, WorkQueue Queue, TimeProvider Time, ILogger<NotificationServicesCategory> Logger, RejectedNotifications Rejected);

/// <summary>
/// Notification requests that fail validation, counted per source address: past the limit such requests get 429
/// (cheaply, without the work of checking them). Valid notifications are never limited: Graph sends from few addresses,
/// and a refused valid notification is a missed change.
/// </summary>
internal sealed class RejectedNotifications(Microsoft.Extensions.Options.IOptions<JobsOptions> options, TimeProvider timeProvider)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (DateTimeOffset Window, int Count)> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts a rejected request from its source; a 429 when the source is over its limit, else null.</summary>
    public ProblemHttpResult? Refuse(HttpContext http, ILogger logger, string why)
    {
        var source = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var now = timeProvider.GetUtcNow();
        var window = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        var (_, count) = _counts.AddOrUpdate(source, _ => (window, 1), (_, current) => current.Window == window ? (window, current.Count + 1) : (window, 1));
        if (_counts.Count > 10_000)
        {
            foreach (var old in _counts.Where(c => c.Value.Window < window).Select(c => c.Key).ToList())
            {
                _counts.TryRemove(old, out _);
            }
        }

        if (count <= options.Value.RejectedNotificationsPerMinute)
        {
            return null;
        }

        if (count == options.Value.RejectedNotificationsPerMinute + 1)
        {
            Log.NotificationSourceLimited(logger, why);
        }

        http.Response.Headers.RetryAfter = "60";
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many invalid notifications", detail: "Slow down: try again in a minute.");
    }
}

/// <summary>The log category of the notification endpoints.</summary>
internal sealed class NotificationServicesCategory;

/// <summary>Graph's notification envelope.</summary>
internal sealed record ChangeNotificationBatch([property: JsonPropertyName("value")] List<ChangeNotification>? Value);

/// <summary>One change or lifecycle notification (only the fields the service reads).</summary>
internal sealed record ChangeNotification(
    [property: JsonPropertyName("subscriptionId")] string? SubscriptionId,
    [property: JsonPropertyName("clientState")] string? ClientState,
    [property: JsonPropertyName("changeType")] string? ChangeType,
    [property: JsonPropertyName("resource")] string? Resource,
    [property: JsonPropertyName("resourceData")] ResourceData? ResourceData,
    [property: JsonPropertyName("lifecycleEvent")] string? LifecycleEvent);

/// <summary>The changed item's id.</summary>
internal sealed record ResourceData([property: JsonPropertyName("id")] string? Id);

[JsonSerializable(typeof(ChangeNotificationBatch))]
internal sealed partial class NotificationJson : JsonSerializerContext;
