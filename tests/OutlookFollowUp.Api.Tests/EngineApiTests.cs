using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Jobs;
using OutlookFollowUp.Simulator;
using OutlookFollowUp.TestUtilities.GraphJson;

namespace OutlookFollowUp.Api.Tests;

/// <summary>The API on the one follow-up engine: exactly once under concurrent requests, and a clear 4xx/5xx for bad input or Graph trouble.</summary>
public sealed class EngineApiTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private readonly ApiHost _host = fixture.Host;

    /// <summary>An interview of its own per test, in the test user's mailbox.</summary>
    private string NewInterview(string user, string id) => _host.MailboxOf(user).AddEvent(GraphEventJson.Interview(id)
        .WithSubject($"Interview: Frontend Engineer - Northwind {id}")
        .WithHtmlBody("<p>You will meet Sam and Priya. We will get back to you within a week.</p>")
        .WithOrganizer($"sam.lee.{id.ToLowerInvariant()}@northwind.example", "Sam Lee")
        .WithAttendee($"priya.nair.{id.ToLowerInvariant()}@northwind.example", "Priya Nair")
        .EndingAt(ApiHost.SeedNow.AddDays(-2))
        .Build());

    private List<JsonObject> DraftsFor(string user, string id) =>
        _host.MailboxOf(user).GetDrafts().Where(d => d["toRecipients"]!.AsArray().Any(r => r!["emailAddress"]!["address"]!.GetValue<string>().Contains(id.ToLowerInvariant(), StringComparison.Ordinal))).ToList();

    private List<JsonObject> TasksFor(string user, string id) =>
        _host.MailboxOf(user).GetTodoLists().SelectMany(l => _host.MailboxOf(user).GetTasks(l["id"]!.GetValue<string>()))
            .Where(t => t["linkedResources"]?.AsArray().Any(r => r?["externalId"]?.GetValue<string>().EndsWith(id, StringComparison.Ordinal) == true) == true).ToList();

    [Fact]
    public async Task CreateDrafts_DoubleClick_OneDraftPerInterviewerAndOneTask()
    {
        var eventId = NewInterview("50000000-0000-4000-8000-000000000001", "DOUBLE1");
        using var client = _host.As("50000000-0000-4000-8000-000000000001");
        _host.MailboxOf("50000000-0000-4000-8000-000000000001").InjectFault(RequestMatch.For("POST", "/me/messages"), SimulatedFault.Latency(TimeSpan.FromMilliseconds(200)), times: 2);

        var responses = await Task.WhenAll(
            client.PostJsonAsync("/api/interviews/drafts", new { eventId }),
            client.PostJsonAsync("/api/interviews/drafts", new { eventId }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(2, DraftsFor("50000000-0000-4000-8000-000000000001", "DOUBLE1").Count);
        Assert.Single(TasksFor("50000000-0000-4000-8000-000000000001", "DOUBLE1"));
        var created = 0;
        foreach (var response in responses)
        {
            created += (await response.JsonAsync())["drafts"]!.AsArray().Count(d => d!["created"]!.GetValue<bool>());
        }

        Assert.Equal(2, created);
    }

    [Fact]
    public async Task CreateDrafts_FourAtOnce_NeverA500AndNothingTwice()
    {
        var eventId = NewInterview("50000000-0000-4000-8000-000000000002", "FOURX1");
        using var client = _host.As("50000000-0000-4000-8000-000000000002");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostJsonAsync("/api/interviews/drafts", new { eventId })));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"got {r.StatusCode}"));
        Assert.Equal(2, DraftsFor("50000000-0000-4000-8000-000000000002", "FOURX1").Count);
        Assert.Single(TasksFor("50000000-0000-4000-8000-000000000002", "FOURX1"));
    }

    [Fact]
    public async Task CreateDrafts_RacingTheBackgroundJob_EachDraftAndTheTaskOnce()
    {
        const string objectId = "50000000-0000-4000-8000-000000000003";
        var eventId = NewInterview(objectId, "RACE1");
        using var client = _host.As(objectId);
        await client.PutJsonAsync("/api/settings", new { autoMode = true });
        _host.MailboxOf(objectId).InjectFault(RequestMatch.For("POST", "/me/messages"), SimulatedFault.Latency(TimeSpan.FromMilliseconds(200)), times: 2);

        var pane = client.PostJsonAsync("/api/interviews/drafts", new { eventId });
        var job = _host.Services.GetRequiredService<AutomationWorker>().RunOnceAsync(CancellationToken.None);
        await Task.WhenAll(pane, job);
        await _host.Services.GetRequiredService<AutomationWorker>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, (await pane).StatusCode);
        Assert.Equal(2, DraftsFor(objectId, "RACE1").Count);
        Assert.Single(TasksFor(objectId, "RACE1"));
    }

    [Theory]
    [InlineData("{\"itemId\":\"..\"}")]
    [InlineData("{\"itemId\":\".\"}")]
    [InlineData("{\"itemId\":\"AAMk/../me\"}")]
    [InlineData("{\"itemId\":\"AAMk?x=1\"}")]
    [InlineData("{\"itemId\":\"AAMk%2F\"}")]
    [InlineData("{\"itemId\":\"AAMk abc\"}")]
    public async Task Analyze_IdThatIsNotAnOutlookId_Is400BeforeGraphIsCalled(string body)
    {
        using var client = _host.As("50000000-0000-4000-8000-000000000004");
        _host.MailboxOf("50000000-0000-4000-8000-000000000004").ClearLog();

        using var response = await client.PostAsync("/api/interviews/analyze", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ProblemAsync())["errors"]!["itemId"]);
        Assert.DoesNotContain(_host.MailboxOf("50000000-0000-4000-8000-000000000004").GetRequestLog(), e => e.PathAndQuery.Contains("/me/events", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analyze_IdWithSlashPlusAndEquals_ReachesGraphAsOneSegment()
    {
        using var client = _host.As("50000000-0000-4000-8000-000000000005");
        const string id = "AAMkAG+x/y=";
        _host.MailboxOf("50000000-0000-4000-8000-000000000005").ClearLog();

        using var response = await client.PostJsonAsync("/api/interviews/analyze", new { itemId = id });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(_host.MailboxOf("50000000-0000-4000-8000-000000000005").GetRequestLog(), e => e.PathAndQuery.Contains("/me/events/AAMkAG%2Bx%2Fy%3D", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Analyze_GraphRefusesTheRead_Is502ProblemDetails()
    {
        var eventId = NewInterview("50000000-0000-4000-8000-000000000006", "REFUSE1");
        using var client = _host.As("50000000-0000-4000-8000-000000000006");
        _host.MailboxOf("50000000-0000-4000-8000-000000000006").InjectFault(RequestMatch.For("GET", "/me/events/" + eventId), SimulatedFault.Refused(403));

        using var response = await client.PostJsonAsync("/api/interviews/analyze", new { itemId = eventId });

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("refused", (await response.ProblemAsync())["title"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Analyze_GraphStaysUnavailable_Is503ProblemDetailsWithRetryAfter()
    {
        await using var host = new ApiHost(settings: new Dictionary<string, string?> { ["Graph:MaxRetries"] = "0" });
        using var client = host.As("50000000-0000-4000-8000-000000000007");
        await client.GetAsync("/api/settings");
        host.MailboxOf("50000000-0000-4000-8000-000000000007").InjectFault(RequestMatch.For("GET", "/me/events/"), SimulatedFault.ServiceUnavailable(TimeSpan.FromSeconds(30)), times: 5);

        using var response = await client.PostJsonAsync("/api/interviews/analyze", new { itemId = Seed.NodEvent });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        await response.ProblemAsync();
    }

    [Theory]
    [InlineData("{\"eventId\":\"AAMkAGF52576CF3E5572EDD3E9B254202304CE284B9B54\",\"recipients\":[]}")]
    [InlineData("{\"eventId\":\"AAMkAGF52576CF3E5572EDD3E9B254202304CE284B9B54\",\"recipients\":[null]}")]
    [InlineData("{\"eventId\":\"AAMkAGF52576CF3E5572EDD3E9B254202304CE284B9B54\",\"recipients\":[\"\"]}")]
    public async Task CreateDrafts_EmptyOrNullRecipients_Is400NotDone(string body)
    {
        using var client = _host.As("50000000-0000-4000-8000-000000000008");

        using var response = await client.PostAsync("/api/interviews/drafts", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ProblemAsync())["errors"]!["recipients"]);
    }

    [Fact]
    public async Task CreateDrafts_NoteTooLong_Is400NamingThePerson()
    {
        var eventId = NewInterview("50000000-0000-4000-8000-000000000009", "LONGNOTE1");
        using var client = _host.As("50000000-0000-4000-8000-000000000009");

        using var response = await client.PostJsonAsync("/api/interviews/drafts", new
        {
            eventId,
            notes = new Dictionary<string, string> { ["priya.nair.longnote1@northwind.example"] = new string('x', 10_000) },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.ProblemAsync())["errors"]!["notes"]![0]!.GetValue<string>();
        Assert.Contains("Priya Nair", message, StringComparison.Ordinal);
        Assert.Contains("600", message, StringComparison.Ordinal);
        Assert.Empty(DraftsFor("50000000-0000-4000-8000-000000000009", "LONGNOTE1"));
    }

    [Fact]
    public async Task Preview_WithANote_IsTheTextThatLandsInDrafts()
    {
        var eventId = NewInterview("50000000-0000-4000-8000-000000000010", "PREVIEW1");
        using var client = _host.As("50000000-0000-4000-8000-000000000010");
        var notes = new Dictionary<string, string> { ["sam.lee.preview1@northwind.example"] = "the design-system migration" };

        var preview = await (await client.PostJsonAsync("/api/interviews/preview", new { eventId, notes })).JsonAsync();
        var placed = await (await client.PostJsonAsync("/api/interviews/drafts", new { eventId, notes })).JsonAsync();

        var sam = preview["thankYouDrafts"]!.AsArray().Single(d => d!["to"]!.GetValue<string>() == "sam.lee.preview1@northwind.example")!;
        Assert.Contains("design-system migration", sam["bodyText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("design-system migration", preview["thankYouDrafts"]!.AsArray().Single(d => d!["to"]!.GetValue<string>().StartsWith("priya", StringComparison.Ordinal))!["bodyText"]!.GetValue<string>(), StringComparison.Ordinal);
        var draft = DraftsFor("50000000-0000-4000-8000-000000000010", "PREVIEW1").Single(d => d["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>().StartsWith("sam", StringComparison.Ordinal));
        Assert.Equal(sam["subject"]!.GetValue<string>(), draft["subject"]!.GetValue<string>());
        Assert.Contains("design-system migration", draft["body"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, placed["drafts"]!.AsArray().Count);
    }

    [Fact]
    public async Task TakeBack_RemovesOurUnchangedDrafts_AndEnd_CompletesTheReminder()
    {
        var eventId = NewInterview("50000000-0000-4000-8000-000000000011", "TAKEBACK1");
        using var client = _host.As("50000000-0000-4000-8000-000000000011");
        var placed = await (await client.PostJsonAsync("/api/interviews/drafts", new { eventId })).JsonAsync();
        var followUpId = placed["tracked"]!["followUpId"]!.GetValue<string>();

        var taken = await (await client.PostJsonAsync($"/api/interviews/{followUpId}/take-back", new { })).JsonAsync();
        var ended = await client.PostJsonAsync($"/api/interviews/{followUpId}/end", new { reason = "withdrew" });

        Assert.Equal(2, taken["removed"]!.AsArray().Count);
        Assert.Empty(DraftsFor("50000000-0000-4000-8000-000000000011", "TAKEBACK1"));
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal("withdrew", (await ended.JsonAsync())["completedReason"]!.GetValue<string>());
        Assert.Equal("completed", Assert.Single(TasksFor("50000000-0000-4000-8000-000000000011", "TAKEBACK1"))["status"]!.GetValue<string>());
        var activity = await (await client.GetAsync("/api/activity?limit=50")).JsonAsync();
        Assert.Contains(activity.AsArray(), a => a!["operation"]!.GetValue<string>() == "remove a draft");
    }

    [Fact]
    public async Task StatusCheckDate_OnAWeekend_Is400WithTheReason()
    {
        var eventId = NewInterview("50000000-0000-4000-8000-000000000012", "WEEKEND1");
        using var client = _host.As("50000000-0000-4000-8000-000000000012");
        var placed = await (await client.PostJsonAsync("/api/interviews/drafts", new { eventId })).JsonAsync();
        var followUpId = placed["tracked"]!["followUpId"]!.GetValue<string>();

        using var response = await client.PutJsonAsync($"/api/interviews/{followUpId}/status-check", new { due = "2026-11-28" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("working day", (await response.ProblemAsync())["errors"]!["due"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_PlacedDrafts_AreShownWithTheirStateAndLink()
    {
        var eventId = NewInterview("50000000-0000-4000-8000-000000000013", "STATES1");
        using var client = _host.As("50000000-0000-4000-8000-000000000013");
        await client.PostJsonAsync("/api/interviews/drafts", new { eventId });
        var edited = DraftsFor("50000000-0000-4000-8000-000000000013", "STATES1").First();
        _host.MailboxOf("50000000-0000-4000-8000-000000000013").EditDraft(edited["id"]!.GetValue<string>(), "<p>mine</p>");

        var view = await (await client.PostJsonAsync("/api/interviews/analyze", new { itemId = eventId })).JsonAsync();

        var states = view["thankYouDrafts"]!.AsArray().Select(d => d!["placed"]!["state"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["changed", "placed"], states);
        Assert.All(view["thankYouDrafts"]!.AsArray(), d => Assert.StartsWith("https://", d!["placed"]!["webLink"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal("America/New_York", view["timeZone"]!.GetValue<string>());
        Assert.Equal(5, view["workingDays"]!.AsArray().Count);
    }

    [Fact]
    public async Task TokenWithoutOid_Is401()
    {
        using var client = _host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("50000000-0000-4000-8000-000000000014", withoutOid: true));

        using var response = await client.GetAsync("/api/settings");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Notification_ValueWithNull_Is400()
    {
        using var client = _host.Anonymous();

        using var response = await client.PostAsync("/api/notifications", new StringContent("{\"value\":[null]}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task WorkQueue_IdenticalWorkEnqueuedAtOnce_MakesOneItem()
    {
        const string user = "50000000-0000-4000-8000-000000000015.tenant";
        var tasks = Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var scope = _host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WorkQueue>().EnqueueAsync(user, WorkKinds.EventChanged, "AAMkSAME1", ApiHost.SeedNow, CancellationToken.None);
        });

        await Task.WhenAll(tasks);

        await using var check = _host.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<ServiceDbContext>();
        Assert.Equal(1, await db.WorkItems.CountAsync(w => w.UserId == user && w.CompletedAt == null));
    }

    [Fact]
    public async Task Preview_OfASpanishInvite_IsSpanish_EnglishOnRequest_AndAnUnknownLanguageIsA400()
    {
        const string user = "50000000-0000-4000-8000-000000000031";
        var eventId = _host.MailboxOf(user).AddEvent(GraphEventJson.Interview("ES1")
            .WithSubject("Entrevista: Analista de Datos - Contoso")
            .WithHtmlBody("<p>Hola Ana:</p><p>Gracias por tu interés en la vacante de Analista de Datos. Te daremos una respuesta en un plazo de 5 días hábiles.</p>")
            .WithOrganizer("lucia.es1@contoso.example", "Lucía Fernández")
            .EndingAt(ApiHost.SeedNow.AddDays(-1))
            .Build());
        using var client = _host.As(user);

        var spanish = await (await client.PostJsonAsync("/api/interviews/preview", new { eventId })).JsonAsync();
        var english = await (await client.PostJsonAsync("/api/interviews/preview", new { eventId, language = "en" })).JsonAsync();
        var unknown = await client.PostJsonAsync("/api/interviews/preview", new { eventId, language = "tlh" });

        Assert.StartsWith("Hola, Lucía:", spanish["thankYouDrafts"]![0]!["bodyText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("Hola", english["thankYouDrafts"]![0]!["bodyText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.NotNull((await unknown.ProblemAsync())["errors"]!["language"]);
    }

    [Fact]
    public async Task CreateDrafts_AfterTheEmployerRejected_TheInterviewShowsTheOutcomeAndFlagsTheThankYous()
    {
        const string user = "50000000-0000-4000-8000-000000000032";
        var eventId = NewInterview(user, "REJECT1");
        _host.MailboxOf(user).AddInboxMessage(GraphMessageJson.From("sam.lee.reject1@northwind.example", "Sam Lee", ApiHost.SeedNow.AddDays(-1), "Your application",
            "Thank you for your time. Unfortunately, we have decided not to move forward with your application."));
        using var client = _host.As(user);

        var placed = await (await client.PostJsonAsync("/api/interviews/drafts", new { eventId })).JsonAsync();

        var tracked = placed["tracked"]!;
        Assert.Equal("Completed", tracked["state"]!.GetValue<string>());
        Assert.Equal("rejection", tracked["completedReason"]!.GetValue<string>());
        Assert.Equal("rejection", tracked["reply"]!["outcome"]!.GetValue<string>());
        Assert.Equal("2026-11-19", tracked["reply"]!["receivedOn"]!.GetValue<string>());
        var flags = tracked["flags"]!.AsArray();
        Assert.Equal(2, flags.Count);
        Assert.All(flags, f => Assert.Equal("thank-you", f!["kind"]!.GetValue<string>()));
        // Thanking after a rejection is still polite: both drafts are placed; the status check is created done.
        Assert.Equal(2, DraftsFor(user, "REJECT1").Count);
        Assert.Equal("completed", Assert.Single(TasksFor(user, "REJECT1"))["status"]!.GetValue<string>());
    }
}
