using System.Text.Json.Nodes;

namespace OutlookFollowUp.TestUtilities.GraphJson;

/// <summary>The parts of ../shared/fixtures/sample-mailbox.json (a Simulator seed, DESIGN.md Contract 3), as JSON.</summary>
public static class SampleMailboxJson
{
    public const string FileName = "sample-mailbox.json";

    /// <summary>The sample mailbox's user.</summary>
    public const string UserAddress = "ana.souza@outlook.com";

    public const string UserName = "Ana Souza";

    /// <summary>The sample user's Graph id (the CLI's ledger key for the mailbox).</summary>
    public static string UserId => Me["id"]!.GetValue<string>();

    private static readonly Lazy<JsonObject> Document = new(() => (JsonObject)JsonNode.Parse(SharedFixtures.Read(FileName))!);

    /// <summary>The seed's path.</summary>
    public static string Path => SharedFixtures.PathOf(FileName);

    /// <summary>GET /me.</summary>
    public static JsonObject Me => (JsonObject)Document.Value["me"]!.DeepClone();

    /// <summary>GET /me/mailboxSettings (Eastern Standard Time, Monday–Friday, 09:00).</summary>
    public static JsonObject MailboxSettings => (JsonObject)Document.Value["mailboxSettings"]!.DeepClone();

    /// <summary>The seed's events.</summary>
    public static IReadOnlyList<JsonObject> Events => Document.Value["events"]!.AsArray().Select(e => (JsonObject)e!.DeepClone()).ToList();

    /// <summary>The seed's inbox.</summary>
    public static IReadOnlyList<JsonObject> Inbox => Document.Value["inbox"]!.AsArray().Select(m => (JsonObject)m!.DeepClone()).ToList();

    /// <summary>Mailbox settings with another zone (Windows or IANA id), working days and start of working hours.</summary>
    public static JsonObject MailboxSettingsWith(string timeZone, IEnumerable<string>? days = null, string startTime = "09:00:00.0000000", string? workingHoursZone = null)
    {
        var settings = MailboxSettings;
        settings["timeZone"] = timeZone;
        var hours = (JsonObject)settings["workingHours"]!;
        if (days is not null)
        {
            hours["daysOfWeek"] = new JsonArray(days.Select(d => (JsonNode)JsonValue.Create(d)!).ToArray());
        }

        hours["startTime"] = startTime;
        hours["timeZone"] = new JsonObject { ["name"] = workingHoursZone ?? timeZone };
        return settings;
    }
}
