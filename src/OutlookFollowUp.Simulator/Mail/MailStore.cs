using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Calendar;
using OutlookFollowUp.Simulator.Routing;
using OutlookFollowUp.Simulator.Seed;

namespace OutlookFollowUp.Simulator.Mail;

/// <summary>All messages of the mailbox (inbox, drafts, sent items), thread-safe; stored with their extended properties.</summary>
internal sealed class MailStore
{
    public static readonly string InboxFolderId = IdFactory.Folder("Inbox");
    public static readonly string DraftsFolderId = IdFactory.Folder("Drafts");
    public static readonly string SentItemsFolderId = IdFactory.Folder("SentItems");
    public static readonly string DeletedItemsFolderId = IdFactory.Folder("DeletedItems");

    private readonly Lock _gate = new();
    private readonly List<JsonObject> _messages = [];

    /// <summary>Maps a well-known folder name or a folder id to our folder id; null when unknown.</summary>
    public static string? ResolveFolder(string folder) => folder.ToLowerInvariant() switch
    {
        "inbox" => InboxFolderId,
        "drafts" => DraftsFolderId,
        "sentitems" => SentItemsFolderId,
        "deleteditems" => DeletedItemsFolderId,
        _ => new[] { InboxFolderId, DraftsFolderId, SentItemsFolderId, DeletedItemsFolderId }.FirstOrDefault(id => string.Equals(id, folder, StringComparison.Ordinal)),
    };

    public void Load(IEnumerable<JsonObject> inbox, DateTimeOffset now)
    {
        lock (_gate)
        {
            _messages.Clear();
            foreach (var message in inbox)
            {
                _messages.Add(Complete(GraphJson.Clone(message), InboxFolderId, isDraft: false, now));
            }
        }
    }

    public IReadOnlyList<JsonObject> Snapshot()
    {
        lock (_gate)
        {
            return _messages.Select(GraphJson.Clone).ToList();
        }
    }

    public JsonObject? Get(string id)
    {
        lock (_gate)
        {
            var found = _messages.Find(m => GraphJson.GetString(m, "id") == id);
            return found is null ? null : GraphJson.Clone(found);
        }
    }

    /// <summary>Changes a stored message as Graph would: lastModifiedDateTime, changeKey and the etag move on. Null when absent.</summary>
    public JsonObject? Update(string id, Action<JsonObject> change, DateTimeOffset now)
    {
        lock (_gate)
        {
            var found = _messages.Find(m => GraphJson.GetString(m, "id") == id);
            if (found is null)
            {
                return null;
            }

            change(found);
            found["lastModifiedDateTime"] = GraphJson.Instant(now);
            found["changeKey"] = "CQAAABYAAAA" + Guid.NewGuid().ToString("N")[..16];
            found["@odata.etag"] = GraphJson.NewETag();
            return GraphJson.Clone(found);
        }
    }

    public bool Delete(string id)
    {
        lock (_gate)
        {
            return _messages.RemoveAll(m => GraphJson.GetString(m, "id") == id) > 0;
        }
    }

    /// <summary>Stores a new message (server-managed properties are set here) and returns a copy.</summary>
    public JsonObject Add(JsonObject message, string folderId, bool isDraft, DateTimeOffset now)
    {
        var stored = Complete(message, folderId, isDraft, now);
        SeedValidator.ValidateMessage(stored, "message");
        lock (_gate)
        {
            var id = GraphJson.GetString(stored, "id");
            if (_messages.Exists(m => GraphJson.GetString(m, "id") == id))
            {
                throw new InvalidOperationException($"A message with id '{id}' already exists.");
            }

            _messages.Add(stored);
            return GraphJson.Clone(stored);
        }
    }

    /// <summary>Fills what Graph always has on a message, keeping what the caller gave.</summary>
    private static JsonObject Complete(JsonObject message, string folderId, bool isDraft, DateTimeOffset now)
    {
        var id = GraphJson.GetString(message, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            id = IdFactory.Item();
            message["id"] = id;
        }

        var nowText = GraphJson.Instant(now);
        message["@odata.etag"] ??= GraphJson.NewETag();
        message["createdDateTime"] ??= message["receivedDateTime"]?.DeepClone() ?? nowText;
        message["lastModifiedDateTime"] ??= message["createdDateTime"]!.DeepClone();
        message["receivedDateTime"] ??= nowText;
        message["sentDateTime"] ??= message["receivedDateTime"]!.DeepClone();
        message["changeKey"] ??= "CQAAABYAAAA" + Guid.NewGuid().ToString("N")[..16];
        message["hasAttachments"] ??= false;
        message["internetMessageId"] ??= $"<{Guid.NewGuid():N}@simulator.local>";
        message["importance"] = (GraphJson.GetString(message, "importance") ?? "normal").ToLowerInvariant();
        message["parentFolderId"] ??= folderId;
        message["conversationId"] ??= "AAQkAG" + Convert.ToHexString(Guid.NewGuid().ToByteArray());
        message["isDeliveryReceiptRequested"] ??= false;
        message["isReadReceiptRequested"] ??= false;
        message["isRead"] ??= isDraft;
        message["isDraft"] ??= isDraft;
        message["webLink"] ??= $"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(id)}&exvsurl=1&viewmodel=ReadMessageItem";
        message["inferenceClassification"] ??= "focused";
        foreach (var recipients in new[] { "toRecipients", "ccRecipients", "bccRecipients", "replyTo" })
        {
            message[recipients] ??= new JsonArray();
        }

        if (message["body"] is JsonObject body)
        {
            body["contentType"] = (GraphJson.GetString(body, "contentType") ?? "text").ToLowerInvariant();
            body["content"] ??= string.Empty;
            message["bodyPreview"] ??= HtmlText.Preview(GraphJson.GetString(body, "contentType"), GraphJson.GetString(body, "content"));
        }
        else
        {
            var preview = GraphJson.GetString(message, "bodyPreview") ?? string.Empty;
            message["body"] = new JsonObject { ["contentType"] = "text", ["content"] = preview };
            message["bodyPreview"] ??= preview;
        }

        message["flag"] ??= new JsonObject { ["flagStatus"] = "notFlagged" };
        return message;
    }
}
