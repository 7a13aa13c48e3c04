using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookFollowUp.Simulator.Tests.Infrastructure;

/// <summary>Seeds built in code on top of the sample mailbox's user and settings.</summary>
internal static class Seeds
{
    public static SimulatorSeed With(IEnumerable<JsonObject>? events = null, IEnumerable<JsonObject>? inbox = null)
    {
        var sample = Fixtures.SampleSeed();
        return new SimulatorSeed(sample.Me, sample.MailboxSettings, events ?? [], inbox ?? []);
    }

    public static JsonObject Event(string id, string start, string end, string timeZone = "UTC", bool allDay = false, string subject = "Meeting") => new()
    {
        ["id"] = id,
        ["iCalUId"] = "ical-" + id,
        ["subject"] = subject,
        ["isAllDay"] = allDay,
        ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "<html><body><p>Hello &amp; welcome</p><div>Line two</div></body></html>" },
        ["start"] = new JsonObject { ["dateTime"] = start, ["timeZone"] = timeZone },
        ["end"] = new JsonObject { ["dateTime"] = end, ["timeZone"] = timeZone },
    };

    /// <summary>n one-hour UTC events, one per hour from 2026-11-10T00:00Z, ids "E00", "E01", ….</summary>
    public static IEnumerable<JsonObject> HourlyEvents(int count)
    {
        var first = new DateTime(2026, 11, 10, 0, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < count; i++)
        {
            var start = first.AddHours(i);
            yield return Event(
                "E" + i.ToString("D2", CultureInfo.InvariantCulture),
                start.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                start.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        }
    }

    public static JsonObject Message(string id, string received, string from, string subject = "Hello") => new()
    {
        ["id"] = id,
        ["subject"] = subject,
        ["receivedDateTime"] = received,
        ["isDraft"] = false,
        ["from"] = new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = from } },
        ["bodyPreview"] = "Hi",
    };
}
