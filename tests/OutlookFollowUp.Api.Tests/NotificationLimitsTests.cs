using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Jobs;

namespace OutlookFollowUp.Api.Tests;

/// <summary>
/// The anonymous notification endpoints under load and abuse: invalid requests are limited per source (valid ones
/// never), logged once per batch, and a large valid batch is stored at once, capped per user.
/// </summary>
public sealed class NotificationLimitsTests
{
    private const string User = "a0000000-0000-4000-8000-000000000001";

    [Fact]
    public async Task InvalidRequests_FromOneSource_Get429_ValidOnesAreNeverLimited()
    {
        await using var host = new ApiHost(settings: new Dictionary<string, string?> { ["Jobs:RejectedNotificationsPerMinute"] = "3" });
        var subscription = await SubscribeAsync(host);

        var invalid = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await PostAsync(host, Batch(Change("forged-subscription", "forged", "AAMkForged")));
            invalid.Add(response.StatusCode);
        }

        using var limited = await PostAsync(host, Batch(Change("forged-subscription", "forged", "AAMkForged")));
        using var valid = await PostAsync(host, Batch(Change(subscription.Id, subscription.ClientState, "AAMkValid1")));
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        using var nextMinute = await PostAsync(host, Batch(Change("forged-subscription", "forged", "AAMkForged")));

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], invalid);
        Assert.NotNull(limited.Headers.RetryAfter);
        await limited.ProblemAsync();
        Assert.Equal(HttpStatusCode.Accepted, valid.StatusCode);
        Assert.Contains(await PendingAsync(host), w => w.Kind == WorkKinds.EventChanged && w.Subject == "AAMkValid1");
        Assert.Equal(HttpStatusCode.Accepted, nextMinute.StatusCode);
    }

    [Fact]
    public async Task RejectedBatch_IsOneLogLine_AndAMalformedBodyLogsNoError()
    {
        await using var host = new ApiHost(services: s => s.AddFakeLogging());
        var subscription = await SubscribeAsync(host);
        var logs = host.Services.GetFakeLogCollector();
        logs.Clear();

        using var mixed = await PostAsync(host, Batch([
            .. Enumerable.Range(0, 20).Select(i => Change("unknown-" + i, "x", "AAMkUnknown" + i)),
            Change(subscription.Id, "wrong-secret", "AAMkWrong"),
            Change(subscription.Id, subscription.ClientState, "AAMkFine"),
        ]));
        var afterBatch = logs.GetSnapshot();
        logs.Clear();
        using var malformed = await PostAsync(host, "{\"value\": [ {\"subscriptionId\": ");
        var afterMalformed = logs.GetSnapshot();

        Assert.Equal(HttpStatusCode.Accepted, mixed.StatusCode);
        var rejected = Assert.Single(afterBatch, r => r.Id.Id == 4020);
        Assert.Equal(LogLevel.Warning, rejected.Level);
        Assert.Contains("21 of 22", rejected.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.DoesNotContain(afterMalformed, r => r.Level >= LogLevel.Error || r.Exception is not null);
        Assert.DoesNotContain(afterBatch, r => r.Level >= LogLevel.Warning && r.Id.Id != 4020 && r.Category!.StartsWith("OutlookFollowUp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThousandValidNotifications_AreStoredInOneTransaction()
    {
        await using var host = new ApiHost(settings: new Dictionary<string, string?> { ["Jobs:MaxPendingPerUser"] = "5000" });
        var subscription = await SubscribeAsync(host);
        var batch = Batch([.. Enumerable.Range(0, 1000).Select(i => Change(subscription.Id, subscription.ClientState, $"AAMkBulk{i:D4}"))]);
        using var saves = new SaveCounter(host.DatabasePath);

        using var response = await PostAsync(host, batch);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1000, (await PendingAsync(host)).Count(w => w.Kind == WorkKinds.EventChanged && w.Subject!.StartsWith("AAMkBulk", StringComparison.Ordinal)));
        Assert.Equal(1, saves.SaveChanges);
        Assert.True(saves.Transactions <= 1, $"{saves.Transactions} transactions");
    }

    [Fact]
    public async Task MoreWorkThanTheUsersCap_IsCoalescedIntoOneScan()
    {
        await using var host = new ApiHost(settings: new Dictionary<string, string?> { ["Jobs:MaxPendingPerUser"] = "10" });
        var subscription = await SubscribeAsync(host);

        using var first = await PostAsync(host, Batch([.. Enumerable.Range(0, 50).Select(i => Change(subscription.Id, subscription.ClientState, $"AAMkFlood{i:D2}"))]));
        using var second = await PostAsync(host, Batch([.. Enumerable.Range(50, 50).Select(i => Change(subscription.Id, subscription.ClientState, $"AAMkFlood{i:D2}"))]));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var pending = await PendingAsync(host);
        Assert.DoesNotContain(pending, w => w.Kind == WorkKinds.EventChanged);
        Assert.Single(pending, w => w.Kind == WorkKinds.Scan);

        // The one scan catches up on everything the notifications were about.
        await host.Services.GetRequiredService<AutomationWorker>().RunOnceAsync(CancellationToken.None);
        Assert.NotEmpty(host.MailboxOf(User).GetDrafts());
    }

    private static async Task<SubscriptionRecord> SubscribeAsync(ApiHost host)
    {
        using var client = host.As(User);
        (await client.PutJsonAsync("/api/settings", new { autoMode = true })).EnsureSuccessStatusCode();
        // Run what turning automation on queued, so each test starts with nothing pending.
        await host.Services.GetRequiredService<AutomationWorker>().RunOnceAsync(CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        var key = ApiHost.UserKey(User);
        return await scope.ServiceProvider.GetRequiredService<ServiceDbContext>().Subscriptions.AsNoTracking().SingleAsync(s => s.UserId == key);
    }

    private static async Task<List<WorkItem>> PendingAsync(ApiHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var key = ApiHost.UserKey(User);
        return await scope.ServiceProvider.GetRequiredService<ServiceDbContext>().WorkItems.AsNoTracking().Where(w => w.UserId == key && w.CompletedAt == null).ToListAsync();
    }

    private static JsonObject Change(string subscriptionId, string clientState, string eventId) => new()
    {
        ["subscriptionId"] = subscriptionId,
        ["changeType"] = "updated",
        ["resource"] = $"Users/x/Events/{eventId}",
        ["resourceData"] = new JsonObject { ["id"] = eventId },
        ["clientState"] = clientState,
    };

    private static string Batch(params JsonObject[] items) => new JsonObject { ["value"] = new JsonArray([.. items]) }.ToJsonString();

    private static async Task<HttpResponseMessage> PostAsync(ApiHost host, string body)
    {
        using var client = host.Anonymous();
        return await client.PostAsync("/api/notifications", new StringContent(body, Encoding.UTF8, "application/json"));
    }

    /// <summary>Counts EF Core's SaveChanges calls and transactions on one database, from EF's diagnostic events.</summary>
    private sealed class SaveCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _database;
        private readonly IDisposable _all;
        private readonly List<IDisposable> _listeners = [];
        private int _saves;
        private int _transactions;

        public SaveCounter(string database)
        {
            _database = database;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int SaveChanges => _saves;

        public int Transactions => _transactions;

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_listeners)
                {
                    _listeners.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            var isSave = value.Key == Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesCompleted.Name;
            var isTransaction = value.Key == Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.TransactionStarted.Name;
            // Only these two events are raised while their context is alive (others, like ContextDisposed, are not).
            if ((!isSave && !isTransaction)
                || value.Value is not Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData { Context: { } context }
                || context.Database.GetConnectionString()?.Contains(_database, StringComparison.Ordinal) != true)
            {
                return;
            }

            Interlocked.Increment(ref isSave ? ref _saves : ref _transactions);
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_listeners)
            {
                _listeners.ForEach(l => l.Dispose());
            }
        }
    }
}
