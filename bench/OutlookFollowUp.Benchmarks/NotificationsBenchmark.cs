using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutlookFollowUp.Api.Data;

namespace OutlookFollowUp.Benchmarks;

/// <summary>
/// `--notifications`: how long the service takes to answer Graph's largest change-notification POST (1,000 valid
/// notifications for one subscription), with the work stored in the service's SQLite database: fresh batches (every
/// notification new work) and replays (every notification already pending). Graph expects an answer within seconds.
/// </summary>
internal static class NotificationsBenchmark
{
    private const string UserId = "bench-user.bench-tenant";

    public static async Task<int> RunAsync(string[] args)
    {
        var size = Option(args, "--batch", 1000);
        var rounds = Option(args, "--rounds", 5);
        var database = Path.Combine(Path.GetTempPath(), $"followup-bench-notifications-{Guid.NewGuid():N}.db");
        await using var factory = new WebApplicationFactory<KeyProtectionOptions>().WithWebHostBuilder(web =>
        {
            // Demo mode (no tenant) on a database of its own; the background jobs stay off, so only the request is timed.
            web.UseEnvironment("Development");
            web.UseContentRoot(Path.Combine(RepositoryRoot(), "src", "OutlookFollowUp.Api"));
            web.UseSetting("AzureAd:ClientId", "");
            web.UseSetting("ConnectionStrings:FollowUp", $"Data Source={database}");
            web.UseSetting("Jobs:Enabled", "false");
            web.UseSetting("Jobs:MaxPendingPerUser", "100000");
            web.UseSetting("Demo:ValidateSubscriptions", "false");
            web.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.AspNetCore", LogLevel.Error));
        });
        using var client = factory.CreateClient();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
            db.Subscriptions.Add(new SubscriptionRecord { Id = "bench-subscription", UserId = UserId, Resource = "/me/events", ClientState = "bench-secret", ExpiresAt = new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero) });
            await db.SaveChangesAsync();
        }

        Console.WriteLine($"Notifications benchmark: POST /api/notifications with {size} valid notifications, {rounds} rounds, SQLite");
        await PostAsync(client, Batch(size, "warmup"));
        var fresh = new List<double>();
        var replays = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var batch = Batch(size, $"r{round}");
            fresh.Add(await PostAsync(client, batch));
            replays.Add(await PostAsync(client, batch));
        }

        Console.WriteLine(FormattableString.Invariant($"fresh batch (every notification new work): median {Median(fresh):0} ms (min {fresh.Min():0}, max {fresh.Max():0})"));
        Console.WriteLine(FormattableString.Invariant($"replayed batch (all already pending):     median {Median(replays):0} ms (min {replays.Min():0}, max {replays.Max():0})"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var pending = await scope.ServiceProvider.GetRequiredService<ServiceDbContext>().WorkItems.CountAsync(w => w.CompletedAt == null);
            Console.WriteLine($"work items pending: {pending} (expected {size * (rounds + 1)})");
        }

        return 0;
    }

    private static async Task<double> PostAsync(HttpClient client, string body)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsync("/api/notifications", new StringContent(body, Encoding.UTF8, "application/json"));
        clock.Stop();
        response.EnsureSuccessStatusCode();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static string Batch(int size, string round) => new JsonObject
    {
        ["value"] = new JsonArray([.. Enumerable.Range(0, size).Select(i => (JsonNode)new JsonObject
        {
            ["subscriptionId"] = "bench-subscription",
            ["clientState"] = "bench-secret",
            ["changeType"] = "updated",
            ["resource"] = $"Users/bench/Events/AAMkBench{round}x{i:D4}",
            ["resourceData"] = new JsonObject { ["id"] = $"AAMkBench{round}x{i:D4}" },
        })]),
    }.ToJsonString();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OutlookFollowUp.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
