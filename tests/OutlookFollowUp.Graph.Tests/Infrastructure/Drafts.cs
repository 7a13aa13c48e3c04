using System.Text.Json.Nodes;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Simulator;

namespace OutlookFollowUp.Graph.Tests.Infrastructure;

/// <summary>Draft requests and what the Simulator stored for them.</summary>
internal static class Drafts
{
    public static DraftRequest Request(string key, string to = "amy.chen@contoso.com", string? name = "Amy Chen") =>
        new(key, $"Thank you - {key}", $"<p>Dear {name},</p><p>Thank you for {key}.</p>", [new EmailAddress(to, name)]);

    public static List<DraftRequest> Requests(int count, string prefix = "thankyou:ical-1:") =>
        Enumerable.Range(0, count).Select(i => Request($"{prefix}person{i}@contoso.com", $"person{i}@contoso.com", $"Person {i}")).ToList();

    public static string? KeyOf(JsonObject draft) =>
        draft["singleValueExtendedProperties"]?.AsArray()
            .Where(p => p?["id"]?.GetValue<string>() == GraphMailboxGateway.KeyPropertyId)
            .Select(p => p?["value"]?.GetValue<string>())
            .FirstOrDefault();

    /// <summary>Drafts in the mailbox by key; fails on a key seen twice.</summary>
    public static Dictionary<string, JsonObject> ByKey(GraphSimulator simulator)
    {
        var drafts = simulator.GetDrafts();
        var keys = drafts.Select(KeyOf).ToList();
        Assert.All(keys, Assert.NotNull);
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        return drafts.ToDictionary(d => KeyOf(d)!, StringComparer.Ordinal);
    }
}
