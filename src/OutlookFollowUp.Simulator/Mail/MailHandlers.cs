using System.Globalization;
using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Calendar;
using OutlookFollowUp.Simulator.Routing;

namespace OutlookFollowUp.Simulator.Mail;

/// <summary>POST /me/messages (drafts), GET /me/messages (with $filter/$orderby/$select/$top/$expand), GET/PATCH/DELETE /me/messages/{id}.</summary>
internal sealed class MailHandlers(MailboxContext context)
{
    private static readonly string[] ServerManaged =
    [
        "id", "@odata.etag", "@odata.context", "createdDateTime", "lastModifiedDateTime", "receivedDateTime", "sentDateTime", "changeKey",
        "parentFolderId", "conversationId", "conversationIndex", "internetMessageId", "webLink", "isDraft", "hasAttachments", "bodyPreview",
    ];

    public void Map(Router router)
    {
        router.Map("POST", "me/messages", (r, _, _) => Task.FromResult(CreateDraft(r, MailStore.DraftsFolderId)));
        router.Map("POST", "me/mailFolders/{folder}/messages", (r, v, _) => Task.FromResult(CreateDraft(r, Folder(v))));
        router.Map("GET", "me/messages", (r, _, _) => Task.FromResult(List(r, folderId: null)));
        router.Map("GET", "me/mailFolders/{folder}/messages", (r, v, _) => Task.FromResult(List(r, Folder(v))));
        router.Map("GET", "me/messages/{id}", (r, v, _) => Task.FromResult(Get(r, v["id"])));
        router.Map("GET", "me/mailFolders/{folder}/messages/{id}", (r, v, _) => Task.FromResult(Get(r, v["id"])));
        router.Map("PATCH", "me/messages/{id}", (r, v, _) => Task.FromResult(Patch(r, v["id"])));
        router.Map("DELETE", "me/messages/{id}", (_, v, _) => Task.FromResult(
            context.Mail.Delete(v["id"]) ? GraphResponse.NoContent() : Calendar.CalendarHandlers.NotFound()));
    }

    private static string Folder(RouteValues values) =>
        MailStore.ResolveFolder(values["folder"])
        ?? throw new GraphErrorException(404, "ErrorItemNotFound", "The specified folder could not be found in the store.");

    private GraphResponse CreateDraft(GraphRequest request, string folderId)
    {
        var input = GraphJson.ParseObjectBody(request.Body);
        foreach (var name in ServerManaged)
        {
            input.Remove(name);
        }

        if (string.Equals(GraphJson.GetString(input, "@odata.type"), "#microsoft.graph.message", StringComparison.OrdinalIgnoreCase))
        {
            input.Remove("@odata.type");
        }

        ValidateExtendedProperties(input);
        var now = context.Now;
        input["createdDateTime"] = GraphJson.Instant(now);
        input["lastModifiedDateTime"] = GraphJson.Instant(now);
        input["receivedDateTime"] = GraphJson.Instant(now);
        input["sentDateTime"] = GraphJson.Instant(now);
        input["isDraft"] = true;
        input["isRead"] = true;
        input["body"] ??= new JsonObject { ["contentType"] = "text", ["content"] = string.Empty };
        var stored = context.Mail.Add(input, folderId, isDraft: true, now);
        var headers = new GraphResponseHeaders();
        var result = WithContext(request, MessageProjector.Project(stored, request, headers, context.Calendar), "messages/$entity");
        return headers.ApplyTo(GraphResponse.Created(result));
    }

    /// <summary>
    /// PATCH of a message: subject, body and recipients only while it is a draft (Graph refuses them on sent mail);
    /// server-managed properties are ignored, as Graph does.
    /// </summary>
    private GraphResponse Patch(GraphRequest request, string id)
    {
        var input = GraphJson.ParseObjectBody(request.Body);
        foreach (var name in ServerManaged)
        {
            input.Remove(name);
        }

        var current = context.Mail.Get(id);
        if (current is null)
        {
            return Calendar.CalendarHandlers.NotFound();
        }

        string[] draftOnly = ["subject", "body", "toRecipients", "ccRecipients", "bccRecipients"];
        if (GraphJson.GetBool(current, "isDraft") != true && draftOnly.Any(input.ContainsKey))
        {
            throw GraphErrorException.BadRequest("The message has been sent; its content cannot be changed.", "ErrorInvalidPropertyUpdateSentMessage");
        }

        ValidateExtendedProperties(input);
        var updated = context.Mail.Update(id, stored =>
        {
            foreach (var (name, value) in input.ToList())
            {
                stored[name] = value?.DeepClone();
            }

            if (stored["body"] is JsonObject body)
            {
                body["contentType"] = (GraphJson.GetString(body, "contentType") ?? "text").ToLowerInvariant();
                stored["bodyPreview"] = HtmlText.Preview(GraphJson.GetString(body, "contentType"), GraphJson.GetString(body, "content"));
            }
        }, context.Now);
        if (updated is null)
        {
            return Calendar.CalendarHandlers.NotFound();
        }

        var headers = new GraphResponseHeaders();
        return headers.ApplyTo(GraphResponse.Ok(WithContext(request, MessageProjector.Project(updated, request, headers, context.Calendar), "messages/$entity")));
    }

    private GraphResponse List(GraphRequest request, string? folderId)
    {
        if (request.Query.Has("$search"))
        {
            throw GraphErrorException.BadRequest("$search is not supported by the Graph simulator; use $filter.", "NotSupported");
        }

        var filterText = request.Query["$filter"];
        var filter = string.IsNullOrWhiteSpace(filterText) ? null : ODataFilter.Parse(filterText);
        var orderBy = ParseOrderBy(request.Query["$orderby"]);
        if (filter is not null && orderBy.Count > 0)
        {
            var leading = filter.Properties.Take(orderBy.Count);
            if (!leading.SequenceEqual(orderBy.Select(o => o.Property), StringComparer.OrdinalIgnoreCase))
            {
                throw GraphErrorException.BadRequest("The restriction or sort order is too complex for this operation.", "InefficientFilter");
            }
        }

        if (orderBy.Count == 0)
        {
            orderBy.Add(("receivedDateTime", true));
        }

        var messages = context.Mail.Snapshot()
            .Where(m => folderId is null || GraphJson.GetString(m, "parentFolderId") == folderId)
            .Where(m => filter?.Matches(m) ?? true);
        var sorted = Sort(messages, orderBy);
        var headers = new GraphResponseHeaders();
        var projected = sorted.Select(m => MessageProjector.Project(m, request, headers, context.Calendar)).ToList();
        var page = ODataQuery.Page(request, projected, context.Options.PageSize, headers, $"users('{context.MeId}')/messages");
        return headers.ApplyTo(GraphResponse.Ok(page));
    }

    private GraphResponse Get(GraphRequest request, string id)
    {
        var stored = context.Mail.Get(id);
        if (stored is null)
        {
            return Calendar.CalendarHandlers.NotFound();
        }

        var headers = new GraphResponseHeaders();
        var result = WithContext(request, MessageProjector.Project(stored, request, headers, context.Calendar), "messages/$entity");
        return headers.ApplyTo(GraphResponse.Ok(result));
    }

    private JsonObject WithContext(GraphRequest request, JsonObject item, string fragment)
    {
        var result = new JsonObject { ["@odata.context"] = $"{request.Origin}/v1.0/$metadata#users('{context.MeId}')/{fragment}" };
        foreach (var pair in item.ToList())
        {
            item.Remove(pair.Key);
            result[pair.Key] = pair.Value;
        }

        return result;
    }

    private static void ValidateExtendedProperties(JsonObject input)
    {
        foreach (var name in new[] { "singleValueExtendedProperties", "multiValueExtendedProperties" })
        {
            if (input[name] is null)
            {
                continue;
            }

            if (input[name] is not JsonArray array || array.Any(p => p is not JsonObject obj || string.IsNullOrWhiteSpace(GraphJson.GetString(obj, "id"))))
            {
                throw GraphErrorException.BadRequest($"Invalid {name}: each item needs an 'id' and a 'value'.", "ErrorInvalidProperty");
            }
        }
    }

    private static List<(string Property, bool Descending)> ParseOrderBy(string? text)
    {
        var result = new List<(string, bool)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = words.Length > 1 && string.Equals(words[1], "desc", StringComparison.OrdinalIgnoreCase);
            if (words.Length > 2 || (words.Length == 2 && !descending && !string.Equals(words[1], "asc", StringComparison.OrdinalIgnoreCase)))
            {
                throw GraphErrorException.BadRequest($"Invalid $orderby clause '{part}'.");
            }

            result.Add((words[0], descending));
        }

        return result;
    }

    private static IEnumerable<JsonObject> Sort(IEnumerable<JsonObject> messages, List<(string Property, bool Descending)> orderBy)
    {
        IOrderedEnumerable<JsonObject>? sorted = null;
        foreach (var (property, descending) in orderBy)
        {
            Func<JsonObject, IComparable> key = m => SortKey(m, property);
            sorted = sorted is null
                ? (descending ? messages.OrderByDescending(key) : messages.OrderBy(key))
                : (descending ? sorted.ThenByDescending(key) : sorted.ThenBy(key));
        }

        return sorted ?? messages;
    }

    private static IComparable SortKey(JsonObject message, string path)
    {
        JsonNode? node = message;
        foreach (var segment in path.Split('/'))
        {
            node = node is JsonObject obj ? GraphJson.GetIgnoreCase(obj, segment) : null;
        }

        if (node is not JsonValue value)
        {
            return string.Empty;
        }

        if (value.TryGetValue<string>(out var text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                ? instant.UtcTicks.ToString("D20", CultureInfo.InvariantCulture)
                : text.ToUpperInvariant();
        }

        return value.ToJsonString();
    }
}
