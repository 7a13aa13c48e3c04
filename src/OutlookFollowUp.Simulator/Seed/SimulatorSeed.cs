using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Seed;

namespace OutlookFollowUp.Simulator;

/// <summary>
/// The simulated mailbox's starting state (DESIGN.md Contract 3): <c>{"me", "mailboxSettings", "events", "inbox"}</c>,
/// each part as Graph returns it (GET /me, GET /me/mailboxSettings, calendarView events, /me/messages messages,
/// optionally with internetMessageHeaders). Validated on creation; a bad seed throws <see cref="SimulatorSeedException"/>.
/// </summary>
public sealed class SimulatorSeed
{
    private readonly JsonObject _me;
    private readonly JsonObject _mailboxSettings;
    private readonly List<JsonObject> _events;
    private readonly List<JsonObject> _inbox;

    /// <summary>Builds a seed from its parts (copied); validates them.</summary>
    public SimulatorSeed(JsonObject me, JsonObject mailboxSettings, IEnumerable<JsonObject> events, IEnumerable<JsonObject> inbox)
    {
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(mailboxSettings);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(inbox);
        _me = (JsonObject)me.DeepClone();
        _mailboxSettings = (JsonObject)mailboxSettings.DeepClone();
        _events = events.Select(e => (JsonObject)e.DeepClone()).ToList();
        _inbox = inbox.Select(m => (JsonObject)m.DeepClone()).ToList();
        SeedValidator.Validate(_me, _mailboxSettings, _events, _inbox);
    }

    /// <summary>The user, as GET /me returns it.</summary>
    public JsonObject Me => (JsonObject)_me.DeepClone();

    /// <summary>As GET /me/mailboxSettings returns it.</summary>
    public JsonObject MailboxSettings => (JsonObject)_mailboxSettings.DeepClone();

    /// <summary>Calendar events.</summary>
    public IReadOnlyList<JsonObject> Events => _events.Select(e => (JsonObject)e.DeepClone()).ToList();

    /// <summary>Inbox messages.</summary>
    public IReadOnlyList<JsonObject> Inbox => _inbox.Select(m => (JsonObject)m.DeepClone()).ToList();

    /// <summary>Reads and validates a seed file.</summary>
    /// <exception cref="SimulatorSeedException">The file is missing, not JSON, or not a valid seed.</exception>
    public static SimulatorSeed Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SimulatorSeedException($"Cannot read the simulator seed '{path}': {ex.Message}", ex);
        }

        return Parse(json, path);
    }

    /// <summary>Parses and validates seed JSON.</summary>
    /// <exception cref="SimulatorSeedException">Not JSON, or not a valid seed.</exception>
    public static SimulatorSeed Parse(string json) => Parse(json, "seed");

    private static SimulatorSeed Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new SimulatorSeedException($"The simulator {source} is not valid JSON: {ex.Message}", ex);
        }

        if (root is not JsonObject obj)
        {
            throw new SimulatorSeedException($"The simulator {source} must be a JSON object {{\"me\", \"mailboxSettings\", \"events\", \"inbox\"}}.");
        }

        var me = obj["me"] as JsonObject ?? throw new SimulatorSeedException("Seed: \"me\" is missing or not an object (it is the user as GET /me returns it).");
        var settings = obj["mailboxSettings"] switch
        {
            null => new JsonObject { ["timeZone"] = "UTC" },
            JsonObject s => s,
            _ => throw new SimulatorSeedException("Seed: \"mailboxSettings\" must be an object (as GET /me/mailboxSettings returns it)."),
        };

        return new SimulatorSeed(me, settings, ReadArray(obj, "events"), ReadArray(obj, "inbox"));
    }

    private static IEnumerable<JsonObject> ReadArray(JsonObject root, string name)
    {
        switch (root[name])
        {
            case null:
                return [];
            case JsonArray array:
                var items = new List<JsonObject>();
                for (var i = 0; i < array.Count; i++)
                {
                    items.Add(array[i] as JsonObject ?? throw new SimulatorSeedException($"Seed: {name}[{i}] must be an object."));
                }

                return items;
            default:
                throw new SimulatorSeedException($"Seed: \"{name}\" must be an array.");
        }
    }
}
