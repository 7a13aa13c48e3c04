using System.Text.Json.Nodes;

namespace OutlookFollowUp.Simulator.Routing;

/// <summary>What a handler answers; the host turns it into an HTTP response or a $batch sub-response.</summary>
internal sealed class GraphResponse
{
    public const string JsonContentType = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

    public int Status { get; set; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public JsonNode? Json { get; set; }

    public string? Text { get; set; }

    /// <summary>Close the connection instead of answering (a "lost response" fault).</summary>
    public bool DropConnection { get; set; }

    public bool IsSuccess => Status is >= 200 and < 300;

    public static GraphResponse Ok(JsonNode body) => WithJson(200, body);

    public static GraphResponse Created(JsonNode body) => WithJson(201, body);

    public static GraphResponse NoContent() => new() { Status = 204 };

    public static GraphResponse WithJson(int status, JsonNode body)
    {
        var response = new GraphResponse { Status = status, Json = body };
        response.Headers["Content-Type"] = JsonContentType;
        return response;
    }

    /// <summary>A Graph-shaped error; the dispatcher adds innerError (date, request-id) before it leaves.</summary>
    public static GraphResponse Error(int status, string code, string message) =>
        WithJson(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    public GraphResponse WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}

/// <summary>Thrown deep inside a handler (e.g. a bad $filter) to answer with a Graph error.</summary>
internal sealed class GraphErrorException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public GraphResponse ToResponse() => GraphResponse.Error(Status, Code, Message);

    public static GraphErrorException BadRequest(string message, string code = "BadRequest") => new(400, code, message);
}
