using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookFollowUp.Simulator.Routing;

/// <summary>Small JSON helpers shared by the handlers.</summary>
internal static class GraphJson
{
    public static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };

    public static string Serialize(JsonNode node) => node.ToJsonString(WriteOptions);

    /// <summary>Parses a request body that must be a JSON object, or answers 400 like Graph.</summary>
    public static JsonObject ParseObjectBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            throw GraphErrorException.BadRequest("Empty Payload, JSON content expected for Post or Patch request.", "BadRequest");
        }

        try
        {
            return JsonNode.Parse(body, NodeOptions) as JsonObject
                ?? throw GraphErrorException.BadRequest("The request body must be a JSON object.", "RequestBodyRead");
        }
        catch (JsonException ex)
        {
            throw GraphErrorException.BadRequest("Invalid JSON in the request body: " + ex.Message, "RequestBodyRead");
        }
    }

    public static JsonObject Clone(JsonObject value) => (JsonObject)value.DeepClone();

    public static string? GetString(JsonObject obj, string name) =>
        obj.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool? GetBool(JsonObject obj, string name) =>
        obj.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    /// <summary>Case-insensitive property lookup, as OData property names in $select/$filter are matched.</summary>
    public static JsonNode? GetIgnoreCase(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var exact))
        {
            return exact;
        }

        foreach (var pair in obj)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>An instant in Graph's message format: UTC with a Z and no fraction ("2026-11-11T15:00:00Z").</summary>
    public static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A dateTimeTimeZone.dateTime value: local wall clock with seven fraction digits and no offset.</summary>
    public static string WallClock(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    public static JsonObject DateTimeTimeZone(DateTime wallClock, string timeZone) =>
        new() { ["dateTime"] = WallClock(wallClock), ["timeZone"] = timeZone };

    public static string NewETag() => "W/\"" + Convert.ToBase64String(Guid.NewGuid().ToByteArray()) + "\"";
}
