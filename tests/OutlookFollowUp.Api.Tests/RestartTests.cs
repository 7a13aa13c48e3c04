using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Jobs;
using OutlookFollowUp.Simulator;

namespace OutlookFollowUp.Api.Tests;

/// <summary>Durable work: a restart loses nothing and duplicates nothing.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task ScheduledWork_SurvivesARestart_AndCompletesExactlyOnce()
    {
        // The tenant (Entra and the user's mailbox) outlives the service's restarts.
        await using var tenant = new SimulatedTenant(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(ApiHost.SeedNow));
        var database = Path.Combine(Path.GetTempPath(), $"followup-restart-{Guid.NewGuid():N}.db");
        const string user = "40000000-0000-4000-8000-000000000001";
        var simulator = tenant.MailboxOf(ApiHost.UserKey(user));
        SubscriptionRecord subscription;

        // First life: automation is turned on and a notification arrives, then the host stops before the worker runs.
        await using (var first = new ApiHost(database, tenant))
        {
            using var client = first.As(user);
            (await client.PutJsonAsync("/api/settings", new { autoMode = true })).EnsureSuccessStatusCode();
            await using var scope = first.Services.CreateAsyncScope();
            subscription = await scope.ServiceProvider.GetRequiredService<ServiceDbContext>().Subscriptions.AsNoTracking().SingleAsync();
            using var anonymous = first.Anonymous();
            await anonymous.PostAsync("/api/notifications", new StringContent(Notification(subscription, Seed.PanelEvent), Encoding.UTF8, "application/json"));
        }

        Assert.Empty(simulator.GetDrafts());

        // Second life: the same database; the work is still there and runs.
        await using (var second = new ApiHost(database, tenant))
        {
            var worker = second.Services.GetRequiredService<AutomationWorker>();
            var processed = await worker.RunOnceAsync(CancellationToken.None);
            var draftsAfterFirstRun = simulator.GetDrafts().Count;
            var tasksAfterFirstRun = AllTasks(simulator).Count;

            // Nothing is left and nothing repeats: more passes, another sweep, a replayed notification.
            await worker.RunOnceAsync(CancellationToken.None);
            await second.Services.GetRequiredService<AutomationSweep>().RunOnceAsync(CancellationToken.None);
            await worker.RunOnceAsync(CancellationToken.None);
            using var anonymous = second.Anonymous();
            await anonymous.PostAsync("/api/notifications", new StringContent(Notification(subscription, Seed.PanelEvent), Encoding.UTF8, "application/json"));
            await worker.RunOnceAsync(CancellationToken.None);

            Assert.True(processed >= 2); // the notification, then the scan it queued
            Assert.True(draftsAfterFirstRun > 0);
            Assert.Equal(draftsAfterFirstRun, simulator.GetDrafts().Count);
            Assert.Equal(tasksAfterFirstRun, AllTasks(simulator).Count);
            Assert.Equal(2, simulator.GetDrafts().Count(d => d.ToJsonString().Contains("thankyou:" + Seed.PanelICal, StringComparison.Ordinal)));
            await using var scope = second.Services.CreateAsyncScope();
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ServiceDbContext>().WorkItems.CountAsync(w => w.CompletedAt == null));
        }
    }

    [Fact]
    public async Task WorkClaimedByACrashedInstance_IsTakenOverAfterItsLease()
    {
        await using var host = new ApiHost();
        const string user = "40000000-0000-4000-8000-000000000002";
        using var client = host.As(user);
        (await client.PutJsonAsync("/api/settings", new { autoMode = true })).EnsureSuccessStatusCode();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
            // Another instance claimed the scan and died holding it.
            await db.WorkItems.ExecuteUpdateAsync(s => s.SetProperty(w => w.LockedBy, "dead-instance").SetProperty(w => w.LockedUntil, ApiHost.SeedNow.AddMinutes(5)));
        }

        var worker = host.Services.GetRequiredService<AutomationWorker>();
        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None));
        host.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.True(await worker.RunOnceAsync(CancellationToken.None) >= 1);
        Assert.NotEmpty(host.MailboxOf(user).GetDrafts());
    }

    private static string Notification(SubscriptionRecord subscription, string eventId) => new JsonObject
    {
        ["value"] = new JsonArray(new JsonObject
        {
            ["subscriptionId"] = subscription.Id,
            ["changeType"] = "updated",
            ["resource"] = $"Users/x/Events/{eventId}",
            ["resourceData"] = new JsonObject { ["id"] = eventId },
            ["clientState"] = subscription.ClientState,
        }),
    }.ToJsonString();

    private static List<JsonObject> AllTasks(GraphSimulator simulator) =>
        simulator.GetTodoLists().SelectMany(l => simulator.GetTasks(l["id"]!.GetValue<string>())).ToList();
}
