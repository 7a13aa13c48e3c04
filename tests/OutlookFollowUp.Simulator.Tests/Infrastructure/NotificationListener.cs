using System.Collections.Concurrent;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace OutlookFollowUp.Simulator.Tests.Infrastructure;

/// <summary>A tiny local webhook endpoint: answers Graph's validation handshake (or not) and records notifications.</summary>
internal sealed class NotificationListener : IDisposable
{
    private readonly WireMockServer _server;

    public NotificationListener(bool echoValidationToken = true)
    {
        EchoValidationToken = echoValidationToken;
        _server = WireMockServer.Start(new WireMockServerSettings { StartAdminInterface = false, DisableJsonBodyParsing = true });
        _server.Given(Request.Create().UsingPost().WithPath(new RegexMatcher(".*"))).RespondWith(Response.Create().WithCallback(Handle));
        Url = new Uri(_server.Url + "/api/notifications");
    }

    public Uri Url { get; }

    public Uri LifecycleUrl => new(Url + "/lifecycle");

    public ConcurrentQueue<string> ValidationTokens { get; } = new();

    public ConcurrentQueue<(string Path, string Body)> Notifications { get; } = new();

    public bool EchoValidationToken { get; set; }

    public void Dispose() => _server.Dispose();

    private ResponseMessage Handle(IRequestMessage request)
    {
        if (request.Query is not null && request.Query.TryGetValue("validationToken", out var token))
        {
            ValidationTokens.Enqueue(token[0]);
            var body = EchoValidationToken ? token[0] : "nope";
            return Text(200, body);
        }

        Notifications.Enqueue((request.Path, request.Body ?? string.Empty));
        return Text(202, string.Empty);
    }

    private static ResponseMessage Text(int status, string body) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("text/plain") },
        BodyData = new WireMock.Util.BodyData { BodyAsString = body, DetectedBodyType = WireMock.Types.BodyType.String },
    };
}
