using System.Text;
using System.Text.Json.Nodes;

namespace OutlookFollowUp.Workflow.Tests.Infrastructure;

/// <summary>
/// Sits between the gateway and the Simulator and spoils one event in calendarView pages (its start becomes unreadable),
/// as Graph might return an event the product cannot read. The Simulator itself refuses to store such an event.
/// </summary>
public sealed class UnreadableEventInjector(string eventId) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri?.AbsolutePath.EndsWith("/calendarView", StringComparison.OrdinalIgnoreCase) != true || !response.IsSuccessStatusCode)
        {
            return response;
        }

        var page = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
        foreach (var item in page["value"]!.AsArray())
        {
            if (item?["id"]?.GetValue<string>() == eventId)
            {
                item["start"] = new JsonObject { ["dateTime"] = "next Tuesday afternoon", ["timeZone"] = "UTC" };
            }
        }

        response.Content = new StringContent(page.ToJsonString(), Encoding.UTF8, "application/json");
        return response;
    }
}
