using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Routing;

namespace OutlookFollowUp.Simulator.Todo;

/// <summary>To Do lists and their tasks (tasks carry their linkedResources), thread-safe; readers get copies.</summary>
internal sealed class TodoStore
{
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _lists = [];
    private readonly Dictionary<string, List<JsonObject>> _tasks = new(StringComparer.Ordinal);

    public void Load(DateTimeOffset now)
    {
        _ = now;
        lock (_gate)
        {
            _lists.Clear();
            _tasks.Clear();
            AddListLocked("Tasks", "defaultList");
        }
    }

    public IReadOnlyList<JsonObject> Lists()
    {
        lock (_gate)
        {
            return _lists.Select(GraphJson.Clone).ToList();
        }
    }

    public JsonObject? GetList(string listId)
    {
        lock (_gate)
        {
            var list = FindList(listId);
            return list is null ? null : GraphJson.Clone(list);
        }
    }

    public JsonObject AddList(string displayName)
    {
        lock (_gate)
        {
            return GraphJson.Clone(AddListLocked(displayName, "none"));
        }
    }

    /// <summary>Renames or deletes a list; false when it does not exist. Built-in lists cannot be changed.</summary>
    public JsonObject? UpdateList(string listId, Action<JsonObject> change)
    {
        lock (_gate)
        {
            var list = FindList(listId);
            if (list is null)
            {
                return null;
            }

            change(list);
            list["@odata.etag"] = GraphJson.NewETag();
            return GraphJson.Clone(list);
        }
    }

    public bool DeleteList(string listId)
    {
        lock (_gate)
        {
            _tasks.Remove(listId);
            return _lists.RemoveAll(l => GraphJson.GetString(l, "id") == listId) > 0;
        }
    }

    /// <summary>Tasks of a list, or null when the list does not exist.</summary>
    public IReadOnlyList<JsonObject>? Tasks(string listId)
    {
        lock (_gate)
        {
            return _tasks.TryGetValue(listId, out var tasks) ? tasks.Select(GraphJson.Clone).ToList() : null;
        }
    }

    public JsonObject? AddTask(string listId, JsonObject task)
    {
        lock (_gate)
        {
            if (!_tasks.TryGetValue(listId, out var tasks))
            {
                return null;
            }

            tasks.Add(task);
            return GraphJson.Clone(task);
        }
    }

    /// <summary>Applies <paramref name="change"/> to a task; null when the list or task does not exist.</summary>
    public JsonObject? UpdateTask(string listId, string taskId, Action<JsonObject> change)
    {
        lock (_gate)
        {
            var task = _tasks.TryGetValue(listId, out var tasks) ? tasks.Find(t => GraphJson.GetString(t, "id") == taskId) : null;
            if (task is null)
            {
                return null;
            }

            change(task);
            return GraphJson.Clone(task);
        }
    }

    public bool DeleteTask(string listId, string taskId)
    {
        lock (_gate)
        {
            return _tasks.TryGetValue(listId, out var tasks) && tasks.RemoveAll(t => GraphJson.GetString(t, "id") == taskId) > 0;
        }
    }

    private JsonObject? FindList(string listId) => _lists.Find(l => GraphJson.GetString(l, "id") == listId);

    private JsonObject AddListLocked(string displayName, string wellKnownName)
    {
        var list = new JsonObject
        {
            ["@odata.etag"] = GraphJson.NewETag(),
            ["displayName"] = displayName,
            ["isOwner"] = true,
            ["isShared"] = false,
            ["wellknownListName"] = wellKnownName,
            ["id"] = IdFactory.TodoList(),
        };
        _lists.Add(list);
        _tasks[GraphJson.GetString(list, "id")!] = [];
        return list;
    }
}
