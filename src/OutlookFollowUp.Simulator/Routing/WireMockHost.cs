using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace OutlookFollowUp.Simulator.Routing;

/// <summary>
/// Hosts the simulator on WireMock.Net: one catch-all mapping whose async callback hands every request to our own
/// dispatcher (no response templating). A small middleware in front of WireMock keeps the raw request target
/// (so "%24filter" and "$filter" are seen exactly as sent) and can abort the connection for "lost response" faults.
/// </summary>
internal sealed class WireMockHost : IDisposable
{
    private const string RawTargetHeader = "X-Simulator-Raw-Target";
    private const string AbortHeader = "X-Simulator-Abort";
    private const string VersionPrefix = "/v1.0";

    private readonly WireMockServer _server;
    private readonly Func<GraphRequest, CancellationToken, Task<GraphResponse>> _dispatch;

    public WireMockHost(int port, Func<GraphRequest, CancellationToken, Task<GraphResponse>> dispatch)
    {
        _dispatch = dispatch;
        _server = StartServer(port);
        _server
            .Given(Request.Create().UsingAnyMethod().WithPath(new RegexMatcher(".*")))
            .RespondWith(Response.Create().WithCallback(HandleAsync));
        Url = $"http://127.0.0.1:{Port}";
    }

    public string Url { get; }

    public int Port { get; private set; }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    private WireMockServer StartServer(int requestedPort)
    {
        // WireMock binds every interface unless given an explicit URL, so pick the loopback port ourselves.
        for (var attempt = 0; ; attempt++)
        {
            var port = requestedPort != 0 ? requestedPort : FreeLoopbackPort();
            try
            {
                var server = WireMockServer.Start(new WireMockServerSettings
                {
                    Urls = [$"http://127.0.0.1:{port}"],
                    StartAdminInterface = false,
                    ReadStaticMappings = false,
                    DisableJsonBodyParsing = true,
                    DisableRequestBodyDecompressing = true,
                    AllowBodyForAllHttpMethods = true,
                    MaxRequestLogCount = 0,
                    PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(RawTargetAndAbortMiddleware),
                });
                Port = port;
                return server;
            }
            catch (Exception ex) when (requestedPort == 0 && attempt < 3 && ex is IOException or SocketException or InvalidOperationException or WireMock.Exceptions.WireMockException)
            {
                // Another process took the port between probing and binding; try another.
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RawTargetAndAbortMiddleware(HttpContext context, RequestDelegate next)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (context.Request.Path + context.Request.QueryString).ToString();
        context.Request.Headers[RawTargetHeader] = rawTarget;

        // Buffer the response so that a "dropped connection" fault can abort before a single byte leaves.
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.Headers.ContainsKey(AbortHeader))
        {
            context.Abort();
            return;
        }

        if (buffer.Length > 0)
        {
            context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task<IResponseMessage> HandleAsync(IRequestMessage message)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in message.Headers ?? new Dictionary<string, WireMockList<string>>())
        {
            headers[pair.Key] = string.Join(", ", pair.Value);
        }

        headers.Remove(RawTargetHeader, out var rawTarget);
        rawTarget ??= message.Path + (message.RawQuery ?? string.Empty);
        var origin = new Uri(message.Url).GetLeftPart(UriPartial.Authority);

        var underVersion = rawTarget.StartsWith(VersionPrefix + "/", StringComparison.OrdinalIgnoreCase)
            || string.Equals(rawTarget, VersionPrefix, StringComparison.OrdinalIgnoreCase)
            || rawTarget.StartsWith(VersionPrefix + "?", StringComparison.OrdinalIgnoreCase);
        var request = GraphRequest.FromRawTarget(
            message.Method, underVersion ? rawTarget[VersionPrefix.Length..] : rawTarget, headers, message.Body, origin, inBatch: false, rawTargetForLog: rawTarget);
        if (!underVersion)
        {
            request = request.WithInvalidVersion(rawTarget.TrimStart('/').Split('/', '?')[0]);
        }

        var response = await _dispatch(request, CancellationToken.None).ConfigureAwait(false);
        return ToWireMock(response);
    }

    private static ResponseMessage ToWireMock(GraphResponse response)
    {
        var headers = response.Headers.ToDictionary(p => p.Key, p => new WireMockList<string>(p.Value), StringComparer.OrdinalIgnoreCase);
        if (response.DropConnection)
        {
            headers[AbortHeader] = new WireMockList<string>("1");
        }

        var result = new ResponseMessage { StatusCode = response.Status, Headers = headers };
        var text = response.Json is not null ? GraphJson.Serialize(response.Json) : response.Text;
        if (text is not null)
        {
            result.BodyData = new BodyData
            {
                BodyAsString = text,
                DetectedBodyType = BodyType.String,
                Encoding = new UTF8Encoding(false),
            };
        }

        return result;
    }
}
