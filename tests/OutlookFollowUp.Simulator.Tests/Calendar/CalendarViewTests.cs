using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using OutlookFollowUp.Simulator.Tests.Infrastructure;

namespace OutlookFollowUp.Simulator.Tests.Calendar;

public sealed class CalendarViewTests
{
    private const string SampleEventEastern = "AAMkAGD58F7B3BFBBF4A3CD4FE78705DA2D6A7BF101CF3"; // 2026-11-16 17:30-18:30 Eastern

    [Fact]
    public async Task CalendarView_25EventsWithPageIterator_ReadsAllInThreePagesInStartOrder()
    {
        var events = Seeds.HourlyEvents(25).Reverse().ToList();
        await using var sim = GraphSimulator.Start(Seeds.With(events));
        var graph = Graph.Client(sim);

        var first = await graph.Me.CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2026-11-09T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2026-11-12T00:00:00Z";
            rc.QueryParameters.Select = ["subject", "start", "end"];
        });
        var seen = new List<string>();
        var iterator = PageIterator<Event, EventCollectionResponse>.CreatePageIterator(graph, first!, e =>
        {
            seen.Add(e.Id!);
            return true;
        });
        await iterator.IterateAsync();

        Assert.Equal(10, first!.Value!.Count);
        Assert.StartsWith(sim.BaseUrl + "/me/calendarView?", first.OdataNextLink, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"E{i:D2}"), seen);
        Assert.Equal(3, sim.HttpRequestCount);
        Assert.Null(first.Value[0].Body);
    }

    [Fact]
    public async Task CalendarView_MaxPageSizePreferAndTop_SetPageSize()
    {
        await using var sim = GraphSimulator.Start(Seeds.With(Seeds.HourlyEvents(12)));
        var graph = Graph.Client(sim);

        var preferred = await graph.Me.CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2026-11-09T00:00:00";
            rc.QueryParameters.EndDateTime = "2026-11-12T00:00:00";
            rc.Headers.Add("Prefer", "odata.maxpagesize=5");
        });
        var top = await graph.Me.CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2026-11-09T00:00:00";
            rc.QueryParameters.EndDateTime = "2026-11-12T00:00:00";
            rc.QueryParameters.Top = 7;
        });

        Assert.Equal(5, preferred!.Value!.Count);
        Assert.NotNull(preferred.OdataNextLink);
        Assert.Equal(7, top!.Value!.Count);
    }

    [Theory]
    [InlineData("/v1.0/me/calendarView")]
    [InlineData("/v1.0/me/calendarView?startDateTime=2026-11-09T00:00:00Z")]
    [InlineData("/v1.0/me/calendarView?startDateTime=garbage&endDateTime=2026-11-12T00:00:00Z")]
    public async Task CalendarView_MissingOrBadWindow_Returns400ErrorInvalidParameter(string path)
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        using var http = Graph.Raw(sim);

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ErrorInvalidParameter", body["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task CalendarView_WindowOffsetRespected_OverlapRule()
    {
        // E00 10:00-11:00Z, E01 11:00-12:00Z, E02 12:00-13:00Z. Window 06:30-07:00 at -05:00 = 11:30-12:00Z: only E01 overlaps.
        await using var sim = GraphSimulator.Start(Seeds.With(Seeds.HourlyEvents(14).Skip(10)));
        using var http = Graph.Raw(sim);

        var body = JsonNode.Parse(await http.GetStringAsync(new Uri(
            "/v1.0/me/calendarView?startDateTime=2026-11-10T06:30:00-05:00&endDateTime=2026-11-10T07:00:00-05:00", UriKind.Relative)))!;

        Assert.Equal(["E11"], body["value"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(null, "2026-11-16T22:30:00.0000000", "UTC")]
    [InlineData("Pacific Standard Time", "2026-11-16T14:30:00.0000000", "Pacific Standard Time")]
    [InlineData("Europe/Berlin", "2026-11-16T23:30:00.0000000", "Europe/Berlin")]
    public async Task CalendarView_PreferTimeZone_ConvertsStartAndEnd(string? zone, string expectedStart, string expectedZone)
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var graph = Graph.ClientWithDefaultHandlers(sim);
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };

        var page = await graph.Me.CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2026-11-16T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2026-11-17T12:00:00Z";
            if (zone is not null)
            {
                rc.Headers.Add("Prefer", $"outlook.timezone=\"{zone}\"");
            }

            rc.Options.Add(headers);
        });

        var item = Assert.Single(page!.Value!, e => e.Id == SampleEventEastern);
        Assert.Equal(expectedStart, item.Start!.DateTime);
        Assert.Equal(expectedZone, item.Start.TimeZone);
        Assert.Equal(expectedZone, item.End!.TimeZone);
        Assert.Equal(zone is not null, headers.ResponseHeaders.ContainsKey("Preference-Applied"));
    }

    [Fact]
    public async Task CalendarView_AllDayEvent_KeepsMidnightDatesInPreferredZone()
    {
        var allDay = Seeds.Event("AD", "2026-11-10T00:00:00.0000000", "2026-11-11T00:00:00.0000000", "UTC", allDay: true);
        await using var sim = GraphSimulator.Start(Seeds.With([allDay]));
        var graph = Graph.Client(sim);

        var page = await graph.Me.CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2026-11-10T12:00:00Z";
            rc.QueryParameters.EndDateTime = "2026-11-10T13:00:00Z";
            rc.Headers.Add("Prefer", "outlook.timezone=\"Tokyo Standard Time\"");
        });

        var item = Assert.Single(page!.Value!);
        Assert.Equal("2026-11-10T00:00:00.0000000", item.Start!.DateTime);
        Assert.Equal("2026-11-11T00:00:00.0000000", item.End!.DateTime);
        Assert.Equal("Tokyo Standard Time", item.Start.TimeZone);
    }

    [Fact]
    public async Task GetEvent_PreferTextBody_ReturnsTextAndPreferenceApplied()
    {
        await using var sim = GraphSimulator.Start(Seeds.With([Seeds.Event("X1", "2026-11-10T10:00:00", "2026-11-10T11:00:00")]));
        using var http = Graph.Raw(sim);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1.0/me/events/X1");
        request.Headers.TryAddWithoutValidation("Prefer", "outlook.body-content-type=\"text\", IdType=\"ImmutableId\"");

        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text", body["body"]!["contentType"]!.GetValue<string>());
        Assert.Equal("Hello & welcome\r\nLine two\r\n", body["body"]!["content"]!.GetValue<string>());
        Assert.Contains("outlook.body-content-type=\"text\"", string.Join(",", response.Headers.GetValues("Preference-Applied")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEvent_UnknownId_Throws404ErrorItemNotFound()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());

        var ex = await Assert.ThrowsAsync<ODataError>(() => Graph.Client(sim).Me.Events["AAMkNOPE"].GetAsync());

        Assert.Equal(404, ex.ResponseStatusCode);
        Assert.Equal("ErrorItemNotFound", ex.Error!.Code);
    }

    [Fact]
    public async Task CalendarView_AfterWorldMovesOn_ShowsAddedMovedCancelledAndDeletedEvents()
    {
        await using var sim = GraphSimulator.Start(Seeds.With(Seeds.HourlyEvents(3)));
        var graph = Graph.Client(sim);
        sim.MoveEvent("E00", new DateTimeOffset(2026, 11, 11, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 11, 10, 0, 0, TimeSpan.Zero));
        sim.CancelEvent("E01");
        Assert.True(sim.DeleteEvent("E02"));
        var added = sim.AddEvent(Seeds.Event("NEW", "2026-11-10T08:00:00", "2026-11-10T09:00:00", "W. Europe Standard Time"));

        var page = await graph.Me.CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2026-11-10T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2026-11-10T23:59:00Z";
        });

        // E01 01:00Z (cancelled, still shown), NEW 08:00 W. Europe = 07:00Z; E00 moved to the 11th, E02 deleted.
        Assert.Equal(["E01", "NEW"], page!.Value!.Select(e => e.Id));
        Assert.Equal("2026-11-10T07:00:00.0000000", page.Value![1].Start!.DateTime);
        Assert.True(page.Value![0].IsCancelled);
        Assert.StartsWith("Canceled: ", page.Value[0].Subject, StringComparison.Ordinal);
        Assert.Equal("NEW", added);
    }

    [Fact]
    public async Task ReplaceEvent_NewSubjectAndZone_ServedFromGetEvent()
    {
        await using var sim = GraphSimulator.Start(Seeds.With(Seeds.HourlyEvents(1)));
        var replacement = Seeds.Event("ignored", "2026-11-10T09:00:00", "2026-11-10T10:00:00", "Tokyo Standard Time", subject: "Rescheduled");
        replacement.Remove("iCalUId");
        sim.ReplaceEvent("E00", replacement);

        var item = await Graph.Client(sim).Me.Events["E00"].GetAsync();

        Assert.Equal("Rescheduled", item!.Subject);
        Assert.Equal("2026-11-10T00:00:00.0000000", item.Start!.DateTime);
        Assert.Equal("ical-E00", item.ICalUId);
        Assert.Throws<KeyNotFoundException>(() => sim.CancelEvent("missing"));
    }
}
