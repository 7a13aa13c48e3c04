using System.Text.Json;
using Microsoft.Kiota.Serialization.Json;
using OutlookFollowUp.Core.Model;
using GraphModels = Microsoft.Graph.Models;

namespace OutlookFollowUp.Graph.Mapping;

/// <summary>One entry of an events file: the event, or why it could not be read.</summary>
public sealed record EventReadResult(int Index, CalendarEvent? Event, string? Error);

/// <summary>Reads Graph event JSON exported from a calendar: one event, or a page <c>{"value":[...]}</c>.</summary>
public static class GraphJson
{
    /// <summary>
    /// Parses events JSON through the Graph SDK's own deserializer and maps each event.
    /// </summary>
    /// <returns>The entries, and whether the input was a page (where unreadable entries are skipped) or a single event.</returns>
    /// <exception cref="FormatException">The text is not JSON, or not an event nor a page of events.</exception>
    public static (IReadOnlyList<EventReadResult> Entries, bool IsPage) ReadEvents(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new FormatException($"invalid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("value", out var value))
            {
                if (value.ValueKind != JsonValueKind.Array)
                {
                    throw new FormatException("\"value\" must be an array of events");
                }

                return (value.EnumerateArray().Select((e, i) => ReadOne(e, i)).ToList(), true);
            }

            if (root.ValueKind == JsonValueKind.Array)
            {
                return (root.EnumerateArray().Select((e, i) => ReadOne(e, i)).ToList(), true);
            }

            if (root.ValueKind == JsonValueKind.Object)
            {
                return ([ReadOne(root, 0)], false);
            }

            throw new FormatException("expected a Graph event object or a page {\"value\": [...]}");
        }
    }

    /// <summary>Deserializes one Graph event object with the SDK's model.</summary>
    public static GraphModels.Event ParseEvent(JsonElement element) =>
        new JsonParseNode(element).GetObjectValue(GraphModels.Event.CreateFromDiscriminatorValue)
        ?? throw new FormatException("empty event");

    private static EventReadResult ReadOne(JsonElement element, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new EventReadResult(index, null, $"event #{index + 1} is not a JSON object");
        }

        GraphModels.Event parsed;
        try
        {
            parsed = ParseEvent(element);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or JsonException or ArgumentException or OverflowException)
        {
            return new EventReadResult(index, null, $"event #{index + 1} could not be read: {ex.Message}");
        }

        return EventMapper.TryMap(parsed, out var mapped, out var error)
            ? new EventReadResult(index, mapped, null)
            : new EventReadResult(index, null, $"event #{index + 1} skipped: {error}");
    }
}
