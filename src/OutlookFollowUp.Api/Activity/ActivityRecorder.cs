using System.Text.RegularExpressions;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Graph.Client;

namespace OutlookFollowUp.Api.Activity;

/// <summary>
/// Writes every Graph request a gateway made for a user into the user's activity log: what, when, which item.
/// Query strings (which carry filter values) and bodies are never stored.
/// </summary>
internal sealed partial class ActivityRecorder(ServiceDbContext db)
{
    public async Task RecordAsync(string userId, GraphRequestLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        foreach (var record in log.Records)
        {
            // A $batch is recorded as the requests inside it: which items were read or written.
            var calls = record.SubRequests.Count > 0
                ? record.SubRequests.Select(s => (s.Method, s.Resource, s.Status))
                : [(record.Method, record.Resource, record.Status)];
            foreach (var (method, path, status) in calls)
            {
                var resource = VersionPrefix().Replace(path, "");
                db.Activity.Add(new ActivityEntry
                {
                    UserId = userId,
                    At = record.At,
                    Method = method,
                    Resource = resource.Length > 400 ? resource[..400] : resource,
                    Status = status,
                    Operation = Describe(method, resource, record.BatchSize),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A readable name for a Graph call.</summary>
    public static string Describe(string method, string resource, int batchSize)
    {
        var path = IdSegment().Replace(resource, "/{id}");
        return (method, path) switch
        {
            ("POST", "/$batch") => $"batch of {batchSize} requests",
            ("GET", "/me") => "read your profile",
            ("GET", "/me/mailboxSettings") => "read mailbox settings",
            ("GET", "/me/calendarView") => "read calendar",
            ("GET", "/me/events/{id}") => "read an event",
            ("GET", "/me/messages") => "search messages",
            ("GET", "/me/messages/{id}") => "check a draft (or read an invite message)",
            ("PATCH", "/me/messages/{id}") => "update a draft",
            ("DELETE", "/me/messages/{id}") => "remove a draft",
            ("POST", "/me/messages") => "create a draft",
            ("GET", "/me/todo/lists") => "read To Do lists",
            ("POST", "/me/todo/lists") => "create the To Do list",
            ("GET", "/me/todo/lists/{id}/tasks") => "read reminders",
            ("POST", "/me/todo/lists/{id}/tasks") => "create a reminder",
            ("PATCH", "/me/todo/lists/{id}/tasks/{id}") => "update a reminder",
            ("POST", "/subscriptions") => "subscribe to calendar changes",
            ("PATCH", "/subscriptions/{id}") => "renew the calendar subscription",
            ("POST", "/subscriptions/{id}/reauthorize") => "reauthorize the calendar subscription",
            ("DELETE", "/subscriptions/{id}") => "remove the calendar subscription",
            _ => $"{method} {path}",
        };
    }

    [GeneratedRegex(@"^/v1\.0", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPrefix();

    [GeneratedRegex(@"(?<=/(?:events|messages|lists|tasks|subscriptions))/[^/]+", RegexOptions.CultureInvariant)]
    private static partial Regex IdSegment();
}
