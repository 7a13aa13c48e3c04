using System.Globalization;
using System.Text.Json.Nodes;

namespace OutlookFollowUp.TestUtilities.GraphJson;

/// <summary>Builds a Graph message as /me/messages returns it (JSON), optionally with internetMessageHeaders.</summary>
public static class GraphMessageJson
{
    private static int _next;

    /// <summary>An inbound message from <paramref name="from"/> received at <paramref name="received"/>.</summary>
    public static JsonObject From(string from, string? name, DateTimeOffset received, string subject, string preview = "Thank you for your time.", params (string Name, string Value)[] headers)
    {
        var message = new JsonObject
        {
            ["id"] = "AAMkMSG" + Interlocked.Increment(ref _next).ToString("D6", CultureInfo.InvariantCulture),
            ["subject"] = subject,
            ["bodyPreview"] = preview,
            ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = preview },
            ["receivedDateTime"] = received.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["isDraft"] = false,
            ["isRead"] = false,
            ["from"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = name, ["address"] = from } },
            ["toRecipients"] = new JsonArray(new JsonObject
            {
                ["emailAddress"] = new JsonObject { ["name"] = SampleMailboxJson.UserName, ["address"] = SampleMailboxJson.UserAddress },
            }),
        };
        if (headers.Length > 0)
        {
            message["internetMessageHeaders"] = new JsonArray(headers.Select(h => (JsonNode)new JsonObject { ["name"] = h.Name, ["value"] = h.Value }).ToArray());
        }

        return message;
    }
}
