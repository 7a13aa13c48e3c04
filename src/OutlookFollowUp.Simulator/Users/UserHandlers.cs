using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Routing;

namespace OutlookFollowUp.Simulator.Users;

/// <summary>GET /me and GET /me/mailboxSettings (whole, or one part such as /me/mailboxSettings/timeZone).</summary>
internal sealed class UserHandlers(MailboxContext context)
{
    public void Map(Router router)
    {
        router.Map("GET", "me", GetMe);
        router.Map("GET", "me/mailboxSettings", GetMailboxSettings);
        router.Map("GET", "me/mailboxSettings/{part}", GetMailboxSettingsPart);
    }

    private Task<GraphResponse> GetMe(GraphRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        var me = GraphJson.Clone(context.Me);
        var result = new JsonObject { ["@odata.context"] = $"{request.Origin}/v1.0/$metadata#users/$entity" };
        foreach (var pair in ODataQuery.Project(me, ODataQuery.Select(request)).ToList())
        {
            me.Remove(pair.Key);
            result[pair.Key] = pair.Value;
        }

        return Task.FromResult(GraphResponse.Ok(result));
    }

    private Task<GraphResponse> GetMailboxSettings(GraphRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        var settings = GraphJson.Clone(context.MailboxSettings);
        var result = new JsonObject { ["@odata.context"] = $"{request.Origin}/v1.0/$metadata#users('{context.MeId}')/mailboxSettings" };
        foreach (var pair in ODataQuery.Project(settings, ODataQuery.Select(request)).ToList())
        {
            settings.Remove(pair.Key);
            result[pair.Key] = pair.Value;
        }

        return Task.FromResult(GraphResponse.Ok(result));
    }

    private Task<GraphResponse> GetMailboxSettingsPart(GraphRequest request, RouteValues values, CancellationToken cancellationToken)
    {
        var part = GraphJson.GetIgnoreCase(context.MailboxSettings, values["part"]);
        if (part is null)
        {
            return Task.FromResult(GraphResponse.Error(400, "BadRequest", $"Resource not found for the segment '{values["part"]}'."));
        }

        var result = part is JsonObject obj ? GraphJson.Clone(obj) : new JsonObject { ["value"] = part.DeepClone() };
        result["@odata.context"] = $"{request.Origin}/v1.0/$metadata#users('{context.MeId}')/mailboxSettings/{values["part"]}";
        return Task.FromResult(GraphResponse.Ok(result));
    }
}
