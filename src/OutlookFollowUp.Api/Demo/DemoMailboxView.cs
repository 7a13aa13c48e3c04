using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookFollowUp.Api.Demo;

/// <summary>What the demo page shows of the simulated mailbox: events, Drafts, To Do and the inbox, and the demo's day.</summary>
internal sealed record DemoMailboxView(
    string Today, string TimeZone, string Now, IReadOnlyList<DemoEvent> Events, IReadOnlyList<DemoDraft> Drafts, IReadOnlyList<DemoTask> Tasks, IReadOnlyList<DemoMessage> Inbox)
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DemoMailboxView From(DemoMailbox demo)
    {
        var simulator = demo.Simulator;
        var events = simulator.GetEvents().Select(e => new DemoEvent(
            e["id"]?.GetValue<string>() ?? "",
            e["subject"]?.GetValue<string>() ?? "",
            e["start"]?["dateTime"]?.GetValue<string>() ?? "",
            e["end"]?["dateTime"]?.GetValue<string>() ?? "",
            e["start"]?["timeZone"]?.GetValue<string>() ?? "UTC",
            e["isCancelled"]?.GetValue<bool>() ?? false,
            Utc(e["start"]))).OrderBy(e => e.StartUtc, StringComparer.Ordinal).ToList();
        var drafts = simulator.GetDrafts().Select(d => new DemoDraft(
            d["id"]?.GetValue<string>() ?? "",
            string.Join(", ", d["toRecipients"]?.AsArray().Select(r => r?["emailAddress"]?["address"]?.GetValue<string>()) ?? []),
            d["subject"]?.GetValue<string>() ?? "",
            d["body"]?["content"]?.GetValue<string>() ?? "",
            d["createdDateTime"]?.GetValue<string>())).ToList();
        var tasks = simulator.GetTodoLists()
            .Where(l => l["wellknownListName"]?.GetValue<string>() != "defaultList")
            .SelectMany(l => simulator.GetTasks(l["id"]!.GetValue<string>()))
            .Select(t => new DemoTask(
                t["title"]?.GetValue<string>() ?? "",
                t["status"]?.GetValue<string>() ?? "",
                t["dueDateTime"]?["dateTime"]?.GetValue<string>(),
                Utc(t["reminderDateTime"]),
                t["body"]?["content"]?.GetValue<string>())).ToList();
        var inbox = simulator.GetMessages()
            .Where(m => m["isDraft"]?.GetValue<bool>() != true && m["from"]?["emailAddress"]?["address"]?.GetValue<string>() is { } from
                && !from.Equals(demo.UserAddress, StringComparison.OrdinalIgnoreCase))
            .Select(m => new DemoMessage(
                m["from"]?["emailAddress"]?["name"]?.GetValue<string>() ?? m["from"]?["emailAddress"]?["address"]?.GetValue<string>() ?? "",
                m["subject"]?.GetValue<string>() ?? "",
                m["receivedDateTime"]?.GetValue<string>() ?? ""))
            .OrderBy(m => m.ReceivedAt, StringComparer.Ordinal).ToList();
        var now = demo.Clock.GetUtcNow();
        return new DemoMailboxView(Date(demo.CurrentDay), IanaZone(demo.TimeZone), now.ToString("O", CultureInfo.InvariantCulture), events, drafts, tasks, inbox);
    }

    /// <summary>A Graph dateTimeTimeZone as a UTC instant ("…Z"), so the page shows it in words in the user's zone.</summary>
    private static string? Utc(JsonNode? dateTimeTimeZone)
    {
        if (dateTimeTimeZone?["dateTime"]?.GetValue<string>() is not { } text
            || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall))
        {
            return null;
        }

        var zoneId = dateTimeTimeZone["timeZone"]?.GetValue<string>() ?? "UTC";
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.Utc;
        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(wall, DateTimeKind.Unspecified), zone);
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    private static string IanaZone(TimeZoneInfo zone) =>
        zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : "UTC";
}

internal sealed record DemoEvent(string Id, string Subject, string Start, string End, string TimeZone, bool Cancelled, string? StartUtc);

internal sealed record DemoDraft(string Id, string To, string Subject, string BodyHtml, string? CreatedAt);

internal sealed record DemoTask(string Title, string Status, string? Due, string? Reminder, string? Body);

internal sealed record DemoMessage(string From, string Subject, string ReceivedAt);
