using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Routing;
using OutlookFollowUp.Simulator.Seed;

namespace OutlookFollowUp.Simulator.Calendar;

/// <summary>The calendar's events, thread-safe; readers always get copies.</summary>
internal sealed class CalendarStore
{
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _events = [];

    public void Load(IEnumerable<JsonObject> events)
    {
        lock (_gate)
        {
            _events.Clear();
            _events.AddRange(events.Select(Normalize));
        }
    }

    public IReadOnlyList<JsonObject> Snapshot()
    {
        lock (_gate)
        {
            return _events.Select(GraphJson.Clone).ToList();
        }
    }

    public JsonObject? Get(string id)
    {
        lock (_gate)
        {
            var found = Find(id);
            return found is null ? null : GraphJson.Clone(found);
        }
    }

    public string Add(JsonObject item, DateTimeOffset now)
    {
        var copy = GraphJson.Clone(item);
        if (string.IsNullOrWhiteSpace(GraphJson.GetString(copy, "id")))
        {
            copy["id"] = IdFactory.Item();
        }

        copy["iCalUId"] ??= "040000008200E00074C5B7101A82E008" + Guid.NewGuid().ToString("N").ToUpperInvariant();
        copy["createdDateTime"] ??= GraphJson.Instant(now);
        copy["lastModifiedDateTime"] = GraphJson.Instant(now);
        SeedValidator.ValidateEvent(copy, "event");
        var id = GraphJson.GetString(copy, "id")!;
        lock (_gate)
        {
            if (Find(id) is not null)
            {
                throw new InvalidOperationException($"An event with id '{id}' already exists.");
            }

            _events.Add(Normalize(copy));
        }

        return id;
    }

    public void Replace(string id, JsonObject item, DateTimeOffset now)
    {
        var copy = GraphJson.Clone(item);
        copy["id"] = id;
        copy["lastModifiedDateTime"] = GraphJson.Instant(now);
        SeedValidator.ValidateEvent(copy, "event");
        lock (_gate)
        {
            var index = _events.FindIndex(e => GraphJson.GetString(e, "id") == id);
            if (index < 0)
            {
                throw new KeyNotFoundException($"No event with id '{id}'.");
            }

            copy["iCalUId"] ??= _events[index]["iCalUId"]?.DeepClone();
            _events[index] = Normalize(copy);
        }
    }

    public void Update(string id, Action<JsonObject> change, DateTimeOffset now)
    {
        lock (_gate)
        {
            var found = Find(id) ?? throw new KeyNotFoundException($"No event with id '{id}'.");
            change(found);
            found["lastModifiedDateTime"] = GraphJson.Instant(now);
            found["@odata.etag"] = GraphJson.NewETag();
        }
    }

    public bool Delete(string id)
    {
        lock (_gate)
        {
            return _events.RemoveAll(e => GraphJson.GetString(e, "id") == id) > 0;
        }
    }

    private JsonObject? Find(string id) => _events.Find(e => GraphJson.GetString(e, "id") == id);

    private static JsonObject Normalize(JsonObject item)
    {
        item["@odata.etag"] ??= GraphJson.NewETag();
        item["type"] ??= "singleInstance";
        item["isAllDay"] ??= false;
        item["isCancelled"] ??= false;
        item["originalStartTimeZone"] ??= (item["start"] as JsonObject)?["timeZone"]?.DeepClone();
        item["originalEndTimeZone"] ??= (item["end"] as JsonObject)?["timeZone"]?.DeepClone();
        return item;
    }
}
