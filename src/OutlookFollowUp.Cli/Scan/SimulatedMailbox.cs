using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator;

namespace OutlookFollowUp.Cli.Scan;

/// <summary>What a simulated mailbox holds after a run: the drafts and the To Do tasks the scan wrote.</summary>
internal sealed record SimulatedMailbox(IReadOnlyList<SimulatedDraft> Drafts, IReadOnlyList<SimulatedTask> Tasks)
{
    public static SimulatedMailbox From(GraphSimulator simulator)
    {
        var drafts = simulator.GetDrafts().Select(d => new SimulatedDraft(
            d["toRecipients"]?.AsArray().Select(r => r?["emailAddress"]?["address"]?.GetValue<string>() ?? "").ToList() ?? [],
            d["subject"]?.GetValue<string>() ?? "",
            KeyOf(d))).ToList();
        var tasks = simulator.GetTodoLists()
            .Where(l => l["wellknownListName"]?.GetValue<string>() != "defaultList")
            .SelectMany(l => simulator.GetTasks(l["id"]!.GetValue<string>()))
            .Select(t => new SimulatedTask(
                t["title"]?.GetValue<string>() ?? "",
                t["dueDateTime"]?["dateTime"]?.GetValue<string>()?[..10] ?? "",
                t["reminderDateTime"]?["dateTime"]?.GetValue<string>() ?? "",
                t["status"]?.GetValue<string>() ?? "",
                t["linkedResources"]?.AsArray().Select(r => r?["externalId"]?.GetValue<string>()).FirstOrDefault(k => k is not null)))
            .ToList();
        return new SimulatedMailbox(drafts, tasks);
    }

    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject("mailbox");
        w.WriteStartArray("drafts");
        foreach (var d in Drafts)
        {
            w.WriteStartObject();
            w.WriteStartArray("to");
            foreach (var to in d.To)
            {
                w.WriteStringValue(to);
            }

            w.WriteEndArray();
            w.WriteString("subject", d.Subject);
            w.WriteString("key", d.Key);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("tasks");
        foreach (var t in Tasks)
        {
            w.WriteStartObject();
            w.WriteString("title", t.Title);
            w.WriteString("due", t.Due);
            w.WriteString("reminder", t.Reminder);
            w.WriteString("status", t.Status);
            w.WriteString("key", t.Key);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string? KeyOf(JsonObject draft) =>
        draft["singleValueExtendedProperties"]?.AsArray().Select(p => p?["value"]?.GetValue<string>()).FirstOrDefault(v => v is not null);
}

internal sealed record SimulatedDraft(IReadOnlyList<string> To, string Subject, string? Key);

internal sealed record SimulatedTask(string Title, string Due, string Reminder, string Status, string? Key);
