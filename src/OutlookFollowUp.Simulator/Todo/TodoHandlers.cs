using System.Globalization;
using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Calendar;
using OutlookFollowUp.Simulator.Routing;

namespace OutlookFollowUp.Simulator.Todo;

/// <summary>
/// Microsoft To Do: lists (a built-in "Tasks" defaultList exists from the start), tasks with inline linkedResources,
/// PATCH of status/dates. dueDateTime is date-only as in real To Do: the time is reset to midnight in the zone given
/// and the value comes back in UTC (so the date can shift for zones east of UTC).
/// </summary>
internal sealed class TodoHandlers(MailboxContext context)
{
    private static readonly HashSet<string> Statuses = new(StringComparer.Ordinal) { "notStarted", "inProgress", "completed", "waitingOnOthers", "deferred" };
    private static readonly HashSet<string> Importances = new(StringComparer.Ordinal) { "low", "normal", "high" };
    private static readonly string[] Patchable =
        ["title", "body", "status", "importance", "dueDateTime", "reminderDateTime", "isReminderOn", "categories", "startDateTime", "completedDateTime", "recurrence"];

    public void Map(Router router)
    {
        router.Map("GET", "me/todo/lists", (r, _, _) => Task.FromResult(ListLists(r)));
        router.Map("POST", "me/todo/lists", (r, _, _) => Task.FromResult(CreateList(r)));
        router.Map("GET", "me/todo/lists/{listId}", (r, v, _) => Task.FromResult(GetList(r, v["listId"])));
        router.Map("PATCH", "me/todo/lists/{listId}", (r, v, _) => Task.FromResult(RenameList(r, v["listId"])));
        router.Map("DELETE", "me/todo/lists/{listId}", (r, v, _) => Task.FromResult(DeleteList(v["listId"])));
        router.Map("GET", "me/todo/lists/{listId}/tasks", (r, v, _) => Task.FromResult(ListTasks(r, v["listId"])));
        router.Map("POST", "me/todo/lists/{listId}/tasks", (r, v, _) => Task.FromResult(CreateTask(r, v["listId"])));
        router.Map("GET", "me/todo/lists/{listId}/tasks/{taskId}", (r, v, _) => Task.FromResult(GetTask(r, v["listId"], v["taskId"])));
        router.Map("PATCH", "me/todo/lists/{listId}/tasks/{taskId}", (r, v, _) => Task.FromResult(PatchTask(r, v["listId"], v["taskId"])));
        router.Map("DELETE", "me/todo/lists/{listId}/tasks/{taskId}", (_, v, _) => Task.FromResult(
            context.Todo.DeleteTask(v["listId"], v["taskId"]) ? GraphResponse.NoContent() : NotFound()));
        router.Map("GET", "me/todo/lists/{listId}/tasks/{taskId}/linkedResources", (r, v, _) => Task.FromResult(ListLinkedResources(r, v["listId"], v["taskId"])));
        router.Map("POST", "me/todo/lists/{listId}/tasks/{taskId}/linkedResources", (r, v, _) => Task.FromResult(AddLinkedResource(r, v["listId"], v["taskId"])));
    }

    private static GraphResponse NotFound() =>
        GraphResponse.Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");

    private GraphResponse ListLists(GraphRequest request)
    {
        var lists = context.Todo.Lists().Select(l => ODataQuery.Project(l, ODataQuery.Select(request))).ToList();
        var headers = new GraphResponseHeaders();
        return headers.ApplyTo(GraphResponse.Ok(ODataQuery.Page(request, lists, context.Options.PageSize, headers, $"users('{context.MeId}')/todo/lists")));
    }

    private GraphResponse CreateList(GraphRequest request)
    {
        var input = GraphJson.ParseObjectBody(request.Body);
        var name = GraphJson.GetString(input, "displayName");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw GraphErrorException.BadRequest("The displayName of a task list is required.", "invalidRequest");
        }

        return GraphResponse.Created(context.Todo.AddList(name));
    }

    private GraphResponse GetList(GraphRequest request, string listId)
    {
        var list = context.Todo.GetList(listId);
        return list is null ? NotFound() : GraphResponse.Ok(ODataQuery.Project(list, ODataQuery.Select(request)));
    }

    private GraphResponse RenameList(GraphRequest request, string listId)
    {
        var input = GraphJson.ParseObjectBody(request.Body);
        var existing = context.Todo.GetList(listId);
        if (existing is null)
        {
            return NotFound();
        }

        if (GraphJson.GetString(existing, "wellknownListName") != "none")
        {
            throw GraphErrorException.BadRequest("Built-in lists cannot be renamed.", "invalidRequest");
        }

        var name = GraphJson.GetString(input, "displayName");
        var updated = context.Todo.UpdateList(listId, l =>
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                l["displayName"] = name;
            }
        });
        return updated is null ? NotFound() : GraphResponse.Ok(updated);
    }

    private GraphResponse DeleteList(string listId)
    {
        var existing = context.Todo.GetList(listId);
        if (existing is null)
        {
            return NotFound();
        }

        if (GraphJson.GetString(existing, "wellknownListName") != "none")
        {
            throw GraphErrorException.BadRequest("Built-in lists cannot be deleted.", "invalidRequest");
        }

        context.Todo.DeleteList(listId);
        return GraphResponse.NoContent();
    }

    private GraphResponse ListTasks(GraphRequest request, string listId)
    {
        var tasks = context.Todo.Tasks(listId);
        if (tasks is null)
        {
            return NotFound();
        }

        var filterText = request.Query["$filter"];
        var filter = string.IsNullOrWhiteSpace(filterText) ? null : ODataFilter.Parse(filterText);
        var projected = tasks.Where(t => filter?.Matches(t) ?? true).Select(t => Project(t, request)).ToList();
        var headers = new GraphResponseHeaders();
        return headers.ApplyTo(GraphResponse.Ok(ODataQuery.Page(request, projected, context.Options.PageSize, headers, $"users('{context.MeId}')/todo/lists('{listId}')/tasks")));
    }

    private GraphResponse GetTask(GraphRequest request, string listId, string taskId)
    {
        var task = context.Todo.Tasks(listId)?.FirstOrDefault(t => GraphJson.GetString(t, "id") == taskId);
        return task is null ? NotFound() : GraphResponse.Ok(Project(task, request));
    }

    private GraphResponse CreateTask(GraphRequest request, string listId)
    {
        if (context.Todo.GetList(listId) is null)
        {
            return NotFound();
        }

        var input = GraphJson.ParseObjectBody(request.Body);
        var now = context.Now;
        var task = new JsonObject
        {
            ["@odata.etag"] = GraphJson.NewETag(),
            ["importance"] = "normal",
            ["isReminderOn"] = false,
            ["status"] = "notStarted",
            ["title"] = string.Empty,
            ["createdDateTime"] = Timestamp(now),
            ["lastModifiedDateTime"] = Timestamp(now),
            ["hasAttachments"] = false,
            ["categories"] = new JsonArray(),
            ["id"] = IdFactory.Item(),
            ["body"] = new JsonObject { ["content"] = string.Empty, ["contentType"] = "text" },
        };
        Merge(task, input, now);

        var linked = new JsonArray();
        if (input["linkedResources"] is JsonArray resources)
        {
            foreach (var resource in resources)
            {
                linked.Add(NewLinkedResource(resource));
            }
        }
        else if (input["linkedResources"] is not null)
        {
            throw GraphErrorException.BadRequest("linkedResources must be an array.", "invalidRequest");
        }

        task["linkedResources"] = linked;
        var created = context.Todo.AddTask(listId, task);
        if (created is null)
        {
            return NotFound();
        }

        // The create response includes the linked resources that were sent inline.
        created.Remove("linkedResources");
        created["linkedResources@odata.context"] = $"{request.Origin}/v1.0/$metadata#users('{context.MeId}')/todo/lists('{listId}')/tasks('{GraphJson.GetString(task, "id")}')/linkedResources";
        created["linkedResources"] = linked.DeepClone();
        return GraphResponse.Created(created);
    }

    private GraphResponse PatchTask(GraphRequest request, string listId, string taskId)
    {
        var input = GraphJson.ParseObjectBody(request.Body);
        var now = context.Now;
        var updated = context.Todo.UpdateTask(listId, taskId, task =>
        {
            Merge(task, input, now);
            task["lastModifiedDateTime"] = Timestamp(now);
            task["@odata.etag"] = GraphJson.NewETag();
        });
        if (updated is null)
        {
            return NotFound();
        }

        updated.Remove("linkedResources");
        return GraphResponse.Ok(updated);
    }

    private GraphResponse ListLinkedResources(GraphRequest request, string listId, string taskId)
    {
        var task = context.Todo.Tasks(listId)?.FirstOrDefault(t => GraphJson.GetString(t, "id") == taskId);
        if (task is null)
        {
            return NotFound();
        }

        var resources = (task["linkedResources"] as JsonArray ?? []).OfType<JsonObject>().Select(GraphJson.Clone).ToList();
        var headers = new GraphResponseHeaders();
        return GraphResponse.Ok(ODataQuery.Page(request, resources, context.Options.PageSize, headers));
    }

    private GraphResponse AddLinkedResource(GraphRequest request, string listId, string taskId)
    {
        var resource = NewLinkedResource(GraphJson.ParseObjectBody(request.Body));
        var updated = context.Todo.UpdateTask(listId, taskId, task =>
        {
            if (task["linkedResources"] is not JsonArray list)
            {
                list = [];
                task["linkedResources"] = list;
            }

            list.Add(resource.DeepClone());
        });
        return updated is null ? NotFound() : GraphResponse.Created(resource);
    }

    private static JsonObject Project(JsonObject task, GraphRequest request)
    {
        var expanded = Mail.MessageProjector.Expansions(request)
            .Any(e => string.Equals(e.Path, "linkedResources", StringComparison.OrdinalIgnoreCase));
        if (!expanded)
        {
            task.Remove("linkedResources");
        }

        var select = ODataQuery.Select(request);
        if (expanded)
        {
            select?.Add("linkedResources");
        }

        return ODataQuery.Project(task, select);
    }

    private static JsonObject NewLinkedResource(JsonNode? input)
    {
        if (input is not JsonObject source)
        {
            throw GraphErrorException.BadRequest("Each linkedResource must be an object.", "invalidRequest");
        }

        var resource = GraphJson.Clone(source);
        resource.Remove("@odata.type");
        resource["id"] = IdFactory.Guid36();
        foreach (var name in new[] { "webUrl", "applicationName", "displayName", "externalId" })
        {
            resource[name] ??= null;
        }

        return resource;
    }

    /// <summary>Copies the writable properties of <paramref name="input"/> onto <paramref name="task"/>, with To Do's rules.</summary>
    private static void Merge(JsonObject task, JsonObject input, DateTimeOffset now)
    {
        var wasCompleted = GraphJson.GetString(task, "status") == "completed";
        foreach (var name in Patchable)
        {
            if (!input.TryGetPropertyValue(name, out var value))
            {
                continue;
            }

            task[name] = name switch
            {
                "status" => Validated(value, Statuses, name),
                "importance" => Validated(value, Importances, name),
                "dueDateTime" or "startDateTime" => DateOnly(value, name),
                "reminderDateTime" or "completedDateTime" => InUtc(value, name),
                "body" => Body(value),
                _ => value?.DeepClone(),
            };
        }

        var isCompleted = GraphJson.GetString(task, "status") == "completed";
        if (isCompleted && !wasCompleted && !input.ContainsKey("completedDateTime"))
        {
            task["completedDateTime"] = GraphJson.DateTimeTimeZone(now.UtcDateTime, "UTC");
        }
        else if (!isCompleted)
        {
            task.Remove("completedDateTime");
        }
    }

    private static JsonNode Validated(JsonNode? value, HashSet<string> allowed, string name)
    {
        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var match = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
        return match ?? throw GraphErrorException.BadRequest($"Invalid value '{text}' for property '{name}'.", "invalidRequest");
    }

    private static JsonObject Body(JsonNode? value)
    {
        var body = value as JsonObject ?? throw GraphErrorException.BadRequest("body must be an itemBody object.", "invalidRequest");
        return new JsonObject
        {
            ["content"] = GraphJson.GetString(body, "content") ?? string.Empty,
            ["contentType"] = (GraphJson.GetString(body, "contentType") ?? "text").ToLowerInvariant(),
        };
    }

    private static JsonNode? DateOnly(JsonNode? value, string name)
    {
        if (value is null)
        {
            return null;
        }

        var (wallClock, zone) = ReadDateTimeTimeZone(value, name);
        var midnight = TimeZones.ToInstant(wallClock.Date, zone);
        return GraphJson.DateTimeTimeZone(midnight.UtcDateTime, "UTC");
    }

    private static JsonNode? InUtc(JsonNode? value, string name)
    {
        if (value is null)
        {
            return null;
        }

        var (wallClock, zone) = ReadDateTimeTimeZone(value, name);
        return GraphJson.DateTimeTimeZone(TimeZones.ToInstant(wallClock, zone).UtcDateTime, "UTC");
    }

    private static (DateTime WallClock, TimeZoneInfo Zone) ReadDateTimeTimeZone(JsonNode value, string name)
    {
        if (value is not JsonObject obj
            || !TimeZones.TryParseWallClock(GraphJson.GetString(obj, "dateTime"), out var wallClock, out var instant))
        {
            throw GraphErrorException.BadRequest($"Invalid dateTimeTimeZone for property '{name}'.", "invalidRequest");
        }

        var zoneName = GraphJson.GetString(obj, "timeZone") ?? "UTC";
        if (!TimeZones.TryFind(zoneName, out var zone))
        {
            throw GraphErrorException.BadRequest($"Invalid time zone '{zoneName}' for property '{name}'.", "invalidRequest");
        }

        return instant is null ? (wallClock, zone) : (instant.Value.UtcDateTime, TimeZoneInfo.Utc);
    }

    private static string Timestamp(DateTimeOffset now) => now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
