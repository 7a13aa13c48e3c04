using System.Globalization;
using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Routing;

namespace OutlookFollowUp.Simulator.Subscriptions;

/// <summary>
/// POST/GET/PATCH/DELETE /subscriptions and POST /subscriptions/{id}/reauthorize, with the validation handshake and the
/// lifetime cap; plus the test-facing delivery of change and lifecycle notifications.
/// </summary>
internal sealed class SubscriptionHandlers(MailboxContext context, NotificationSender sender)
{
    private const string ApplicationId = "24f3bbd2-0d5c-4d86-9d8e-3a6e8a2f6b11";
    private static readonly HashSet<string> ChangeTypes = new(StringComparer.Ordinal) { "created", "updated", "deleted" };

    public void Map(Router router)
    {
        router.Map("POST", "subscriptions", CreateAsync);
        router.Map("GET", "subscriptions", (r, _, _) => Task.FromResult(List(r)));
        router.Map("GET", "subscriptions/{id}", (_, v, _) => Task.FromResult(
            context.Subscriptions.Get(v["id"], context.Now) is { } s ? GraphResponse.Ok(s) : NotFound()));
        router.Map("PATCH", "subscriptions/{id}", (r, v, _) => Task.FromResult(Renew(r, v["id"])));
        router.Map("DELETE", "subscriptions/{id}", (_, v, _) => Task.FromResult(
            context.Subscriptions.Delete(v["id"]) ? GraphResponse.NoContent() : NotFound()));
        router.Map("POST", "subscriptions/{id}/reauthorize", (_, v, _) => Task.FromResult(
            context.Subscriptions.Get(v["id"], context.Now) is null ? NotFound() : GraphResponse.NoContent()));
    }

    public async Task<IReadOnlyList<NotificationDelivery>> NotifyEventChangeAsync(string eventId, ChangeType changeType, CancellationToken cancellationToken)
    {
        var change = changeType.ToString().ToLowerInvariant();
        var resource = $"Users/{context.MeId}/Events/{eventId}";
        var deliveries = new List<NotificationDelivery>();
        foreach (var subscription in context.Subscriptions.Snapshot(context.Now))
        {
            var types = (GraphJson.GetString(subscription, "changeType") ?? string.Empty).Split(',', StringSplitOptions.TrimEntries);
            if (!types.Contains(change, StringComparer.OrdinalIgnoreCase) || !IsEventResource(GraphJson.GetString(subscription, "resource")))
            {
                continue;
            }

            var notification = new JsonObject
            {
                ["subscriptionId"] = GraphJson.GetString(subscription, "id"),
                ["subscriptionExpirationDateTime"] = GraphJson.GetString(subscription, "expirationDateTime"),
                ["changeType"] = change,
                ["resource"] = resource,
                ["resourceData"] = new JsonObject
                {
                    ["@odata.type"] = "#Microsoft.Graph.Event",
                    ["@odata.id"] = resource,
                    ["@odata.etag"] = GraphJson.NewETag(),
                    ["id"] = eventId,
                },
                ["clientState"] = GraphJson.GetString(subscription, "clientState"),
                ["tenantId"] = context.Options.TenantId,
            };
            deliveries.Add(await DeliverAsync(subscription, "notificationUrl", notification, cancellationToken).ConfigureAwait(false));
        }

        return deliveries;
    }

    public async Task<NotificationDelivery> SendLifecycleNotificationAsync(string subscriptionId, LifecycleEvent lifecycleEvent, CancellationToken cancellationToken)
    {
        var subscription = context.Subscriptions.Get(subscriptionId, context.Now)
            ?? throw new KeyNotFoundException($"No active subscription with id '{subscriptionId}'.");
        if (string.IsNullOrEmpty(GraphJson.GetString(subscription, "lifecycleNotificationUrl")))
        {
            throw new InvalidOperationException($"Subscription '{subscriptionId}' has no lifecycleNotificationUrl, so Graph would not send it lifecycle notifications.");
        }

        var name = lifecycleEvent switch
        {
            LifecycleEvent.ReauthorizationRequired => "reauthorizationRequired",
            LifecycleEvent.SubscriptionRemoved => "subscriptionRemoved",
            _ => "missed",
        };
        var notification = new JsonObject
        {
            ["subscriptionId"] = subscriptionId,
            ["subscriptionExpirationDateTime"] = GraphJson.GetString(subscription, "expirationDateTime"),
            ["tenantId"] = context.Options.TenantId,
            ["clientState"] = GraphJson.GetString(subscription, "clientState"),
            ["lifecycleEvent"] = name,
        };
        if (lifecycleEvent == LifecycleEvent.SubscriptionRemoved)
        {
            context.Subscriptions.Delete(subscriptionId);
        }

        return await DeliverAsync(subscription, "lifecycleNotificationUrl", notification, cancellationToken).ConfigureAwait(false);
    }

    private async Task<NotificationDelivery> DeliverAsync(JsonObject subscription, string urlProperty, JsonObject notification, CancellationToken cancellationToken)
    {
        var url = new Uri(GraphJson.GetString(subscription, urlProperty)!);
        var body = new JsonObject { ["value"] = new JsonArray(notification) };
        var status = await sender.DeliverAsync(url, body, cancellationToken).ConfigureAwait(false);
        return new NotificationDelivery(GraphJson.GetString(subscription, "id")!, url, status);
    }

    private static bool IsEventResource(string? resource) =>
        resource is not null && resource.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Any(s => string.Equals(s, "events", StringComparison.OrdinalIgnoreCase));

    private static GraphResponse NotFound() => GraphResponse.Error(404, "ResourceNotFound", "The object was not found.");

    private GraphResponse List(GraphRequest request)
    {
        var headers = new GraphResponseHeaders();
        var all = context.Subscriptions.Snapshot(context.Now).ToList();
        return GraphResponse.Ok(ODataQuery.Page(request, all, 100, headers, "subscriptions"));
    }

    private async Task<GraphResponse> CreateAsync(GraphRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        var input = GraphJson.ParseObjectBody(request.Body);
        var changeType = GraphJson.GetString(input, "changeType");
        if (string.IsNullOrWhiteSpace(changeType)
            || !changeType.Split(',', StringSplitOptions.TrimEntries).All(ChangeTypes.Contains))
        {
            throw GraphErrorException.BadRequest($"Invalid changeType '{changeType}': use created, updated and/or deleted, comma-separated.", "InvalidRequest");
        }

        var notificationUrl = RequireUrl(input, "notificationUrl", required: true)!;
        var lifecycleUrl = RequireUrl(input, "lifecycleNotificationUrl", required: false);
        var resource = GraphJson.GetString(input, "resource");
        if (string.IsNullOrWhiteSpace(resource))
        {
            throw GraphErrorException.BadRequest("The subscription resource is required.", "InvalidRequest");
        }

        var clientState = GraphJson.GetString(input, "clientState");
        if (clientState?.Length > 128)
        {
            throw GraphErrorException.BadRequest("clientState must be at most 128 characters.", "InvalidRequest");
        }

        var expiration = CappedExpiration(input);
        if (context.Options.ValidateSubscriptionEndpoints)
        {
            foreach (var url in new[] { notificationUrl, lifecycleUrl }.OfType<Uri>())
            {
                if (!await sender.ValidateAsync(url, cancellationToken).ConfigureAwait(false))
                {
                    throw GraphErrorException.BadRequest(
                        "Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.", "ValidationError");
                }
            }
        }

        var subscription = new JsonObject
        {
            ["@odata.context"] = $"{request.Origin}/v1.0/$metadata#subscriptions/$entity",
            ["id"] = IdFactory.Guid36(),
            ["resource"] = resource,
            ["applicationId"] = ApplicationId,
            ["changeType"] = changeType,
            ["clientState"] = clientState,
            ["notificationUrl"] = notificationUrl.ToString(),
            ["notificationQueryOptions"] = null,
            ["lifecycleNotificationUrl"] = lifecycleUrl?.ToString(),
            ["expirationDateTime"] = Iso(expiration),
            ["creatorId"] = context.MeId,
            ["includeResourceData"] = false,
            ["latestSupportedTlsVersion"] = "v1_2",
            ["encryptionCertificate"] = null,
            ["encryptionCertificateId"] = null,
            ["notificationUrlAppId"] = null,
        };
        context.Subscriptions.Add(subscription);
        return GraphResponse.Created(subscription);
    }

    private GraphResponse Renew(GraphRequest request, string id)
    {
        var input = GraphJson.ParseObjectBody(request.Body);
        var expiration = CappedExpiration(input);
        var updated = context.Subscriptions.Update(id, context.Now, s => s["expirationDateTime"] = Iso(expiration));
        return updated is null ? NotFound() : GraphResponse.Ok(updated);
    }

    private DateTimeOffset CappedExpiration(JsonObject input)
    {
        var text = GraphJson.GetString(input, "expirationDateTime");
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var requested))
        {
            throw GraphErrorException.BadRequest($"Invalid expirationDateTime '{text}'.", "InvalidRequest");
        }

        var now = context.Now;
        if (requested <= now)
        {
            throw GraphErrorException.BadRequest("Subscription expiration must be in the future.", "InvalidRequest");
        }

        var max = now + context.Options.MaxSubscriptionLifetime;
        return requested > max ? max : requested;
    }

    private static Uri? RequireUrl(JsonObject input, string name, bool required)
    {
        var text = GraphJson.GetString(input, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return required ? throw GraphErrorException.BadRequest($"{name} is required.", "InvalidRequest") : null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw GraphErrorException.BadRequest($"{name} must be an absolute http(s) URL.", "InvalidRequest");
        }

        return url;
    }

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
