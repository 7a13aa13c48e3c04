using System.Text.Json.Nodes;
using OutlookFollowUp.Simulator.Batch;
using OutlookFollowUp.Simulator.Calendar;
using OutlookFollowUp.Simulator.Faults;
using OutlookFollowUp.Simulator.Mail;
using OutlookFollowUp.Simulator.Routing;
using OutlookFollowUp.Simulator.Subscriptions;
using OutlookFollowUp.Simulator.Todo;
using OutlookFollowUp.Simulator.Users;

namespace OutlookFollowUp.Simulator;

/// <summary>
/// A stateful fake Microsoft Graph mailbox for one user, served over loopback HTTP under /v1.0 (WireMock.Net).
/// It answers the Graph surface the product uses (DESIGN.md) the way Graph v1.0 does — paging, Prefer headers,
/// $filter on extended properties, To Do, $batch, subscriptions, Graph-shaped errors, the 4-request mailbox concurrency
/// limit — and lets tests inspect state, move the world on, and inject faults.
/// </summary>
/// <example>
/// <code>
/// await using var sim = GraphSimulator.Start(SimulatorSeed.Load("sample-mailbox.json"));
/// var graph = new GraphServiceClient(httpClient, authProvider, sim.BaseUrl);
/// </code>
/// </example>
public sealed class GraphSimulator : IAsyncDisposable, IDisposable
{
    private readonly MailboxContext _context;
    private readonly FaultInjector _faults = new();
    private readonly RequestLog _log;
    private readonly NotificationSender _sender;
    private readonly SubscriptionHandlers _subscriptions;
    private readonly WireMockHost _host;
    private int _disposed;

    private GraphSimulator(SimulatorSeed seed, SimulatorOptions options)
    {
        _context = new MailboxContext(seed, options);
        _faults.Recurring = options.RecurringFaults;
        _log = new RequestLog(options.MaxLogEntries);
        _sender = new NotificationSender(options.NotificationTimeout);
        var router = new Router();
        var dispatcher = new GraphDispatcher(_context, router, _faults, _log);
        new UserHandlers(_context).Map(router);
        new CalendarHandlers(_context).Map(router);
        new MailHandlers(_context).Map(router);
        new TodoHandlers(_context).Map(router);
        new BatchHandler(dispatcher.DispatchAsync).Map(router);
        _subscriptions = new SubscriptionHandlers(_context, _sender);
        _subscriptions.Map(router);
        _host = new WireMockHost(options.Port, dispatcher.DispatchAsync);
    }

    /// <summary>Server root, e.g. "http://127.0.0.1:51234".</summary>
    public string Url => _host.Url;

    /// <summary>Graph base URL to give the SDK: <see cref="Url"/> + "/v1.0".</summary>
    public string BaseUrl => _host.Url + "/v1.0";

    /// <summary>The options it runs with.</summary>
    public SimulatorOptions Options => _context.Options;

    /// <summary>Number of top-level HTTP requests answered ($batch envelopes included) since start or <see cref="ClearLog"/>.</summary>
    public int HttpRequestCount => _log.HttpRequestCount;

    /// <summary>Number of $batch sub-requests answered since start or <see cref="ClearLog"/>.</summary>
    public int BatchSubRequestCount => _log.BatchSubRequestCount;

    /// <summary>Starts a simulator on a loopback port.</summary>
    public static GraphSimulator Start(SimulatorSeed seed, SimulatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(seed);
        options ??= new SimulatorOptions();
        options.Validate();
        return new GraphSimulator(seed, options);
    }

    /// <summary>Every call answered, oldest first (top-level requests and $batch sub-requests).</summary>
    public IReadOnlyList<SimulatorRequestLogEntry> GetRequestLog() => _log.Snapshot();

    /// <summary>Empties the request log and its counters.</summary>
    public void ClearLog() => _log.Clear();

    /// <summary>Back to the seed: events, inbox, To Do (only the default list), no subscriptions, no faults, empty log.</summary>
    public void Reset()
    {
        _context.LoadSeed();
        _faults.Clear();
        _faults.Recurring = _context.Options.RecurringFaults;
        _log.Clear();
    }

    /// <summary>The Drafts folder: messages with isDraft true in it, as stored (extended properties included); a draft the user deleted is in Deleted Items, not here.</summary>
    public IReadOnlyList<JsonObject> GetDrafts() =>
        _context.Mail.Snapshot().Where(m => GraphJson.GetBool(m, "isDraft") == true && GraphJson.GetString(m, "parentFolderId") == MailStore.DraftsFolderId).ToList();

    /// <summary>All messages (inbox, drafts, sent items), as stored.</summary>
    public IReadOnlyList<JsonObject> GetMessages() => _context.Mail.Snapshot();

    /// <summary>All calendar events, as stored (in their own time zones).</summary>
    public IReadOnlyList<JsonObject> GetEvents() => _context.Calendar.Snapshot();

    /// <summary>To Do lists, the built-in "Tasks" list first.</summary>
    public IReadOnlyList<JsonObject> GetTodoLists() => _context.Todo.Lists();

    /// <summary>Tasks of a To Do list with their linkedResources; empty when the list does not exist.</summary>
    public IReadOnlyList<JsonObject> GetTasks(string listId)
    {
        ArgumentNullException.ThrowIfNull(listId);
        return _context.Todo.Tasks(listId) ?? [];
    }

    /// <summary>Active (unexpired) subscriptions.</summary>
    public IReadOnlyList<JsonObject> GetSubscriptions() => _context.Subscriptions.Snapshot(_context.Now);

    /// <summary>Delivers a message to the inbox (Graph message JSON, optionally with internetMessageHeaders); returns its id.</summary>
    public string AddInboxMessage(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var copy = GraphJson.Clone(message);
        copy["isDraft"] = false;
        return GraphJson.GetString(_context.Mail.Add(copy, MailStore.InboxFolderId, isDraft: false, _context.Now), "id")!;
    }

    /// <summary>Records mail the user sent (isDraft false, in Sent Items, from the user); returns its id.</summary>
    public string AddSentMessage(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var copy = GraphJson.Clone(message);
        var me = new JsonObject
        {
            ["emailAddress"] = new JsonObject { ["name"] = GraphJson.GetString(_context.Me, "displayName"), ["address"] = _context.MeAddress },
        };
        copy["isDraft"] = false;
        copy["isRead"] = true;
        copy["parentFolderId"] = MailStore.SentItemsFolderId;
        copy["from"] ??= me.DeepClone();
        copy["sender"] ??= me;
        return GraphJson.GetString(_context.Mail.Add(copy, MailStore.SentItemsFolderId, isDraft: false, _context.Now), "id")!;
    }

    /// <summary>Adds an event (Graph event JSON; id and iCalUId are generated when absent); returns its id.</summary>
    /// <exception cref="SimulatorSeedException">The event is not valid (same rules as the seed).</exception>
    public string AddEvent(JsonObject graphEvent)
    {
        ArgumentNullException.ThrowIfNull(graphEvent);
        return _context.Calendar.Add(graphEvent, _context.Now);
    }

    /// <summary>Replaces an event wholesale, keeping its id (and iCalUId unless given).</summary>
    public void ReplaceEvent(string eventId, JsonObject graphEvent)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        ArgumentNullException.ThrowIfNull(graphEvent);
        _context.Calendar.Replace(eventId, graphEvent, _context.Now);
    }

    /// <summary>The organizer cancelled: isCancelled true and the subject prefixed "Canceled: ", as Outlook shows it to attendees.</summary>
    public void CancelEvent(string eventId)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        _context.Calendar.Update(eventId, e =>
        {
            e["isCancelled"] = true;
            var subject = GraphJson.GetString(e, "subject") ?? string.Empty;
            if (!subject.StartsWith("Canceled:", StringComparison.OrdinalIgnoreCase))
            {
                e["subject"] = "Canceled: " + subject;
            }
        }, _context.Now);
    }

    /// <summary>Moves an event to a new time; start/end stay written in the event's own time zone.</summary>
    public void MoveEvent(string eventId, DateTimeOffset newStart, DateTimeOffset newEnd)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        ArgumentOutOfRangeException.ThrowIfLessThan(newEnd, newStart);
        _context.Calendar.Update(eventId, e =>
        {
            e["start"] = Rewrite(e["start"], newStart);
            e["end"] = Rewrite(e["end"], newEnd);
        }, _context.Now);

        static JsonObject Rewrite(JsonNode? current, DateTimeOffset instant)
        {
            var zoneName = current is JsonObject obj ? GraphJson.GetString(obj, "timeZone") ?? "UTC" : "UTC";
            var zone = TimeZones.TryFind(zoneName, out var found) ? found : TimeZoneInfo.Utc;
            return GraphJson.DateTimeTimeZone(TimeZones.ToWallClock(instant, zone), zoneName);
        }
    }

    /// <summary>Deletes an event; false when there was none.</summary>
    public bool DeleteEvent(string eventId)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        return _context.Calendar.Delete(eventId);
    }

    /// <summary>
    /// Arms <paramref name="fault"/> for the next <paramref name="times"/> calls matching <paramref name="match"/>
    /// (top-level requests and $batch sub-requests alike; inside a batch the envelope stays 200 and the sub-response
    /// carries the status and its own Retry-After).
    /// </summary>
    public InjectedFault InjectFault(RequestMatch match, SimulatedFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        return _faults.Add(match, fault, times);
    }

    /// <summary>Disarms every injected fault (recurring faults stay; see <see cref="SetRecurringFaults"/>).</summary>
    public void ClearFaults() => _faults.Clear();

    /// <summary>Turns faults by count on (or off with null) from the next call on.</summary>
    public void SetRecurringFaults(RecurringFaults? faults) => _faults.Recurring = faults;

    // ---- what the user does in Outlook --------------------------------------------------------------------------

    /// <summary>The user edits a draft in Outlook: its text changes and so do lastModifiedDateTime and changeKey.</summary>
    /// <exception cref="KeyNotFoundException">No such message.</exception>
    public void EditDraft(string messageId, string addedText)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        _ = _context.Mail.Update(messageId, m =>
        {
            if (m["body"] is JsonObject body)
            {
                body["content"] = (GraphJson.GetString(body, "content") ?? string.Empty) + addedText;
            }
        }, _context.Now) ?? throw new KeyNotFoundException($"No message {messageId}.");
    }

    /// <summary>The user deletes a draft in Outlook: it moves to Deleted Items (still a draft, in another folder).</summary>
    /// <exception cref="KeyNotFoundException">No such message.</exception>
    public void DeleteDraftInOutlook(string messageId)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        _ = _context.Mail.Update(messageId, m => m["parentFolderId"] = MailStore.DeletedItemsFolderId, _context.Now)
            ?? throw new KeyNotFoundException($"No message {messageId}.");
    }

    /// <summary>The user sends a draft: it is no longer a draft and sits in Sent Items, with the same id (immutable ids).</summary>
    /// <exception cref="KeyNotFoundException">No such message.</exception>
    public void SendDraft(string messageId)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        var now = GraphJson.Instant(_context.Now);
        _ = _context.Mail.Update(messageId, m =>
        {
            m["isDraft"] = false;
            m["parentFolderId"] = MailStore.SentItemsFolderId;
            m["sentDateTime"] = now;
        }, _context.Now) ?? throw new KeyNotFoundException($"No message {messageId}.");
    }

    /// <summary>The user deletes a whole To Do list (with its tasks); false when there was none.</summary>
    public bool DeleteTodoList(string listId)
    {
        ArgumentNullException.ThrowIfNull(listId);
        return _context.Todo.DeleteList(listId);
    }

    /// <summary>
    /// POSTs a change notification for an event to each active subscription on events whose changeType includes
    /// <paramref name="changeType"/> (one POST per subscription, Graph's body shape); returns what each endpoint answered.
    /// </summary>
    public Task<IReadOnlyList<NotificationDelivery>> NotifyEventChangeAsync(string eventId, ChangeType changeType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        return _subscriptions.NotifyEventChangeAsync(eventId, changeType, cancellationToken);
    }

    /// <summary>POSTs a lifecycle notification to the subscription's lifecycleNotificationUrl (subscriptionRemoved also removes it).</summary>
    /// <exception cref="KeyNotFoundException">No such active subscription.</exception>
    /// <exception cref="InvalidOperationException">It has no lifecycleNotificationUrl.</exception>
    public Task<NotificationDelivery> SendLifecycleNotificationAsync(string subscriptionId, LifecycleEvent lifecycleEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscriptionId);
        return _subscriptions.SendLifecycleNotificationAsync(subscriptionId, lifecycleEvent, cancellationToken);
    }

    /// <summary>Stops the server.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _host.Dispose();
            _sender.Dispose();
        }
    }

    /// <summary>Stops the server.</summary>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
