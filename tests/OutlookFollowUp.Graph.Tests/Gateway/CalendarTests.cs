using System.Globalization;
using OutlookFollowUp.Graph.Tests.Infrastructure;
using OutlookFollowUp.TestUtilities.GraphJson;

namespace OutlookFollowUp.Graph.Tests.Gateway;

public sealed class CalendarTests
{
    private static readonly DateTimeOffset WindowStart = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowEnd = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    private static List<System.Text.Json.Nodes.JsonObject> Events(int count) =>
        Enumerable.Range(0, count)
            .Select(i => GraphEventJson.Interview("E" + i.ToString("D3", CultureInfo.InvariantCulture))
                .At(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero).AddHours(5 * i), TimeSpan.FromMinutes(45))
                .Build())
            .ToList();

    [Fact]
    public async Task GetCalendarViewAsync_SixtyEventsPagesOfTen_FollowsEveryNextLink()
    {
        using var h = new GatewayHarness(Events(60), configure: o => o.CalendarPageSize = 10);

        var window = await h.Gateway.GetCalendarViewAsync(WindowStart, WindowEnd, CancellationToken.None);

        Assert.Equal(60, window.Events.Count);
        Assert.Equal(60, window.Events.Select(e => e.Id).Distinct().Count());
        Assert.Empty(window.Skipped);
        Assert.Equal(6, h.Count("GET", "/me/calendarView"));
    }

    [Fact]
    public async Task GetCalendarViewAsync_SixtyEventsDefaultPageSize_ReadsThemAll()
    {
        using var h = new GatewayHarness(Events(60));

        var window = await h.Gateway.GetCalendarViewAsync(WindowStart, WindowEnd, CancellationToken.None);

        Assert.Equal(60, window.Events.Count);
        Assert.Equal(1, h.Count("GET", "/me/calendarView"));
    }

    [Fact]
    public async Task GetCalendarViewAsync_SixtyEventsPagesOfTwentyFive_LastPageIsPartial()
    {
        using var h = new GatewayHarness(Events(60), configure: o => o.CalendarPageSize = 25);

        var window = await h.Gateway.GetCalendarViewAsync(WindowStart, WindowEnd, CancellationToken.None);

        Assert.Equal(60, window.Events.Count);
        Assert.Equal(3, h.Count("GET", "/me/calendarView"));
    }

    [Fact]
    public async Task GetCalendarViewAsync_WindowBounds_OnlyEventsOverlappingTheWindow()
    {
        using var h = new GatewayHarness(Events(60));

        var window = await h.Gateway.GetCalendarViewAsync(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);

        Assert.Equal(["E000", "E001", "E002", "E003", "E004"], window.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Pacific Standard Time")]
    [InlineData("America/Los_Angeles")]
    [InlineData("Tokyo Standard Time")]
    [InlineData("Asia/Kolkata")]
    [InlineData("UTC")]
    public async Task GetCalendarViewAsync_EventWrittenInAnotherZone_MapsToTheSameInstants(string zone)
    {
        var start = new DateTimeOffset(2026, 11, 10, 17, 30, 0, TimeSpan.Zero);
        var item = GraphEventJson.Interview("Z1").At(start, TimeSpan.FromMinutes(45), zone).Build();
        using var h = new GatewayHarness([item]);

        var window = await h.Gateway.GetCalendarViewAsync(WindowStart, WindowEnd, CancellationToken.None);

        var mapped = Assert.Single(window.Events);
        Assert.Equal(start, mapped.Start);
        Assert.Equal(start.AddMinutes(45), mapped.End);
        Assert.False(mapped.IsAllDay);
    }

    [Fact]
    public async Task GetCalendarViewAsync_HtmlBody_MapsFieldsAndPlainText()
    {
        var item = GraphEventJson.Interview("H1")
            .WithSubject("Interview: Tom & Jerry's <Lead> Animator")
            .WithHtmlBody("<p>We&#39;ll get back to you by <b>Friday</b> &amp; not later.</p><script>alert(1)</script>")
            .WithOrganizer("grace.hall@lucernepublishing.com", "Hall, Grace")
            .WithAttendee("room210@lucernepublishing.com", "Room 210", type: "resource")
            .WithAttendee("peter.wu@lucernepublishing.com", "Peter Wu", type: "optional", response: "declined")
            .At(new DateTimeOffset(2026, 11, 10, 15, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1))
            .Build();
        using var h = new GatewayHarness([item]);

        var mapped = Assert.Single((await h.Gateway.GetCalendarViewAsync(WindowStart, WindowEnd, CancellationToken.None)).Events);

        Assert.Equal("H1", mapped.Id);
        Assert.Equal("040000008200E00074C5B7101A82E008H1", mapped.ICalUId);
        Assert.Equal("Interview: Tom & Jerry's <Lead> Animator", mapped.Subject);
        Assert.False(mapped.Body.IsHtml);
        Assert.Contains("We'll get back to you by Friday & not later.", mapped.Body.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", mapped.Body.Content, StringComparison.Ordinal);
        Assert.Equal("grace.hall@lucernepublishing.com", mapped.Organizer?.Address);
        Assert.Equal("Hall, Grace", mapped.Organizer?.Name);
        Assert.Contains(mapped.Attendees, a => a.Email.Address == "room210@lucernepublishing.com" && a.Type == Core.Model.AttendeeType.Resource);
        Assert.Contains(mapped.Attendees, a => a.Email.Address == "peter.wu@lucernepublishing.com" && a.Type == Core.Model.AttendeeType.Optional && a.Response == Core.Model.AttendeeResponse.Declined);
        Assert.Contains(mapped.Attendees, a => a.Email.Address == SampleMailboxJson.UserAddress && a.Response == Core.Model.AttendeeResponse.Accepted);
        Assert.StartsWith("https://outlook.office365.com/owa/?itemid=H1", mapped.WebLink, StringComparison.Ordinal);
        Assert.Equal("singleInstance", mapped.Type);
        Assert.False(mapped.IsCancelled);
        Assert.False(mapped.IsOrganizer);
    }

    [Fact]
    public async Task GetCalendarViewAsync_AllDayAndCancelledEvents_MapTheirFlags()
    {
        var allDay = GraphEventJson.Interview("A1").AllDay(new DateOnly(2026, 11, 12), new DateOnly(2026, 11, 13)).Build();
        var cancelled = GraphEventJson.Interview("C1").Cancelled().Build();
        using var h = new GatewayHarness([allDay, cancelled]);

        var events = (await h.Gateway.GetCalendarViewAsync(WindowStart, WindowEnd, CancellationToken.None)).Events.ToDictionary(e => e.Id);

        Assert.True(events["A1"].IsAllDay);
        Assert.Equal(new DateOnly(2026, 11, 14), events["A1"].AllDayEndDate);
        Assert.True(events["C1"].IsCancelled);
    }

    [Fact]
    public async Task GetEventAsync_ExistingAndDeleted_ReturnsEventOrNull()
    {
        using var h = new GatewayHarness([GraphEventJson.Interview("G1").Build()]);

        var found = await h.Gateway.GetEventAsync("G1", CancellationToken.None);
        Assert.True(h.Simulator.DeleteEvent("G1"));
        var gone = await h.Gateway.GetEventAsync("G1", CancellationToken.None);

        Assert.Equal("G1", found?.Id);
        Assert.Null(gone);
    }
}
