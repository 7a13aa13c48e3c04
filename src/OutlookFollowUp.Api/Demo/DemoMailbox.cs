using System.Globalization;
using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator;

namespace OutlookFollowUp.Api.Demo;

/// <summary>The simulated mailbox behind demo mode: a Graph simulator seeded from a Contract 3 file.</summary>
public sealed class DemoMailbox : IAsyncDisposable
{
    private DemoMailbox(GraphSimulator simulator) => Simulator = simulator;

    public GraphSimulator Simulator { get; }

    public string BaseUrl => Simulator.BaseUrl;

    public static DemoMailbox Start(DemoOptions options, string contentRoot, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.SeedFile is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : Path.Combine(AppContext.BaseDirectory, "Demo", "demo-mailbox.json");
        var seedJson = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        if (options.ShiftToToday)
        {
            ShiftEvents(seedJson, timeProvider.GetUtcNow());
        }

        var simulator = GraphSimulator.Start(SimulatorSeed.Parse(seedJson.ToJsonString()), new SimulatorOptions
        {
            TimeProvider = timeProvider,
            ValidateSubscriptionEndpoints = options.ValidateSubscriptions,
        });
        return new DemoMailbox(simulator);
    }

    /// <summary>Moves every event and message by whole weeks (weekdays stay weekdays) so the latest event ended recently.</summary>
    internal static void ShiftEvents(JsonObject seed, DateTimeOffset now)
    {
        var events = seed["events"]?.AsArray() ?? [];
        var latest = events.Select(e => ParseUtc(e?["end"]?["dateTime"]?.GetValue<string>())).Where(d => d is not null).Max();
        if (latest is null)
        {
            return;
        }

        var weeks = Math.Floor((now - TimeSpan.FromHours(1) - latest.Value).TotalDays / 7);
        var shift = TimeSpan.FromDays(7 * weeks);
        foreach (var e in events.OfType<JsonObject>())
        {
            foreach (var field in new[] { "start", "end" })
            {
                if (e[field]?["dateTime"]?.GetValue<string>() is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall))
                {
                    e[field]!["dateTime"] = (wall + shift).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
                }
            }
        }

        foreach (var m in seed["inbox"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            if (m["receivedDateTime"]?.GetValue<string>() is { } received && DateTimeOffset.TryParse(received, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                m["receivedDateTime"] = (at + shift).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            }
        }
    }

    private static DateTimeOffset? ParseUtc(string? text) =>
        text is not null && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? new DateTimeOffset(value, TimeSpan.Zero)
            : null;

    public ValueTask DisposeAsync() => Simulator.DisposeAsync();
}
