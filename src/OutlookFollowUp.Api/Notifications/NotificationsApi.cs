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
        if (batch is null)
        {
            return TypedResults.Problem(statusCode: 400, title: "Not a change notification", detail: $"Expected {{\"value\":[...]}} with at most {MaxNotifications} notifications.");
        }

        var accepted = 0;
        foreach (var notification in batch)
        {
            if (await SubscriptionOfAsync(notification, services, cancellationToken).ConfigureAwait(false) is not { } subscription)
            {
                continue;
            }

            var eventId = notification.ResourceData?.Id ?? EventIdFromResource(notification.Resource);
            if (string.IsNullOrEmpty(eventId) || eventId.Length > 512)
            {
                Log.NotificationIgnored(services.Logger, "no event id");
                continue;
            }

            // Duplicates (Graph retries, replays) collapse into the one pending item for this event.
            await services.Queue.EnqueueAsync(subscription.UserId, WorkKinds.EventChanged, eventId, services.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            accepted++;
        }

        Log.NotificationsAccepted(services.Logger, accepted);
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
        if (batch is null)
        {
            return TypedResults.Problem(statusCode: 400, title: "Not a lifecycle notification", detail: $"Expected {{\"value\":[...]}} with at most {MaxNotifications} notifications.");
        }

        var now = services.Time.GetUtcNow();
        foreach (var notification in batch)
        {
            if (await SubscriptionOfAsync(notification, services, cancellationToken).ConfigureAwait(false) is not { } subscription)
            {
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
                    Log.NotificationIgnored(services.Logger, "unknown lifecycle event");
                    break;
            }
        }

        return TypedResults.Accepted((string?)null);
    }

    /// <summary>The validation handshake: the URL-decoded token back as plain text (never as HTML), within 10 seconds.</summary>
    private static Results<ContentHttpResult, Accepted, ProblemHttpResult> Echo(string token) =>
        token.Length is 0 or > 1024
            ? TypedResults.Problem(statusCode: 400, title: "Invalid validation token")
            : TypedResults.Text(token, "text/plain", Encoding.UTF8);

    private static async Task<SubscriptionRecord?> SubscriptionOfAsync(ChangeNotification notification, NotificationServices services, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(notification.SubscriptionId) || notification.SubscriptionId.Length > 200 || notification.ClientState is null || notification.ClientState.Length > 128)
        {
            Log.NotificationIgnored(services.Logger, "missing or oversized subscription id or clientState");
            return null;
        }

        var subscription = await services.Db.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == notification.SubscriptionId, cancellationToken).ConfigureAwait(false);
        if (subscription is null)
        {
            Log.NotificationIgnored(services.Logger, "unknown subscription");
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(subscription.ClientState), Encoding.UTF8.GetBytes(notification.ClientState)))
        {
            Log.NotificationIgnored(services.Logger, "clientState does not match");
            return null;
        }

        return subscription;
    }

    private static async Task<IReadOnlyList<ChangeNotification>?> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        // Bounded whatever the server enforces: never more than MaxBodyBytes is read.
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw new BadHttpRequestException("The notification body is too large.", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            buffer.Position = 0;
            var batch = await JsonSerializer.DeserializeAsync(buffer, NotificationJson.Default.ChangeNotificationBatch, cancellationToken).ConfigureAwait(false);
            // {"value":[null]} is not a notification: refused like any other malformed body.
            return batch?.Value is { Count: <= MaxNotifications } value && !value.Contains(null!) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? EventIdFromResource(string? resource)
    {
        // "Users/{userId}/Events/{eventId}"
        var parts = resource?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: >= 2 } && parts[^2].Equals("events", StringComparison.OrdinalIgnoreCase) ? parts[^1] : null;
    }
}

/// <summary>What the notification endpoints need.</summary>
internal sealed record NotificationServices(ServiceDbContext Db, WorkQueue Queue, TimeProvider Time, ILogger<NotificationServicesCategory> Logger);

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
