using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Routing;

namespace OutlookFollowUp.Simulator.Subscriptions;

/// <summary>Active subscriptions; expired ones disappear, as on Graph.</summary>
internal sealed class SubscriptionStore
{
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _subscriptions = [];

    public void Clear()
    {
        lock (_gate)
        {
            _subscriptions.Clear();
        }
    }

    public IReadOnlyList<JsonObject> Snapshot(DateTimeOffset now)
    {
        lock (_gate)
        {
            Purge(now);
            return _subscriptions.Select(GraphJson.Clone).ToList();
        }
    }

    public JsonObject? Get(string id, DateTimeOffset now)
    {
        lock (_gate)
        {
            Purge(now);
            var found = _subscriptions.Find(s => GraphJson.GetString(s, "id") == id);
            return found is null ? null : GraphJson.Clone(found);
        }
    }

    public void Add(JsonObject subscription)
    {
        lock (_gate)
        {
            _subscriptions.Add(GraphJson.Clone(subscription));
        }
    }

    public JsonObject? Update(string id, DateTimeOffset now, Action<JsonObject> change)
    {
        lock (_gate)
        {
            Purge(now);
            var found = _subscriptions.Find(s => GraphJson.GetString(s, "id") == id);
            if (found is null)
            {
                return null;
            }

            change(found);
            return GraphJson.Clone(found);
        }
    }

    public bool Delete(string id)
    {
        lock (_gate)
        {
            return _subscriptions.RemoveAll(s => GraphJson.GetString(s, "id") == id) > 0;
        }
    }

    private void Purge(DateTimeOffset now) =>
        _subscriptions.RemoveAll(s => DateTimeOffset.TryParse(GraphJson.GetString(s, "expirationDateTime"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var expires) && expires <= now);
}
