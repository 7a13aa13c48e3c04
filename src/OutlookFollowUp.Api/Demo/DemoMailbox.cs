using System.Globalization;
using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator;

namespace OutlookFollowUp.Api.Demo;

/// <summary>
/// The simulated mailbox behind demo mode: a Graph simulator seeded from a Contract 3 file whose dates are moved to the
/// demo's "today", on the demo clock. Inbox messages dated after the start are held back and arrive when the demo clock
/// reaches them ("Let time pass"), like an employer's answer.
/// </summary>
public sealed class DemoMailbox : IAsyncDisposable
{
    /// <summary>The working day the bundled seed was written around: its dates count from this day.</summary>
    public static readonly DateOnly SeedAnchor = new(2026, 11, 20);

    private readonly Lock _gate = new();
    private readonly List<(DateTimeOffset At, JsonObject Message)> _arrivals;
    private List<(DateTimeOffset At, JsonObject Message)> _pending;

    private DemoMailbox(GraphSimulator simulator, DemoClock clock, DateOnly today, DateTimeOffset start, TimeZoneInfo zone, List<(DateTimeOffset, JsonObject)> arrivals)
    {
        Simulator = simulator;
        Clock = clock;
        Today = today;
        StartsAt = start;
        TimeZone = zone;
        _arrivals = arrivals;
        _pending = [.. arrivals];
    }

    public GraphSimulator Simulator { get; }

    public DemoClock Clock { get; }

    /// <summary>The demo's first day.</summary>
    public DateOnly Today { get; }

    /// <summary>When the demo clock starts (and restarts on Reset).</summary>
    public DateTimeOffset StartsAt { get; }

    /// <summary>The demo mailbox's time zone.</summary>
    public TimeZoneInfo TimeZone { get; }

    public string BaseUrl => Simulator.BaseUrl;

    /// <summary>The demo user's own address (from the seed's "me").</summary>
    public string UserAddress { get; private init; } = "";

    /// <summary>The demo's current day in the mailbox's zone.</summary>
    public DateOnly CurrentDay => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), TimeZone).DateTime);

    public static DemoMailbox Start(DemoOptions options, TimeProvider real, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(real);
        var path = options.SeedFile is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : Path.Combine(AppContext.BaseDirectory, "Demo", "demo-mailbox.json");
        var seed = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var zone = Zone(seed);
        var today = options.Today ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(real.GetUtcNow(), zone).DateTime);
        if (options.ShiftToToday)
        {
            Shift(seed, SeedAnchor, today);
        }

        var start = new DateTimeOffset(today.ToDateTime(options.StartTime), zone.GetUtcOffset(today.ToDateTime(options.StartTime)));
        var clock = new DemoClock(real, start);

        // Messages from after the start are not in the mailbox yet: they arrive as the demo clock passes them.
        var arrivals = new List<(DateTimeOffset, JsonObject)>();
        var inbox = seed["inbox"]?.AsArray() ?? [];
        foreach (var message in inbox.OfType<JsonObject>().ToList())
        {
            if (ParseInstant(message["receivedDateTime"]?.GetValue<string>()) is { } at && at > start)
            {
                inbox.Remove(message);
                arrivals.Add((at, message));
            }
        }

        var simulator = GraphSimulator.Start(SimulatorSeed.Parse(seed.ToJsonString()), new SimulatorOptions
        {
            TimeProvider = clock,
            ValidateSubscriptionEndpoints = options.ValidateSubscriptions,
        });
        return new DemoMailbox(simulator, clock, today, start, zone, arrivals.OrderBy(a => a.Item1).ToList())
        {
            UserAddress = seed["me"]?["mail"]?.GetValue<string>() ?? "",
        };
    }

    /// <summary>Delivers the held-back messages whose time the demo clock has reached; returns how many arrived.</summary>
    public int DeliverArrivals()
    {
        var now = Clock.GetUtcNow();
        List<(DateTimeOffset At, JsonObject Message)> due;
        lock (_gate)
        {
            due = _pending.Where(p => p.At <= now).ToList();
            _pending = _pending.Where(p => p.At > now).ToList();
        }

        foreach (var (_, message) in due)
        {
            Simulator.AddInboxMessage((JsonObject)message.DeepClone());
        }

        return due.Count;
    }

    /// <summary>Back to the start: a fresh mailbox from the seed and the clock at the demo's first day.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _pending = [.. _arrivals];
        }

        Clock.Restart(StartsAt);
        Simulator.Reset();
    }

    /// <summary>
    /// Moves every event and message from the seed's anchor day to <paramref name="today"/> by working days
    /// (Monday–Friday), keeping the time of day: an interview written one working day before the anchor happens one
    /// working day before today, so nothing is overdue when the demo starts, whatever today is.
    /// </summary>
    internal static void Shift(JsonObject seed, DateOnly anchor, DateOnly today)
    {
        foreach (var e in seed["events"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            foreach (var field in new[] { "start", "end" })
            {
                if (e[field]?["dateTime"]?.GetValue<string>() is { } text && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall))
                {
                    e[field]!["dateTime"] = Move(wall, anchor, today).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
                }
            }
        }

        foreach (var m in seed["inbox"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            if (ParseInstant(m["receivedDateTime"]?.GetValue<string>()) is { } at)
            {
                m["receivedDateTime"] = Move(at.UtcDateTime, anchor, today).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            }
        }
    }

    internal static DateTime Move(DateTime wall, DateOnly anchor, DateOnly today)
    {
        var date = DateOnly.FromDateTime(wall);
        var moved = AddWorkingDays(today, WorkingDaysBetween(anchor, date));
        return moved.ToDateTime(TimeOnly.FromDateTime(wall));
    }

    /// <summary>Signed count of working days from <paramref name="from"/> to <paramref name="to"/> (weekend dates count as the Friday before).</summary>
    internal static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var step = to >= from ? 1 : -1;
        var count = 0;
        for (var d = from; d != to; d = d.AddDays(step))
        {
            var next = d.AddDays(step);
            if (IsWorkingDay(step > 0 ? next : d))
            {
                count += step;
            }
        }

        return count;
    }

    internal static DateOnly AddWorkingDays(DateOnly day, int count)
    {
        var step = Math.Sign(count);
        var d = day;
        for (var left = Math.Abs(count); left > 0;)
        {
            d = d.AddDays(step);
            if (IsWorkingDay(d))
            {
                left--;
            }
        }

        return d;
    }

    private static bool IsWorkingDay(DateOnly d) => d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday;

    private static TimeZoneInfo Zone(JsonObject seed)
    {
        var id = seed["mailboxSettings"]?["timeZone"]?.GetValue<string>();
        return id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    private static DateTimeOffset? ParseInstant(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;

    public ValueTask DisposeAsync() => Simulator.DisposeAsync();
}
