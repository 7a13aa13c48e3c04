using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Api.Data;

namespace OutlookFollowUp.Api.Tests;

public sealed class SettingsAndPrivacyTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private readonly ApiHost _host = fixture.Host;

    [Fact]
    public async Task Settings_Defaults()
    {
        using var client = _host.As("20000000-0000-4000-8000-000000000001");

        var settings = await (await client.GetAsync("/api/settings")).JsonAsync();

        Assert.False(settings["autoMode"]!.GetValue<bool>());
        Assert.Equal(5, settings["defaultBusinessDays"]!.GetValue<int>());
        Assert.Equal(2, settings["graceDays"]!.GetValue<int>());
        Assert.False(settings["automation"]!["subscribed"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("{\"defaultBusinessDays\":0}", "defaultBusinessDays")]
    [InlineData("{\"defaultBusinessDays\":31}", "defaultBusinessDays")]
    [InlineData("{\"graceDays\":-1}", "graceDays")]
    [InlineData("{\"holidayCountry\":\"XX\"}", "holidayCountry")]
    [InlineData("{\"holidayCountry\":\"USA\"}", "holidayCountry")]
    public async Task Settings_InvalidValues_Are400ProblemDetails(string body, string field)
    {
        using var client = _host.As("20000000-0000-4000-8000-000000000002");

        using var response = await client.PutAsync("/api/settings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ProblemAsync())["errors"]![field]);
    }

    [Fact]
    public async Task HolidayCountry_FromTheMailboxLocaleUnlessTheUserChoosesAnother()
    {
        using var client = _host.As("20000000-0000-4000-8000-000000000010");

        var settings = await (await client.GetAsync("/api/settings")).JsonAsync();
        var automatic = await (await client.PostJsonAsync("/api/interviews/analyze", new { itemId = Seed.PanelEvent })).JsonAsync();
        var chosen = await (await client.PutJsonAsync("/api/settings", new { holidayCountry = "de" })).JsonAsync();
        var german = await (await client.PostJsonAsync("/api/interviews/analyze", new { itemId = Seed.PanelEvent })).JsonAsync();
        var none = await (await client.PutJsonAsync("/api/settings", new { holidayCountry = "none" })).JsonAsync();
        var without = await (await client.PostJsonAsync("/api/interviews/analyze", new { itemId = Seed.PanelEvent })).JsonAsync();
        var back = await (await client.PutJsonAsync("/api/settings", new { holidayCountry = "auto" })).JsonAsync();

        Assert.Equal("auto", settings["holidayCountry"]!.GetValue<string>());
        Assert.Contains("DE", settings["holidayCountries"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(("US", "mailbox"), (automatic["holidays"]!["country"]!.GetValue<string>(), automatic["holidays"]!["source"]!.GetValue<string>())); // the sample mailbox is en-US
        Assert.Contains("2026-11-26", automatic["holidays"]!["dates"]!.AsArray().Select(d => d!.GetValue<string>())); // Thanksgiving
        Assert.Equal("DE", chosen["holidayCountry"]!.GetValue<string>());
        Assert.Equal(("DE", "setting"), (german["holidays"]!["country"]!.GetValue<string>(), german["holidays"]!["source"]!.GetValue<string>()));
        Assert.DoesNotContain("2026-11-26", german["holidays"]!["dates"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("none", none["holidayCountry"]!.GetValue<string>());
        Assert.Null(without["holidays"]!["country"]);
        Assert.Empty(without["holidays"]!["dates"]!.AsArray());
        Assert.Equal("auto", back["holidayCountry"]!.GetValue<string>());
    }

    [Fact]
    public async Task Settings_TooLongSignature_Is400()
    {
        using var client = _host.As("20000000-0000-4000-8000-000000000003");
        using var response = await client.PutJsonAsync("/api/settings", new { signature = new string('x', 1001) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AutoMode_OnSubscribesToEvents_OffDeletesTheSubscription()
    {
        using var client = _host.As("20000000-0000-4000-8000-000000000004");
        var before = _host.MailboxOf("20000000-0000-4000-8000-000000000004").GetSubscriptions().Count;

        var on = await (await client.PutJsonAsync("/api/settings", new { autoMode = true, graceDays = 3, signature = "Ana Souza\n555-0100" })).JsonAsync();
        var afterOn = _host.MailboxOf("20000000-0000-4000-8000-000000000004").GetSubscriptions().Count;
        var subscription = _host.MailboxOf("20000000-0000-4000-8000-000000000004").GetSubscriptions()[^1];
        var off = await (await client.PutJsonAsync("/api/settings", new { autoMode = false })).JsonAsync();

        Assert.True(on["autoMode"]!.GetValue<bool>());
        Assert.True(on["automation"]!["subscribed"]!.GetValue<bool>());
        Assert.Equal(3, on["graceDays"]!.GetValue<int>());
        Assert.Equal(before + 1, afterOn);
        Assert.Equal("/me/events", subscription["resource"]!.GetValue<string>());
        Assert.Equal($"https://{TestTokens.PublicHost}/api/notifications", subscription["notificationUrl"]!.GetValue<string>());
        Assert.Equal($"https://{TestTokens.PublicHost}/api/notifications/lifecycle", subscription["lifecycleNotificationUrl"]!.GetValue<string>());
        Assert.False(off["automation"]!["subscribed"]!.GetValue<bool>());
        Assert.DoesNotContain(_host.MailboxOf("20000000-0000-4000-8000-000000000004").GetSubscriptions(), s => s["id"]!.GetValue<string>() == subscription["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Activity_ListsGraphCallsWithoutContent()
    {
        using var client = _host.As("20000000-0000-4000-8000-000000000005");
        await client.PostJsonAsync("/api/interviews/analyze", new { itemId = Seed.NodEvent, notes = new Dictionary<string, string> { ["rob.lane@nodpublishers.com"] = "secret note" } });

        var activity = await (await client.GetAsync("/api/activity")).JsonAsync();
        var other = await (await _host.As("20000000-0000-4000-8000-000000000006").GetAsync("/api/activity")).JsonAsync();

        var entries = activity.AsArray();
        Assert.NotEmpty(entries);
        Assert.Contains(entries, e => e!["operation"]!.GetValue<string>() == "read an event" && e["resource"]!.GetValue<string>().EndsWith(Seed.NodEvent, StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e!.ToJsonString().Contains("secret note", StringComparison.Ordinal) || e.ToJsonString().Contains('?', StringComparison.Ordinal));
        Assert.Empty(other.AsArray());
    }

    [Fact]
    public async Task Activity_ShowsTheRequestsInsideBatches()
    {
        using var client = _host.As("20000000-0000-4000-8000-000000000008");
        await client.PostJsonAsync("/api/interviews/drafts", new { eventId = Seed.BlueYonderEvent });

        var entries = (await (await client.GetAsync("/api/activity?limit=500")).JsonAsync()).AsArray();

        Assert.Contains(entries, e => e!["operation"]!.GetValue<string>() == "create a draft" && e["resource"]!.GetValue<string>() == "/me/messages" && e["status"]!.GetValue<int>() == 201);
        Assert.Contains(entries, e => e!["operation"]!.GetValue<string>() == "create a reminder" && e["status"]!.GetValue<int>() == 201);
        Assert.DoesNotContain(entries, e => e!["resource"]!.GetValue<string>() == "/$batch");
    }

    [Fact]
    public async Task Activity_InvalidLimit_Is400()
    {
        using var client = _host.As("20000000-0000-4000-8000-000000000007");
        using var response = await client.GetAsync("/api/activity?limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task DeleteMyData_RemovesEverythingOfTheUserOnly()
    {
        const string me = "20000000-0000-4000-8000-000000000010";
        const string neighbour = "20000000-0000-4000-8000-000000000011";
        using var client = _host.As(me);
        using var other = _host.As(neighbour);
        await client.PutJsonAsync("/api/settings", new { autoMode = true });
        await client.PostJsonAsync("/api/interviews/drafts", new { eventId = Seed.TravelEvent });
        await other.GetAsync("/api/settings");

        using var response = await client.DeleteAsync("/api/me/data");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var key = ApiHost.UserKey(me);
        Assert.False(await db.Users.AnyAsync(u => u.Id == key));
        Assert.False(await db.FollowUps.AnyAsync(f => f.MailboxId == key));
        Assert.False(await db.Activity.AnyAsync(a => a.UserId == key));
        Assert.False(await db.Subscriptions.AnyAsync(s => s.UserId == key));
        Assert.False(await db.WorkItems.AnyAsync(w => w.UserId == key));
        Assert.True(await db.Users.AnyAsync(u => u.Id == ApiHost.UserKey(neighbour)));
        Assert.Empty((await (await client.GetAsync("/api/interviews")).JsonAsync()).AsArray());
    }
}
