using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Jobs;

namespace OutlookFollowUp.Api.Tests;

/// <summary>The safety net and the limits: renewal before expiry, the sweep, per-user rate limiting.</summary>
public sealed class AutomationTests
{
    [Fact]
    public async Task Sweep_RenewsASubscriptionBeforeItExpires()
    {
        await using var host = new ApiHost();
        using var client = host.As("50000000-0000-4000-8000-000000000001");
        (await client.PutJsonAsync("/api/settings", new { autoMode = true })).EnsureSuccessStatusCode();
        var worker = host.Services.GetRequiredService<AutomationWorker>();
        await worker.RunOnceAsync(CancellationToken.None);
        var before = await SubscriptionAsync(host);

        // Two and a half days later the subscription expires within a day: the sweep renews it.
        host.Clock.Advance(TimeSpan.FromHours(60));
        host.MailboxOf("50000000-0000-4000-8000-000000000001").ClearLog();
        await host.Services.GetRequiredService<AutomationSweep>().RunOnceAsync(CancellationToken.None);
        await worker.RunOnceAsync(CancellationToken.None);

        var after = await SubscriptionAsync(host);
        Assert.Equal(before.Id, after.Id);
        Assert.True(after.ExpiresAt > before.ExpiresAt);
        Assert.Contains(host.MailboxOf("50000000-0000-4000-8000-000000000001").GetRequestLog(), r => r.Method == "PATCH" && r.PathAndQuery.Contains($"/subscriptions/{before.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sweep_RecreatesAMissingSubscription()
    {
        await using var host = new ApiHost();
        using var client = host.As("50000000-0000-4000-8000-000000000002");
        (await client.PutJsonAsync("/api/settings", new { autoMode = true })).EnsureSuccessStatusCode();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ServiceDbContext>().Subscriptions.ExecuteDeleteAsync();
        }

        await host.Services.GetRequiredService<AutomationSweep>().RunOnceAsync(CancellationToken.None);
        await host.Services.GetRequiredService<AutomationWorker>().RunOnceAsync(CancellationToken.None);

        Assert.NotNull(await SubscriptionAsync(host));
    }

    [Fact]
    public async Task Api_PerUserRateLimit_Answers429ToTheBusyUserOnly()
    {
        await using var host = new ApiHost(settings: new Dictionary<string, string?> { ["App:RequestsPerMinutePerUser"] = "3" });
        using var busy = host.As("50000000-0000-4000-8000-000000000003");
        using var calm = host.As("50000000-0000-4000-8000-000000000004");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await busy.GetAsync("/api/activity");
            statuses.Add(response.StatusCode);
        }

        using var other = await calm.GetAsync("/api/activity");
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private static async Task<SubscriptionRecord> SubscriptionAsync(ApiHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceDbContext>().Subscriptions.AsNoTracking().SingleAsync();
    }
}
