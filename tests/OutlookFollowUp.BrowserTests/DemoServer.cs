using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace OutlookFollowUp.BrowserTests;

/// <summary>
/// The real Api in demo mode on a loopback port (WebApplicationFactory with Kestrel), the demo's "today" pinned, and
/// Debian's Chromium driven by Playwright. One per test class; each test starts from a reset demo.
/// </summary>
public sealed class DemoServer : IAsyncLifetime
{
    /// <summary>The demo's pinned "today" (a Friday): the seed's dates move to it, whatever the real date is.</summary>
    public const string Today = "2026-11-20";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly List<IBrowserContext> _contexts = [];
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"followup-browser-{Guid.NewGuid():N}.db");

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("urls", BaseUrl);
            web.UseSetting("AzureAd:ClientId", "");
            web.UseSetting("ConnectionStrings:FollowUp", $"Data Source={_database}");
            web.UseSetting("Jobs:Enabled", "false");
            web.UseSetting("Demo:ValidateSubscriptions", "false");
            web.UseSetting("Demo:Today", Today);
            web.UseSetting("App:RequestsPerMinutePerUser", "100000");
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        _factory.StartServer();
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl) };

        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("FOLLOWUP_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh demo: the simulated mailbox from its seed, the clock at the start, no ledger rows.</summary>
    public async Task ResetAsync()
    {
        using var response = await Http.PostAsync(new Uri("/demo/reset", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }

    public async Task<JsonObject> MailboxAsync()
    {
        var text = await Http.GetStringAsync(new Uri("/demo/mailbox", UriKind.Relative));
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>A page of its own (new context), at the given width; the Office.js CDN is unreachable here, as offline.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
            TimezoneId = "America/Chicago",
            BaseURL = BaseUrl,
        });
        _contexts.Add(context);
        await context.RouteAsync("https://appsforoffice.microsoft.com/**", route => route.AbortAsync());
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    /// <summary>Closes the pages a test opened, so nothing of it is still running when the next test resets the demo.</summary>
    public async Task CloseContextsAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        _contexts.Clear();
    }

    /// <summary>Where screenshots go: .ci/out/screenshots/ at the repository root.</summary>
    public static string ScreenshotPath(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OutlookFollowUp.sln")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, ".ci", "out", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Http?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        foreach (var file in new[] { _database, _database + "-shm", _database + "-wal" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // still open: the temp folder is cleaned eventually
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
