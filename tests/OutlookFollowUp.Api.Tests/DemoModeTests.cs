using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlookFollowUp.Api.Demo;

namespace OutlookFollowUp.Api.Tests;

/// <summary>Without Entra configuration the host is a labelled demo on a simulated mailbox, never in Production.</summary>
public sealed class DemoModeTests
{
    [Fact]
    public async Task DemoMode_ServesThePageAndItsTokenWorksForTheApi()
    {
        await using var factory = Demo("Development");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var root = await client.GetAsync("/");
        using var page = await client.GetAsync("/demo/index.html");
        var token = (await (await client.PostAsync("/demo/token", null)).JsonAsync())["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var settings = await client.GetAsync("/api/settings");
        var mailbox = await (await client.GetAsync("/demo/mailbox")).JsonAsync();

        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("DEMO MODE", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("demo", page.Headers.GetValues("X-OutlookFollowUp-Mode").Single());
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        Assert.NotEmpty(mailbox["events"]!.AsArray());
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void DemoMode_RefusesToStartOutsideDevelopment(string environment)
    {
        using var factory = Demo(environment);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("demo mode", error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("localhost.evil.example")]
    public async Task DemoMode_HostThatIsNotLoopback_IsRefused(string host)
    {
        await using var factory = Demo("Development");
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/demo/token");
        request.Headers.Host = host;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("accessToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task DemoMode_LoopbackHost_IsServed(string host)
    {
        await using var factory = Demo("Development");
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/demo/token");
        request.Headers.Host = host + ":5080";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DemoMode_TodayFromConfiguration_MovesTheSeedToThatDay()
    {
        await using var factory = Demo("Development", today: "2026-11-23");
        using var client = factory.CreateClient();

        var mailbox = await (await client.GetAsync("/demo/mailbox")).JsonAsync();

        Assert.Equal("2026-11-23", mailbox["today"]!.GetValue<string>());
        var events = mailbox["events"]!.AsArray().ToDictionary(e => e!["id"]!.GetValue<string>(), e => e!["start"]!.GetValue<string>());
        // Written for Friday 2026-11-20: "today" events move to Monday, "yesterday" (Thursday) to the Friday before.
        Assert.StartsWith("2026-11-23T13:30", events["DemoNorthwindPanel"], StringComparison.Ordinal);
        Assert.StartsWith("2026-11-20T10:00", events["DemoWingtipOnsite"], StringComparison.Ordinal);
        Assert.StartsWith("2026-11-24T10:00", events["DemoPodcast"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoMode_AtStart_NothingIsOverdue()
    {
        await using var factory = Demo("Development");
        using var client = await SignedInAsync(factory);

        foreach (var id in new[] { "DemoNorthwindPanel", "DemoFabrikamInterview", "DemoTailspinScreen" })
        {
            var view = await (await client.PostAsJsonAsync("/api/interviews/analyze", new { itemId = id, itemType = "appointment" })).JsonAsync();
            var warnings = view["thankYouDrafts"]!.AsArray().SelectMany(d => d!["warnings"]!.AsArray()).Select(w => w!.GetValue<string>()).Concat(view["warnings"]!.AsArray().Select(w => w!.GetValue<string>()));
            Assert.DoesNotContain(warnings, w => w.Contains("passed", StringComparison.OrdinalIgnoreCase) || w.Contains("not ended", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task DemoMode_LetAWeekPass_MovesTheClockButTokensKeepRealTime_AndTheReplyArrives()
    {
        await using var factory = Demo("Development");
        using var client = await SignedInAsync(factory);
        var before = await (await client.GetAsync("/demo/mailbox")).JsonAsync();

        using var advanced = await client.PostAsJsonAsync("/demo/advance", new { days = 7 });
        var after = await (await client.GetAsync("/demo/mailbox")).JsonAsync();
        using var settings = await client.GetAsync("/api/settings");

        Assert.Equal(HttpStatusCode.OK, advanced.StatusCode);
        Assert.Equal("2026-11-27", (await advanced.JsonAsync())["today"]!.GetValue<string>());
        Assert.Equal("2026-11-27", after["today"]!.GetValue<string>());
        Assert.DoesNotContain(before["inbox"]!.AsArray(), m => m!["subject"]!.GetValue<string>().Contains("final round", StringComparison.Ordinal));
        Assert.Contains(after["inbox"]!.AsArray(), m => m!["subject"]!.GetValue<string>().Contains("final round", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
    }

    [Fact]
    public async Task DemoMode_Advance_RefusesOddDays()
    {
        await using var factory = Demo("Development");
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/demo/advance", new { days = 400 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DemoMode_Reset_EmptiesDraftsAndForgetsTheLedger()
    {
        await using var factory = Demo("Development");
        using var client = await SignedInAsync(factory);
        using var placed = await client.PostAsJsonAsync("/api/interviews/drafts", new { eventId = "DemoNorthwindPanel", notes = new Dictionary<string, string>() });
        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);
        await client.PostAsJsonAsync("/demo/advance", new { days = 1 });
        Assert.NotEmpty((await (await client.GetAsync("/demo/mailbox")).JsonAsync())["drafts"]!.AsArray());

        using var reset = await client.PostAsync("/demo/reset", null);
        var mailbox = await (await client.GetAsync("/demo/mailbox")).JsonAsync();
        var tracked = await (await client.GetAsync("/api/interviews")).JsonAsync();

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Empty(mailbox["drafts"]!.AsArray());
        Assert.Empty(mailbox["tasks"]!.AsArray());
        Assert.Equal("2026-11-20", mailbox["today"]!.GetValue<string>());
        Assert.Empty(tracked.AsArray());
    }

    [Fact]
    public async Task DemoMode_Restart_ForgetsTheDemoUsersRowsWithTheOldMailbox()
    {
        var database = Path.Combine(Path.GetTempPath(), $"followup-demo-{Guid.NewGuid():N}.db");
        await using (var first = Demo("Development", database: database))
        {
            using var client = await SignedInAsync(first);
            using var placed = await client.PostAsJsonAsync("/api/interviews/drafts", new { eventId = "DemoNorthwindPanel", notes = new Dictionary<string, string>() });
            Assert.NotEmpty((await (await client.GetAsync("/api/interviews")).JsonAsync()).AsArray());
        }

        await using var second = Demo("Development", database: database);
        using var again = await SignedInAsync(second);
        var tracked = await (await again.GetAsync("/api/interviews")).JsonAsync();

        Assert.Empty(tracked.AsArray());
    }

    [Theory]
    [InlineData("2026-11-20", "2026-11-19", "2026-11-23", "2026-11-20")] // Thursday before a Friday anchor, today Monday → Friday
    [InlineData("2026-11-20", "2026-11-23", "2026-11-23", "2026-11-24")] // the Monday after → the next working day
    [InlineData("2026-11-20", "2026-11-20", "2026-11-25", "2026-11-25")] // the anchor itself → today
    public void DemoMailbox_Move_KeepsTheWorkingDayDistance(string anchor, string date, string today, string expected)
    {
        var moved = DemoMailbox.Move(DateTime.Parse(date + "T10:00:00", System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(anchor, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateOnly.FromDateTime(moved));
        Assert.Equal(10, moved.Hour);
    }

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = (await (await client.PostAsync("/demo/token", null)).JsonAsync())["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static WebApplicationFactory<Program> Demo(string environment, string today = "2026-11-20", string? database = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            web.UseSetting("AzureAd:ClientId", "");
            web.UseSetting("ConnectionStrings:FollowUp", $"Data Source={database ?? Path.Combine(Path.GetTempPath(), $"followup-demo-{Guid.NewGuid():N}.db")}");
            web.UseSetting("Jobs:Enabled", "false");
            web.UseSetting("Demo:ValidateSubscriptions", "false");
            web.UseSetting("Demo:Today", today);
        });
}
