using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Jobs;

namespace OutlookFollowUp.Api.Tests;

public sealed class NotificationsTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private readonly ApiHost _host = fixture.Host;

    [Theory]
    [InlineData("/api/notifications")]
    [InlineData("/api/notifications/lifecycle")]
    public async Task Handshake_EchoesTheTokenAsPlainText(string path)
    {
        using var client = _host.Anonymous();
        const string token = "Validation: Token <script>alert(1)</script> & more";

        using var response = await client.PostAsync($"{path}?validationToken={Uri.EscapeDataString(token)}", new StringContent("", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(token, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Notification_WithWrongClientState_IsAcknowledgedAndIgnored()
    {
        var (userKey, subscription) = await SubscribedUserAsync("30000000-0000-4000-8000-000000000001");
        var before = await PendingAsync(userKey);

        using var response = await PostNotificationAsync(subscription.Id, "not-the-secret", Seed.NodEvent);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(before, await PendingAsync(userKey));
    }

    [Fact]
    public async Task Notification_ForUnknownSubscription_IsIgnored()
    {
        using var response = await PostNotificationAsync("no-such-subscription", "whatever", Seed.NodEvent);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Notification_Valid_QueuesWork_DuplicatesAreHarmless()
    {
        var (userKey, subscription) = await SubscribedUserAsync("30000000-0000-4000-8000-000000000002");
        await DrainAsync();

        using var first = await PostNotificationAsync(subscription.Id, subscription.ClientState, Seed.LucerneEvent);
        using var second = await PostNotificationAsync(subscription.Id, subscription.ClientState, Seed.LucerneEvent);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var pending = await db.WorkItems.Where(w => w.UserId == userKey && w.CompletedAt == null && w.Kind == WorkKinds.EventChanged).ToListAsync();
        Assert.Single(pending);
        Assert.Equal(Seed.LucerneEvent, pending[0].Subject);
    }

    [Fact]
    public async Task Notification_ForAnEndedInterview_LeadsToItsDraftsExactlyOnce()
    {
        var (_, subscription) = await SubscribedUserAsync("30000000-0000-4000-8000-000000000003");
        await DrainAsync();
        // A new interview appears in the calendar (and ended an hour ago); Graph notifies, twice.
        var eventId = _host.MailboxOf("30000000-0000-4000-8000-000000000003").AddEvent(NewInterview("AAMkNotifiedInterview1", "ICAL-NOTIFIED-1", ApiHost.SeedNow.AddHours(-1)));

        await PostNotificationAsync(subscription.Id, subscription.ClientState, eventId);
        await PostNotificationAsync(subscription.Id, subscription.ClientState, eventId);
        await DrainAsync();
        var afterFirst = DraftsWithKey("30000000-0000-4000-8000-000000000003", "thankyou:ICAL-NOTIFIED-1").Count;
        await PostNotificationAsync(subscription.Id, subscription.ClientState, eventId);
        await DrainAsync();

        Assert.Equal(1, afterFirst);
        Assert.Single(DraftsWithKey("30000000-0000-4000-8000-000000000003", "thankyou:ICAL-NOTIFIED-1"));
    }

    [Fact]
    public async Task Notification_ForAFutureInterview_WaitsForItsEnd()
    {
        // Its own host: this test moves the clock.
        await using var host = new ApiHost();
        var tests = new NotificationsTests(new ApiHostFixture(host));
        var (userKey, subscription) = await tests.SubscribedUserAsync("30000000-0000-4000-8000-000000000008");
        await tests.DrainAsync();
        var eventId = host.MailboxOf("30000000-0000-4000-8000-000000000008").AddEvent(NewInterview("AAMkNotifiedInterview2", "ICAL-NOTIFIED-2", ApiHost.SeedNow.AddHours(3)));

        await tests.PostNotificationAsync(subscription.Id, subscription.ClientState, eventId);
        await tests.DrainAsync();
        var before = tests.DraftsWithKey("30000000-0000-4000-8000-000000000008", "thankyou:ICAL-NOTIFIED-2").Count;
        host.Clock.Advance(TimeSpan.FromHours(3) + TimeSpan.FromMinutes(2));
        await tests.DrainAsync();

        Assert.Equal(0, before);
        Assert.Single(tests.DraftsWithKey("30000000-0000-4000-8000-000000000008", "thankyou:ICAL-NOTIFIED-2"));
        Assert.Equal(0, await tests.PendingAsync(userKey));
    }

    [Fact]
    public async Task Lifecycle_ReauthorizationRequired_Reauthorizes()
    {
        var (_, subscription) = await SubscribedUserAsync("30000000-0000-4000-8000-000000000004");
        await DrainAsync();
        _host.MailboxOf("30000000-0000-4000-8000-000000000004").ClearLog();

        using var response = await PostLifecycleAsync(subscription.Id, subscription.ClientState, "reauthorizationRequired");
        await DrainAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains(_host.MailboxOf("30000000-0000-4000-8000-000000000004").GetRequestLog(), r => r.Method == "POST" && r.PathAndQuery.Contains($"/subscriptions/{subscription.Id}/reauthorize", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lifecycle_SubscriptionRemoved_Resubscribes()
    {
        var (userKey, subscription) = await SubscribedUserAsync("30000000-0000-4000-8000-000000000005");
        await DrainAsync();

        await PostLifecycleAsync(subscription.Id, subscription.ClientState, "subscriptionRemoved");
        await DrainAsync();

        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var now = await db.Subscriptions.Where(s => s.UserId == userKey).ToListAsync();
        var replacement = Assert.Single(now);
        Assert.NotEqual(subscription.Id, replacement.Id);
    }

    [Fact]
    public async Task Lifecycle_Missed_QueuesACatchUpScan()
    {
        var (userKey, subscription) = await SubscribedUserAsync("30000000-0000-4000-8000-000000000006");
        await DrainAsync();

        await PostLifecycleAsync(subscription.Id, subscription.ClientState, "missed");

        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        Assert.True(await db.WorkItems.AnyAsync(w => w.UserId == userKey && w.Kind == WorkKinds.Scan && w.CompletedAt == null));
    }

    [Fact]
    public async Task Lifecycle_WrongClientState_IsIgnored()
    {
        var (userKey, subscription) = await SubscribedUserAsync("30000000-0000-4000-8000-000000000007");
        await DrainAsync();

        await PostLifecycleAsync(subscription.Id, "forged", "subscriptionRemoved");

        Assert.Equal(0, await PendingAsync(userKey));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"value\": 5}")]
    [InlineData("[]")]
    public async Task Notification_Malformed_Is400ProblemDetails(string body)
    {
        using var client = _host.Anonymous();
        using var response = await client.PostAsync("/api/notifications", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task Notification_TooManyItems_Is400()
    {
        var items = new JsonArray(Enumerable.Range(0, 1001).Select(_ => (JsonNode)new JsonObject { ["subscriptionId"] = "x", ["clientState"] = "y" }).ToArray());
        using var client = _host.Anonymous();
        using var response = await client.PostAsync("/api/notifications", new StringContent(new JsonObject { ["value"] = items }.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Notification_OversizedBody_IsRejected()
    {
        using var client = _host.Anonymous();
        var huge = "{\"value\":[{\"subscriptionId\":\"" + new string('a', 2 * 1024 * 1024) + "\"}]}";
        using var response = await client.PostAsync("/api/notifications", new StringContent(huge, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private async Task<(string UserKey, SubscriptionRecord Subscription)> SubscribedUserAsync(string objectId)
    {
        using var client = _host.As(objectId);
        using var response = await client.PutJsonAsync("/api/settings", new { autoMode = true });
        response.EnsureSuccessStatusCode();
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var key = ApiHost.UserKey(objectId);
        return (key, await db.Subscriptions.AsNoTracking().SingleAsync(s => s.UserId == key));
    }

    private async Task<int> PendingAsync(string userKey)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceDbContext>().WorkItems.CountAsync(w => w.UserId == userKey && w.CompletedAt == null);
    }

    private Task DrainAsync() => _host.Services.GetRequiredService<AutomationWorker>().RunOnceAsync(CancellationToken.None);

    private async Task<HttpResponseMessage> PostNotificationAsync(string subscriptionId, string clientState, string eventId)
    {
        var body = new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject
            {
                ["subscriptionId"] = subscriptionId,
                ["subscriptionExpirationDateTime"] = "2026-11-23T00:00:00Z",
                ["changeType"] = "updated",
                ["resource"] = $"Users/00000000-0000-4000-8000-0000000a0a0a/Events/{eventId}",
                ["resourceData"] = new JsonObject { ["@odata.type"] = "#Microsoft.Graph.Event", ["@odata.id"] = $"Users/x/Events/{eventId}", ["id"] = eventId },
                ["clientState"] = clientState,
                ["tenantId"] = TestTokens.TenantA,
            }),
        };
        using var client = _host.Anonymous();
        return await client.PostAsync("/api/notifications", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    private async Task<HttpResponseMessage> PostLifecycleAsync(string subscriptionId, string clientState, string lifecycleEvent)
    {
        var body = new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject
            {
                ["subscriptionId"] = subscriptionId,
                ["lifecycleEvent"] = lifecycleEvent,
                ["clientState"] = clientState,
                ["tenantId"] = TestTokens.TenantA,
            }),
        };
        using var client = _host.Anonymous();
        return await client.PostAsync("/api/notifications/lifecycle", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    private List<JsonObject> DraftsWithKey(string objectId, string prefix) =>
        _host.MailboxOf(objectId).GetDrafts().Where(d => KeyOf(d).StartsWith(prefix, StringComparison.Ordinal)).ToList();

    private static JsonObject NewInterview(string id, string iCalUId, DateTimeOffset end) => new()
    {
        ["id"] = id,
        ["iCalUId"] = iCalUId,
        ["subject"] = "Interview: Research Analyst - Trey Research",
        ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "<p>We will let you know within two weeks.</p>" },
        ["start"] = new JsonObject { ["dateTime"] = end.AddHours(-1).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
        ["end"] = new JsonObject { ["dateTime"] = end.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
        ["isAllDay"] = false,
        ["isCancelled"] = false,
        ["isOrganizer"] = false,
        ["type"] = "singleInstance",
        ["organizer"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = "Kai Lund", ["address"] = "kai.lund@treyresearch.net" } },
        ["attendees"] = new JsonArray(new JsonObject
        {
            ["type"] = "required",
            ["status"] = new JsonObject { ["response"] = "accepted" },
            ["emailAddress"] = new JsonObject { ["name"] = "Ana Souza", ["address"] = "ana.souza@outlook.com" },
        }),
    };

    private static string KeyOf(JsonObject draft) =>
        draft["singleValueExtendedProperties"]?.AsArray().Select(p => p?["value"]?.GetValue<string>()).FirstOrDefault(v => v is not null) ?? "";
}
