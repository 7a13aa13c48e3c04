using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookFollowUp.Simulator.Tests.Infrastructure;

namespace OutlookFollowUp.Simulator.Tests.Subscriptions;

public sealed class SubscriptionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 17, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CreateSubscription_ListenerEchoesToken_HandshakeThenCreatedWithCappedExpiry()
    {
        using var listener = new NotificationListener();
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed(), new SimulatorOptions { TimeProvider = new FakeTimeProvider(Now) });

        var created = await Graph.Client(sim).Subscriptions.PostAsync(new Subscription
        {
            ChangeType = "created,updated,deleted",
            NotificationUrl = listener.Url.ToString(),
            LifecycleNotificationUrl = listener.LifecycleUrl.ToString(),
            Resource = "/me/events",
            ExpirationDateTime = Now.AddDays(30),
            ClientState = "secret-state",
        });

        Assert.False(string.IsNullOrEmpty(created!.Id));
        Assert.Equal(Now.AddMinutes(10080), created.ExpirationDateTime);
        Assert.Equal("secret-state", created.ClientState);
        Assert.Equal(2, listener.ValidationTokens.Count); // notification and lifecycle URLs
        Assert.All(listener.ValidationTokens, t => Assert.StartsWith("Validation: ", t, StringComparison.Ordinal));
        Assert.Single(sim.GetSubscriptions());
    }

    [Fact]
    public async Task CreateSubscription_ListenerDoesNotEcho_Returns400AndCreatesNothing()
    {
        using var listener = new NotificationListener(echoValidationToken: false);
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());

        var ex = await Assert.ThrowsAsync<ODataError>(() => Graph.Client(sim).Subscriptions.PostAsync(NewSubscription(listener.Url)));

        Assert.Equal(400, ex.ResponseStatusCode);
        Assert.Equal("ValidationError", ex.Error!.Code);
        Assert.Empty(sim.GetSubscriptions());
    }

    [Fact]
    public async Task CreateSubscription_NoListenerButValidationOff_Created()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed(), new SimulatorOptions { ValidateSubscriptionEndpoints = false });

        var created = await Graph.Client(sim).Subscriptions.PostAsync(NewSubscription(new Uri("https://example.invalid/api/notifications")));

        Assert.NotNull(created!.Id);
    }

    [Fact]
    public async Task CreateSubscription_ClientStateTooLong_Returns400()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed(), new SimulatorOptions { ValidateSubscriptionEndpoints = false });
        var subscription = NewSubscription(new Uri("https://example.invalid/n"));
        subscription.ClientState = new string('x', 129);

        var ex = await Assert.ThrowsAsync<ODataError>(() => Graph.Client(sim).Subscriptions.PostAsync(subscription));

        Assert.Equal(400, ex.ResponseStatusCode);
    }

    [Fact]
    public async Task RenewReauthorizeDelete_ExistingSubscription_BehaveLikeGraph()
    {
        var clock = new FakeTimeProvider(Now);
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed(), new SimulatorOptions { TimeProvider = clock, ValidateSubscriptionEndpoints = false });
        var graph = Graph.Client(sim);
        var created = await graph.Subscriptions.PostAsync(NewSubscription(new Uri("https://example.invalid/n"), Now));
        clock.Advance(TimeSpan.FromDays(1));

        var renewed = await graph.Subscriptions[created!.Id].PatchAsync(new Subscription { ExpirationDateTime = clock.GetUtcNow().AddDays(10) });
        await graph.Subscriptions[created.Id].Reauthorize.PostAsync();
        await graph.Subscriptions[created.Id].DeleteAsync();
        var ex = await Assert.ThrowsAsync<ODataError>(() => graph.Subscriptions[created.Id].PatchAsync(new Subscription { ExpirationDateTime = clock.GetUtcNow().AddDays(1) }));

        Assert.Equal(clock.GetUtcNow().AddMinutes(10080), renewed!.ExpirationDateTime);
        Assert.Equal(404, ex.ResponseStatusCode);
        Assert.Empty(sim.GetSubscriptions());
        Assert.Contains(sim.GetRequestLog(), e => e is { Method: "POST", StatusCode: 204 } && e.PathAndQuery.EndsWith("/reauthorize", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Subscription_ExpiryPasses_Disappears()
    {
        var clock = new FakeTimeProvider(Now);
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed(), new SimulatorOptions { TimeProvider = clock, ValidateSubscriptionEndpoints = false });
        var subscription = NewSubscription(new Uri("https://example.invalid/n"), Now);
        subscription.ExpirationDateTime = Now.AddHours(1);
        await Graph.Client(sim).Subscriptions.PostAsync(subscription);

        clock.Advance(TimeSpan.FromHours(2));

        Assert.Empty(sim.GetSubscriptions());
    }

    [Fact]
    public async Task NotifyEventChange_MatchingSubscription_PostsGraphNotificationShape()
    {
        using var listener = new NotificationListener();
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var graph = Graph.Client(sim);
        var created = await graph.Subscriptions.PostAsync(NewSubscription(listener.Url));
        var messagesOnly = NewSubscription(listener.Url);
        messagesOnly.Resource = "/me/messages";
        await graph.Subscriptions.PostAsync(messagesOnly);

        var deliveries = await sim.NotifyEventChangeAsync("AAMkAGFD8D214964D4507A8266F92F1CFCE0736A39D2C4", ChangeType.Updated);

        var delivery = Assert.Single(deliveries);
        Assert.True(delivery.Succeeded);
        var (path, body) = Assert.Single(listener.Notifications);
        Assert.Equal("/api/notifications", path);
        var notification = JsonNode.Parse(body)!["value"]![0]!;
        Assert.Equal(created!.Id, notification["subscriptionId"]!.GetValue<string>());
        Assert.Equal("updated", notification["changeType"]!.GetValue<string>());
        Assert.Equal("secret", notification["clientState"]!.GetValue<string>());
        Assert.Equal("AAMkAGFD8D214964D4507A8266F92F1CFCE0736A39D2C4", notification["resourceData"]!["id"]!.GetValue<string>());
        Assert.Equal("#Microsoft.Graph.Event", notification["resourceData"]!["@odata.type"]!.GetValue<string>());
        Assert.EndsWith("/Events/AAMkAGFD8D214964D4507A8266F92F1CFCE0736A39D2C4", notification["resource"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(notification["tenantId"]);
        Assert.NotNull(notification["subscriptionExpirationDateTime"]);
    }

    [Fact]
    public async Task SendLifecycleNotification_SubscriptionRemoved_PostsToLifecycleUrlAndRemovesIt()
    {
        using var listener = new NotificationListener();
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var subscription = NewSubscription(listener.Url);
        subscription.LifecycleNotificationUrl = listener.LifecycleUrl.ToString();
        var created = await Graph.Client(sim).Subscriptions.PostAsync(subscription);

        var reauthorize = await sim.SendLifecycleNotificationAsync(created!.Id!, LifecycleEvent.ReauthorizationRequired);
        var removed = await sim.SendLifecycleNotificationAsync(created.Id!, LifecycleEvent.SubscriptionRemoved);

        Assert.True(reauthorize.Succeeded && removed.Succeeded);
        var bodies = listener.Notifications.Select(n => JsonNode.Parse(n.Body)!["value"]![0]!).ToList();
        Assert.Equal(["reauthorizationRequired", "subscriptionRemoved"], bodies.Select(b => b["lifecycleEvent"]!.GetValue<string>()));
        Assert.All(listener.Notifications, n => Assert.Equal("/api/notifications/lifecycle", n.Path));
        Assert.Empty(sim.GetSubscriptions());
    }

    private static Subscription NewSubscription(Uri notificationUrl, DateTimeOffset? now = null) => new()
    {
        ChangeType = "created,updated,deleted",
        NotificationUrl = notificationUrl.ToString(),
        Resource = "/me/events",
        ExpirationDateTime = (now ?? DateTimeOffset.UtcNow).AddDays(2),
        ClientState = "secret",
    };
}
