using OutlookFollowUp.Simulator;

namespace OutlookFollowUp.Api.Demo;

/// <summary>What the demo page shows of the simulated mailbox: events, Drafts and To Do.</summary>
internal sealed record DemoMailboxView(IReadOnlyList<DemoEvent> Events, IReadOnlyList<DemoDraft> Drafts, IReadOnlyList<DemoTask> Tasks)
{
    public static DemoMailboxView From(GraphSimulator simulator)
    {
        var events = simulator.GetEvents().Select(e => new DemoEvent(
            e["id"]?.GetValue<string>() ?? "",
            e["subject"]?.GetValue<string>() ?? "",
            e["start"]?["dateTime"]?.GetValue<string>() ?? "",
            e["end"]?["dateTime"]?.GetValue<string>() ?? "",
            e["start"]?["timeZone"]?.GetValue<string>() ?? "UTC",
            e["isCancelled"]?.GetValue<bool>() ?? false)).OrderBy(e => e.End, StringComparer.Ordinal).ToList();
        var drafts = simulator.GetDrafts().Select(d => new DemoDraft(
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
                t["reminderDateTime"]?["dateTime"]?.GetValue<string>(),
                t["body"]?["content"]?.GetValue<string>())).ToList();
        return new DemoMailboxView(events, drafts, tasks);
    }
}

internal sealed record DemoEvent(string Id, string Subject, string Start, string End, string TimeZone, bool Cancelled);

internal sealed record DemoDraft(string To, string Subject, string BodyHtml, string? CreatedAt);

internal sealed record DemoTask(string Title, string Status, string? Due, string? Reminder, string? Body);
