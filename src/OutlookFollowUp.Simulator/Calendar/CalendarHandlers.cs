using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Routing;

namespace OutlookFollowUp.Simulator.Calendar;

/// <summary>GET /me/calendarView, GET /me/events, GET /me/events/{id} (also under /me/calendar).</summary>
internal sealed class CalendarHandlers(MailboxContext context)
{
    public void Map(Router router)
    {
        router.Map("GET", "me/calendarView", GetCalendarView);
        router.Map("GET", "me/calendar/calendarView", GetCalendarView);
        router.Map("GET", "me/events", ListEvents);
        router.Map("GET", "me/calendar/events", ListEvents);
        router.Map("GET", "me/events/{id}", GetEvent);
        router.Map("GET", "me/calendar/events/{id}", GetEvent);
    }

    private Task<GraphResponse> GetCalendarView(GraphRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        var startText = request.Query["startDateTime"];
        var endText = request.Query["endDateTime"];
        if (string.IsNullOrEmpty(startText) || string.IsNullOrEmpty(endText))
        {
            throw GraphErrorException.BadRequest(
                "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.",
                "ErrorInvalidParameter");
        }

        var windowStart = ParseWindow(startText, "StartDateTime");
        var windowEnd = ParseWindow(endText, "EndDateTime");
        var filter = ParseFilter(request);
        var headers = new GraphResponseHeaders();
        var events = Ordered(request, context.Calendar.Snapshot()
            .Select(e => (Event: e, Range: EventProjector.Range(e, context.MailboxZone)))
            .Where(x => x.Range is { } r && r.Start < windowEnd && r.End > windowStart)
            .Where(x => filter?.Matches(x.Event) ?? true)
            .Select(x => x.Event))
            .Select(e => EventProjector.Project(e, request, headers, calendarView: true))
            .ToList();

        var page = ODataQuery.Page(request, events, context.Options.PageSize, headers, $"users('{context.MeId}')/calendarView");
        return Task.FromResult(headers.ApplyTo(GraphResponse.Ok(page)));
    }

    private Task<GraphResponse> ListEvents(GraphRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        var filter = ParseFilter(request);
        var headers = new GraphResponseHeaders();
        var events = Ordered(request, context.Calendar.Snapshot().Where(e => filter?.Matches(e) ?? true))
            .Select(e => EventProjector.Project(e, request, headers))
            .ToList();
        var page = ODataQuery.Page(request, events, context.Options.PageSize, headers, $"users('{context.MeId}')/events");
        return Task.FromResult(headers.ApplyTo(GraphResponse.Ok(page)));
    }

    private Task<GraphResponse> GetEvent(GraphRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        var stored = context.Calendar.Get(values["id"]);
        if (stored is null)
        {
            return Task.FromResult(NotFound());
        }

        var headers = new GraphResponseHeaders();
        var item = EventProjector.Project(stored, request, headers);
        var result = new JsonObject { ["@odata.context"] = $"{request.Origin}/v1.0/$metadata#users('{context.MeId}')/events/$entity" };
        foreach (var pair in item.ToList())
        {
            item.Remove(pair.Key);
            result[pair.Key] = pair.Value;
        }

        return Task.FromResult(headers.ApplyTo(GraphResponse.Ok(result)));
    }

    public static GraphResponse NotFound() =>
        GraphResponse.Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");

    private IEnumerable<JsonObject> Ordered(GraphRequest request, IEnumerable<JsonObject> events)
    {
        var descending = request.Query["$orderby"]?.Contains("desc", StringComparison.OrdinalIgnoreCase) == true;
        var keyed = events.Select(e => (Event: e, Start: EventProjector.Range(e, context.MailboxZone)?.Start ?? DateTimeOffset.MinValue));
        var ordered = descending
            ? keyed.OrderByDescending(x => x.Start).ThenBy(x => GraphJson.GetString(x.Event, "id"), StringComparer.Ordinal)
            : keyed.OrderBy(x => x.Start).ThenBy(x => GraphJson.GetString(x.Event, "id"), StringComparer.Ordinal);
        return ordered.Select(x => x.Event);
    }

    private static ODataFilter? ParseFilter(GraphRequest request)
    {
        var text = request.Query["$filter"];
        return string.IsNullOrWhiteSpace(text) ? null : ODataFilter.Parse(text);
    }

    private static DateTimeOffset ParseWindow(string text, string name)
    {
        if (!TimeZones.TryParseWallClock(text, out var wallClock, out var instant))
        {
            throw GraphErrorException.BadRequest($"The value '{text}' of parameter '{name}' is invalid.", "ErrorInvalidParameter");
        }

        // A value without an offset is UTC; Prefer: outlook.timezone does not change how the window is read.
        return instant ?? new DateTimeOffset(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), TimeSpan.Zero);
    }
}
