using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Calendar;
using OutlookFollowUp.Simulator.Mail;
using OutlookFollowUp.Simulator.Subscriptions;
using OutlookFollowUp.Simulator.Todo;

namespace OutlookFollowUp.Simulator.Routing;

/// <summary>Everything the handlers share: options, the user, and the mailbox stores.</summary>
internal sealed class MailboxContext
{
    public MailboxContext(SimulatorSeed seed, SimulatorOptions options)
    {
        Seed = seed;
        Options = options;
        Me = seed.Me;
        MailboxSettings = seed.MailboxSettings;
        MailboxZone = TimeZones.TryFind(GraphJson.GetString(MailboxSettings, "timeZone"), out var zone) ? zone : TimeZoneInfo.Utc;
        Calendar = new CalendarStore();
        Mail = new MailStore();
        Todo = new TodoStore();
        Subscriptions = new SubscriptionStore();
        LoadSeed();
    }

    public SimulatorSeed Seed { get; }

    public SimulatorOptions Options { get; }

    public TimeProvider Time => Options.TimeProvider;

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    public JsonObject Me { get; }

    public JsonObject MailboxSettings { get; }

    public TimeZoneInfo MailboxZone { get; }

    public string MeId => GraphJson.GetString(Me, "id")!;

    public string MeAddress => GraphJson.GetString(Me, "mail") ?? GraphJson.GetString(Me, "userPrincipalName")!;

    public CalendarStore Calendar { get; }

    public MailStore Mail { get; }

    public TodoStore Todo { get; }

    public SubscriptionStore Subscriptions { get; }

    /// <summary>True when <paramref name="userKey"/> (id, mail or UPN) names the simulated user.</summary>
    public bool IsMe(string userKey) =>
        string.Equals(userKey, MeId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(userKey, GraphJson.GetString(Me, "mail"), StringComparison.OrdinalIgnoreCase)
        || string.Equals(userKey, GraphJson.GetString(Me, "userPrincipalName"), StringComparison.OrdinalIgnoreCase);

    public void LoadSeed()
    {
        Calendar.Load(Seed.Events);
        Mail.Load(Seed.Inbox, Now);
        Todo.Load(Now);
        Subscriptions.Clear();
    }
}
