using System.Net;
using System.Text.Json.Nodes;

namespace OutlookFollowUp.Api.Tests;

public sealed class InterviewsApiTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private readonly ApiHost _host = fixture.Host;

    [Fact]
    public async Task Analyze_CandidateInterview_ReturnsDraftsAndStatusCheck()
    {
        using var client = _host.As("10000000-0000-4000-8000-000000000001");

        var view = await (await client.PostJsonAsync("/api/interviews/analyze", new { itemId = Seed.LucerneEvent })).JsonAsync();

        Assert.Equal("candidate-interview", view["classification"]!.GetValue<string>());
        Assert.Equal("Editorial Assistant", view["role"]!.GetValue<string>());
        Assert.Equal(2, view["thankYouDrafts"]!.AsArray().Count);
        Assert.Equal("2026-11-12", view["respondBy"]!.GetValue<string>());
        Assert.Equal("2026-11-16", view["statusCheck"]!["due"]!.GetValue<string>());
        Assert.Null(view["nothingToDoBecause"]);
        Assert.Null(view["tracked"]);
    }

    [Fact]
    public async Task Analyze_NotesShapeTheProposalOnly()
    {
        using var client = _host.As("10000000-0000-4000-8000-000000000002");

        var view = await (await client.PostJsonAsync("/api/interviews/analyze", new
        {
            itemId = Seed.NodEvent,
            notes = new Dictionary<string, string> { ["rob.lane@nodpublishers.com"] = "Loved hearing about the newsletter relaunch." },
        })).JsonAsync();

        Assert.Contains("newsletter relaunch", view["thankYouDrafts"]![0]!["bodyText"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_NoContactInterview_SaysWhy()
    {
        using var client = _host.As("10000000-0000-4000-8000-000000000003");
        var eventId = AddNoContactInterview("10000000-0000-4000-8000-000000000003", "NOCONTACT-ANALYZE");

        var view = await (await client.PostJsonAsync("/api/interviews/analyze", new { itemId = eventId })).JsonAsync();

        Assert.True(view["noContact"]!.GetValue<bool>());
        Assert.Empty(view["thankYouDrafts"]!.AsArray());
        Assert.Contains("not to contact", view["nothingToDoBecause"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_NoStatusInquiriesInterview_ProposesThankYousButNoStatusCheck()
    {
        using var client = _host.As("10000000-0000-4000-8000-000000000004");

        var view = await (await client.PostJsonAsync("/api/interviews/analyze", new { itemId = Seed.NoStatusInquiriesEvent })).JsonAsync();

        Assert.False(view["noContact"]!.GetValue<bool>());
        Assert.True(view["noStatusInquiries"]!.GetValue<bool>());
        Assert.Contains("status of your application", view["noStatusInquiriesText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(view["thankYouDrafts"]!.AsArray());
        Assert.Null(view["statusCheck"]);
        Assert.Null(view["nothingToDoBecause"]);
    }

    [Fact]
    public async Task Analyze_UnknownItem_Is404ProblemDetails()
    {
        using var client = _host.As("10000000-0000-4000-8000-000000000004");

        using var response = await client.PostJsonAsync("/api/interviews/analyze", new { itemId = "AAMkDoesNotExist" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ProblemAsync())["status"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"itemId\":\"\"}")]
    [InlineData("{\"itemId\":\"x\",\"itemType\":\"task\"}")]
    public async Task Analyze_InvalidInput_Is400ProblemDetails(string body)
    {
        using var client = _host.As("10000000-0000-4000-8000-000000000005");

        using var response = await client.PostAsync("/api/interviews/analyze", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ProblemAsync())["errors"]);
    }

    [Fact]
    public async Task Analyze_MalformedJson_Is400ProblemDetails()
    {
        using var client = _host.As("10000000-0000-4000-8000-000000000006");

        using var response = await client.PostAsync("/api/interviews/analyze", new StringContent("{ nope", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task CreateDrafts_PlacesDraftsOnceAndSchedulesTheReminder()
    {
        using var client = _host.As("10000000-0000-4000-8000-000000000010");
        var body = new
        {
            eventId = Seed.PanelEvent,
            notes = new Dictionary<string, string> { ["victor.hugo@humongousinsurance.com"] = "Thanks for the <b>claims</b> walk-through & the tour." },
        };

        var first = await (await client.PostJsonAsync("/api/interviews/drafts", body)).JsonAsync();
        var second = await (await client.PostJsonAsync("/api/interviews/drafts", body)).JsonAsync();

        Assert.All(first["drafts"]!.AsArray(), d => Assert.Null(d!["error"]));
        Assert.Equal(2, first["drafts"]!.AsArray().Count);
        Assert.All(second["drafts"]!.AsArray(), d => Assert.False(d!["created"]!.GetValue<bool>()));
        Assert.Equal("Scheduled", first["tracked"]!["state"]!.GetValue<string>());
        var drafts = DraftsFor("10000000-0000-4000-8000-000000000010", Seed.PanelICal);
        Assert.Equal(2, drafts.Count);
        var victor = drafts.Single(d => d["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>() == "victor.hugo@humongousinsurance.com");
        var html = victor["body"]!["content"]!.GetValue<string>();
        Assert.Contains("&lt;b&gt;claims&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp; the tour", html, StringComparison.Ordinal);
        Assert.Single(TasksFor("10000000-0000-4000-8000-000000000010", "statuscheck:" + Seed.PanelICal));
    }

    [Fact]
    public async Task CreateDrafts_EditsAndChosenRecipients_AreRespectedAndLinted()
    {
        using var client = _host.As("10000000-0000-4000-8000-000000000011");

        var result = await (await client.PostJsonAsync("/api/interviews/drafts", new
        {
            eventId = Seed.LucerneEvent,
            recipients = new[] { "peter.wu@lucernepublishing.com" },
            edits = new Dictionary<string, object> { ["peter.wu@lucernepublishing.com"] = new { subject = "Thanks, Peter", bodyText = "Dear Grace,\n\nThank you for the chat.\n\nAna" } },
        })).JsonAsync();

        var only = Assert.Single(result["drafts"]!.AsArray())!;
        Assert.Equal("peter.wu@lucernepublishing.com", only["to"]!.GetValue<string>());
        var warnings = only["warnings"]!.AsArray().Select(w => w!.GetValue<string>()).ToList();
        Assert.Contains(warnings, w => w.StartsWith("The greeting says", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("The note does not mention", StringComparison.Ordinal));
        var draft = Assert.Single(DraftsFor("10000000-0000-4000-8000-000000000011", Seed.LucerneICal));
        Assert.Equal("Thanks, Peter", draft["subject"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateDrafts_RecipientNotInTheInvite_Is400()
    {
        using var client = _host.As("10000000-0000-4000-8000-000000000012");

        using var response = await client.PostJsonAsync("/api/interviews/drafts", new { eventId = Seed.NodEvent, recipients = new[] { "stranger@example.com" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ProblemAsync())["errors"]!["recipients"]);
    }

    [Fact]
    public async Task CreateDrafts_NoContactInterview_Is409WithTheReason()
    {
        using var client = _host.As("10000000-0000-4000-8000-000000000013");
        var eventId = AddNoContactInterview("10000000-0000-4000-8000-000000000013", "NOCONTACT-DRAFTS");

        using var response = await client.PostJsonAsync("/api/interviews/drafts", new { eventId });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("not to contact", (await response.ProblemAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrackedInterview_IsInvisibleToAnotherUser()
    {
        using var owner = _host.As("10000000-0000-4000-8000-000000000020");
        using var other = _host.As("10000000-0000-4000-8000-000000000021");
        await owner.PostJsonAsync("/api/interviews/drafts", new { eventId = Seed.NodEvent });

        using var get = await other.GetAsync($"/api/interviews/{Seed.NodICal}");
        using var move = await other.PutJsonAsync($"/api/interviews/{Seed.NodICal}/status-check", new { due = "2026-12-01" });
        using var auto = await other.PutJsonAsync($"/api/interviews/{Seed.NodICal}/auto", new { enabled = false });
        var list = await (await other.GetAsync("/api/interviews")).JsonAsync();
        var mine = await (await owner.GetAsync("/api/interviews")).JsonAsync();

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, move.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, auto.StatusCode);
        await get.ProblemAsync();
        Assert.Empty(list.AsArray());
        Assert.Single(mine.AsArray());
    }

    [Fact]
    public async Task StatusCheckDate_MovesTheReminderInToDo()
    {
        using var client = _host.As("10000000-0000-4000-8000-000000000030");
        await client.PostJsonAsync("/api/interviews/drafts", new { eventId = Seed.BlueYonderEvent });
        var followUpId = (await (await client.GetAsync("/api/interviews")).JsonAsync())[0]!["followUpId"]!.GetValue<string>();

        var moved = await (await client.PutJsonAsync($"/api/interviews/{followUpId}/status-check", new { due = "2026-12-03" })).JsonAsync();

        Assert.Equal("2026-12-03", moved["statusCheckDue"]!.GetValue<string>());
        Assert.True(moved["dueSetByUser"]!.GetValue<bool>());
        var task = Assert.Single(TasksFor("10000000-0000-4000-8000-000000000030", "statuscheck:" + followUpId));
        Assert.StartsWith("2026-12-03", task["dueDateTime"]!["dateTime"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12/03/2026")]
    [InlineData("2026-11-01")]
    [InlineData("2030-01-01")]
    public async Task StatusCheckDate_Invalid_Is400(string due)
    {
        using var client = _host.As("10000000-0000-4000-8000-000000000031");
        await client.PostJsonAsync("/api/interviews/drafts", new { eventId = Seed.TravelEvent });
        var followUpId = (await (await client.GetAsync("/api/interviews")).JsonAsync())[0]!["followUpId"]!.GetValue<string>();

        using var response = await client.PutJsonAsync($"/api/interviews/{followUpId}/status-check", new { due });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task AutoMode_PerInterview_StartsTrackingWithTheSetting()
    {
        using var client = _host.As("10000000-0000-4000-8000-000000000040");

        var tracked = await (await client.PutJsonAsync($"/api/interviews/{Seed.LucerneICal}/auto", new { enabled = false, eventId = Seed.LucerneEvent })).JsonAsync();
        using var untracked = await client.PutJsonAsync($"/api/interviews/{Seed.NodICal}/auto", new { enabled = true });

        Assert.False(tracked["autoMode"]!.GetValue<bool>());
        Assert.Equal("Detected", tracked["state"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, untracked.StatusCode);
    }

    private List<JsonObject> DraftsFor(string user, string iCalUId) =>
        _host.MailboxOf(user).GetDrafts().Where(d => d["singleValueExtendedProperties"]?.AsArray().Any(p => p?["value"]?.GetValue<string>()?.Contains(iCalUId, StringComparison.Ordinal) == true) == true).ToList();

    private List<JsonObject> TasksFor(string user, string key) =>
        _host.MailboxOf(user).GetTodoLists().SelectMany(l => _host.MailboxOf(user).GetTasks(l["id"]!.GetValue<string>()))
            .Where(t => t["linkedResources"]?.AsArray().Any(r => r?["externalId"]?.GetValue<string>() == key) == true).ToList();

    private string AddNoContactInterview(string user, string id) => _host.MailboxOf(user).AddEvent(TestUtilities.GraphJson.GraphEventJson.Interview(id)
        .WithSubject("Interview - Graphic Designer - Graphic Design Institute")
        .WithHtmlBody("<p>We ask that candidates do not contact the interviewers or send follow-up emails; we will reach out to you.</p>")
        .WithOrganizer("olga.ivanova@graphicdesigninstitute.com", "Olga Ivanova")
        .Build());
}
