using System.Text;
using System.Text.Json.Nodes;

namespace OutlookFollowUp.Workflow.Tests.Infrastructure;

/// <summary>
/// Sits between the gateway and the Simulator and spoils one event wherever Graph returns it (calendarView pages and
/// GET /me/events/{id}): its start becomes unreadable, as Graph might return an event the product cannot read. The
/// Simulator itself refuses to store such an event.
/// </summary>
public sealed class UnreadableEventInjector(string eventId) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri?.AbsolutePath ?? "";
        var isEvent = path.EndsWith("/calendarView", StringComparison.OrdinalIgnoreCase) || path.Contains("/me/events/", StringComparison.OrdinalIgnoreCase);
        if (!isEvent || !response.IsSuccessStatusCode)
        {
            return response;
        }

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
        var items = body["value"] is JsonArray page ? page.OfType<JsonObject>() : [body];
        foreach (var item in items)
        {
            if (item["id"]?.GetValue<string>() == eventId)
            {
                item["start"] = new JsonObject { ["dateTime"] = "next Tuesday afternoon", ["timeZone"] = "UTC" };
            }
        }

        response.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return response;
    }
}
