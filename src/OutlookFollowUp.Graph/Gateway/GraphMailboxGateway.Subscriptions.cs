using Microsoft.Kiota.Abstractions;
using GraphModels = Microsoft.Graph.Models;

namespace OutlookFollowUp.Graph.Gateway;

/// <summary>A change-notification subscription as Graph confirmed it.</summary>
public sealed record SubscriptionInfo(string Id, DateTimeOffset ExpiresAt);

/// <summary>Graph change-notification subscriptions on the user's events (service only).</summary>
public interface ISubscriptionGateway
{
    /// <summary>
    /// Subscribes to created/updated/deleted events. Not retried: a subscription has no key to look up, and a lost
    /// response at worst leaves a duplicate that expires by itself (notifications are idempotent for us anyway).
    /// </summary>
    Task<SubscriptionInfo> CreateEventSubscriptionAsync(Uri notificationUrl, Uri lifecycleNotificationUrl, string clientState, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Extends a subscription (this also reauthorizes it); returns the expiry Graph granted, or null when it no longer exists.</summary>
    Task<DateTimeOffset?> RenewSubscriptionAsync(string subscriptionId, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Answers a reauthorizationRequired lifecycle event.</summary>
    Task ReauthorizeSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken);

    /// <summary>Deletes a subscription; one that no longer exists is fine.</summary>
    Task DeleteSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken);
}

/// <summary>Everything the service does with one mailbox: the gateway plus subscriptions.</summary>
public interface IServiceMailbox : IMailboxGateway, ISubscriptionGateway;

public sealed partial class GraphMailboxGateway : IServiceMailbox
{
    public Task<SubscriptionInfo> CreateEventSubscriptionAsync(Uri notificationUrl, Uri lifecycleNotificationUrl, string clientState, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notificationUrl);
        ArgumentNullException.ThrowIfNull(lifecycleNotificationUrl);
        return Guard("subscribing to calendar changes", async () =>
        {
            var created = await _client.Subscriptions.PostAsync(new GraphModels.Subscription
            {
                ChangeType = "created,updated,deleted",
                NotificationUrl = notificationUrl.AbsoluteUri,
                LifecycleNotificationUrl = lifecycleNotificationUrl.AbsoluteUri,
                Resource = "/me/events",
                ExpirationDateTime = expiresAt,
                ClientState = clientState,
            }, rc => rc.Headers.Add("Prefer", PreferImmutableIds), cancellationToken).ConfigureAwait(false);
            return new SubscriptionInfo(
                created?.Id ?? throw new Resilience.GraphRefusedException("Graph created a subscription without an id.", 201),
                created.ExpirationDateTime ?? expiresAt);
        }, cancellationToken);
    }

    public Task<DateTimeOffset?> RenewSubscriptionAsync(string subscriptionId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        GraphItemId.Require(subscriptionId, "subscriptionId");
        return Guard("renewing a subscription", async () =>
        {
            try
            {
                var renewed = await _resilience.ExecuteAsync(async token => await _client.Subscriptions[subscriptionId]
                    .PatchAsync(new GraphModels.Subscription { ExpirationDateTime = expiresAt }, cancellationToken: token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                return (DateTimeOffset?)(renewed?.ExpirationDateTime ?? expiresAt);
            }
            catch (ApiException ex) when (ex.ResponseStatusCode == 404)
            {
                return null;
            }
        }, cancellationToken);
    }

    public Task ReauthorizeSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        GraphItemId.Require(subscriptionId, "subscriptionId");
        return Guard("reauthorizing a subscription", async () => await _resilience.ExecuteAsync(async token =>
        {
            await _client.Subscriptions[subscriptionId].Reauthorize.PostAsync(cancellationToken: token).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false), cancellationToken);
    }

    public Task DeleteSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        GraphItemId.Require(subscriptionId, "subscriptionId");
        return Guard("deleting a subscription", async () =>
        {
            try
            {
                await _resilience.ExecuteAsync(async token =>
                {
                    await _client.Subscriptions[subscriptionId].DeleteAsync(cancellationToken: token).ConfigureAwait(false);
                    return true;
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException ex) when (ex.ResponseStatusCode == 404)
            {
                // already gone
            }
        }, cancellationToken);
    }
}
