using System.Globalization;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Client;
using OutlookFollowUp.Graph.Mapping;
using OutlookFollowUp.Graph.Resilience;
using GraphModels = Microsoft.Graph.Models;

namespace OutlookFollowUp.Graph.Gateway;

/// <summary>
/// The mailbox gateway over Microsoft Graph: only the calls of DESIGN.md's Graph surface, every create tagged with its
/// key and preceded by a lookup, reads and writes batched where that saves round trips.
/// </summary>
public sealed partial class GraphMailboxGateway : IMailboxGateway
{
    /// <summary>The single-value extended property that carries our idempotency key on drafts.</summary>
    public const string KeyPropertyId = "String {6F2B8C1E-4D7A-4B3E-9A51-2C8E7D0F3B64} Name InterviewFollowUpKey";

    /// <summary>The To Do list that holds the status-check reminders.</summary>
    public const string TaskListName = "Interview follow-ups";

    /// <summary>The application name shown on the tasks' linked resources.</summary>
    public const string ApplicationName = "OutlookFollowUp";

    // Every request asks for immutable ids (stable while items move between folders) and UTC event times.
    private const string PreferImmutableIds = "IdType=\"ImmutableId\"";

    private readonly GraphServiceClient _client;
    private readonly GraphResilience _resilience;
    private readonly BatchSender _batches;
    private readonly GraphOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _listLock = new(1, 1);
    private readonly bool _ownsClient;
    private string? _taskListId;

    public GraphMailboxGateway(GraphServiceClient client, GraphOptions options, GraphRequestLog requestLog, TimeProvider timeProvider, bool ownsClient = false)
    {
        _ownsClient = ownsClient;
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options;
        _timeProvider = timeProvider;
        RequestLog = requestLog;
        _resilience = new GraphResilience(options, timeProvider);
        _batches = new BatchSender(client, timeProvider);
    }

    /// <summary>Creates a gateway for one mailbox with its own HTTP pipeline.</summary>
    /// <param name="options">Graph settings.</param>
    /// <param name="tokens">The mailbox owner's tokens.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="finalHandler">A shared connection pool (not disposed with the gateway), or null for a pool of its own.</param>
    /// <param name="mailboxKey">
    /// Identifies the mailbox (e.g. the user's id): gateways created with the same key in this process share Outlook's
    /// limit of 4 concurrent requests per mailbox, so concurrent workers and requests for one user never exceed it.
    /// Null gives the gateway a limit of its own (enough when it is the only one open for its mailbox).
    /// </param>
    public static GraphMailboxGateway Create(GraphOptions options, Microsoft.Kiota.Abstractions.Authentication.IAccessTokenProvider tokens, TimeProvider timeProvider, HttpMessageHandler? finalHandler = null, string? mailboxKey = null)
    {
        var log = new GraphRequestLog();
        var client = GraphClientBuilder.Create(options, tokens, log, timeProvider, finalHandler, mailboxKey);
        return new GraphMailboxGateway(client, options, log, timeProvider, ownsClient: true);
    }

    public void Dispose()
    {
        _listLock.Dispose();
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    public GraphRequestLog RequestLog { get; }

    // ---- profile ------------------------------------------------------------------------------------------------------

    public Task<MailboxProfile> GetProfileAsync(CancellationToken cancellationToken) =>
        Guard("reading your profile and mailbox settings", () => ReadProfileAsync(cancellationToken), cancellationToken);

    private async Task<MailboxProfile> ReadProfileAsync(CancellationToken cancellationToken)
    {
        var me = _client.Me.ToGetRequestInformation(rc =>
        {
            rc.QueryParameters.Select = ["id", "displayName", "mail", "userPrincipalName"];
            rc.Headers.Add("Prefer", PreferImmutableIds);
        });
        var settings = _client.Me.MailboxSettings.ToGetRequestInformation();

        var responses = await ReadAsync(
            [("me", me), ("settings", settings)],
            cancellationToken).ConfigureAwait(false);

        var user = Parse(responses["me"].Body, GraphModels.User.CreateFromDiscriminatorValue);
        var mailboxSettings = Parse(responses["settings"].Body, GraphModels.MailboxSettings.CreateFromDiscriminatorValue);
        return ProfileMapper.Map(user, mailboxSettings);
    }

    // ---- calendar -----------------------------------------------------------------------------------------------------

    public Task<CalendarWindow> GetCalendarViewAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken) =>
        Guard("reading your calendar", () => ReadCalendarViewAsync(windowStart, windowEnd, cancellationToken), cancellationToken);

    private async Task<CalendarWindow> ReadCalendarViewAsync(DateTimeOffset windowStart, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        var events = new List<CalendarEvent>();
        var skipped = new List<string>();
        var page = await _resilience.ExecuteAsync(async token => await _client.Me.CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = Iso(windowStart);
            rc.QueryParameters.EndDateTime = Iso(windowEnd);
            rc.QueryParameters.Top = _options.CalendarPageSize;
            rc.QueryParameters.Select = EventFields;
            AddEventPreferences(rc.Headers);
        }, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

        while (page is not null)
        {
            foreach (var item in page.Value ?? [])
            {
                if (EventMapper.TryMap(item, out var mapped, out var error))
                {
                    events.Add(mapped);
                }
                else
                {
                    skipped.Add(error);
                }
            }

            if (string.IsNullOrEmpty(page.OdataNextLink))
            {
                break;
            }

            var next = page.OdataNextLink;
            page = await _resilience.ExecuteAsync(async token => await _client.Me.CalendarView.WithUrl(next).GetAsync(rc => AddEventPreferences(rc.Headers), token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }

        return new CalendarWindow(events, skipped);
    }

    public Task<CalendarEvent?> GetEventAsync(string eventId, CancellationToken cancellationToken)
    {
        GraphItemId.Require(eventId, "eventId");
        return Guard("reading an event", () => ReadEventAsync(eventId, cancellationToken), cancellationToken);
    }

    private async Task<CalendarEvent?> ReadEventAsync(string eventId, CancellationToken cancellationToken)
    {
        try
        {
            var item = await _resilience.ExecuteAsync(async token => await _client.Me.Events[eventId].GetAsync(rc =>
            {
                rc.QueryParameters.Select = EventFields;
                AddEventPreferences(rc.Headers);
            }, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            string? error = "empty answer";
            return item is not null && EventMapper.TryMap(item, out var mapped, out error)
                ? mapped
                : throw new GraphItemUnreadableException(eventId, $"An event could not be read: {error}.");
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    public Task<CalendarEvent?> GetEventOfMessageAsync(string messageId, CancellationToken cancellationToken)
    {
        GraphItemId.Require(messageId, "messageId");
        return Guard("reading a meeting request", () => ReadEventOfMessageAsync(messageId, cancellationToken), cancellationToken);
    }

    private async Task<CalendarEvent?> ReadEventOfMessageAsync(string messageId, CancellationToken cancellationToken)
    {
        try
        {
            var message = await _resilience.ExecuteAsync(async token => await _client.Me.Messages[messageId].GetAsync(rc =>
            {
                rc.QueryParameters.Expand = ["microsoft.graph.eventMessage/event"];
                AddEventPreferences(rc.Headers);
            }, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return message is GraphModels.EventMessage { Event: { } item } && EventMapper.TryMap(item, out var mapped, out _) ? mapped : null;
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    // ---- messages -----------------------------------------------------------------------------------------------------

    public Task<IReadOnlyList<InboundMessage>> GetMessagesReceivedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Guard("reading your mail", () => ReadMessagesReceivedSinceAsync(since, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<InboundMessage>> ReadMessagesReceivedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var messages = new List<InboundMessage>();
        var page = await _resilience.ExecuteAsync(async token => await _client.Me.Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = $"receivedDateTime ge {Iso(since)}";
            rc.QueryParameters.Select = ["id", "from", "subject", "bodyPreview", "receivedDateTime", "isDraft", "internetMessageHeaders"];
            rc.QueryParameters.Top = _options.MessagePageSize;
            rc.Headers.Add("Prefer", PreferImmutableIds);
        }, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

        while (page is not null)
        {
            messages.AddRange((page.Value ?? []).Select(MessageMapper.Map).OfType<InboundMessage>());
            if (string.IsNullOrEmpty(page.OdataNextLink))
            {
                break;
            }

            var next = page.OdataNextLink;
            page = await _resilience.ExecuteAsync(async token => await _client.Me.Messages.WithUrl(next).GetAsync(rc => rc.Headers.Add("Prefer", PreferImmutableIds), token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }

        return messages;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private static readonly string[] EventFields =
    [
        "id", "iCalUId", "subject", "body", "bodyPreview", "start", "end", "isAllDay", "isCancelled", "isOrganizer",
        "organizer", "attendees", "webLink", "type", "seriesMasterId", "responseStatus",
    ];

    private static void AddEventPreferences(RequestHeaders headers)
    {
        headers.Add("Prefer", "outlook.timezone=\"UTC\"");
        headers.Add("Prefer", "outlook.body-content-type=\"text\"");
        headers.Add("Prefer", PreferImmutableIds);
    }

    /// <summary>
    /// Sends read-only requests in batches and retries the ones Graph throttled or failed, after their own
    /// Retry-After; reads are safe to repeat.
    /// </summary>
    private Task<Dictionary<string, StepResponse>> ReadAsync(IReadOnlyList<(string Id, RequestInformation Request)> steps, CancellationToken cancellationToken) =>
        SendRepeatableAsync(steps.Select(s => (s.Id, (Func<RequestInformation>)(() => s.Request))).ToList(), notFoundIsAnAnswer: false, cancellationToken);

    /// <summary>
    /// Sends requests that are safe to repeat (GET, PATCH that sets values, DELETE) in batches, retrying the ones Graph
    /// throttled or failed after their own Retry-After, until the retry budget is spent. Each request is built anew for
    /// every attempt (a request body is a stream that is read once).
    /// </summary>
    private async Task<Dictionary<string, StepResponse>> SendRepeatableAsync(IReadOnlyList<(string Id, Func<RequestInformation> Build)> steps, bool notFoundIsAnAnswer, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, StepResponse>(StringComparer.Ordinal);
        await _resilience.ExecuteAsync(async token =>
        {
            await SendRepeatableOnceAsync(steps, results, notFoundIsAnAnswer, token).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// One round of <see cref="ReadAsync"/> without retrying, for callers that already run inside the retry layer:
    /// sends the steps not yet in <paramref name="results"/>, keeps the answers, and throws a transient failure (with
    /// the longest Retry-After) when Graph throttled or failed any of them.
    /// </summary>
    private Task ReadOnceAsync(IReadOnlyList<(string Id, RequestInformation Request)> steps, Dictionary<string, StepResponse> results, CancellationToken cancellationToken) =>
        SendRepeatableOnceAsync(steps.Select(s => (s.Id, (Func<RequestInformation>)(() => s.Request))).ToList(), results, notFoundIsAnAnswer: false, cancellationToken);

    /// <param name="steps">The requests, by step id.</param>
    /// <param name="results">Answers kept so far; steps already answered are not sent again.</param>
    /// <param name="notFoundIsAnAnswer">Keep a 404 as an answer (the item is gone) instead of failing.</param>
    /// <param name="cancellationToken">Cancels the round.</param>
    /// <param name="refused">Where refused steps go (and are not sent again); null: the first refusal fails the round.</param>
    private async Task SendRepeatableOnceAsync(
        IReadOnlyList<(string Id, Func<RequestInformation> Build)> steps,
        Dictionary<string, StepResponse> results,
        bool notFoundIsAnAnswer,
        CancellationToken cancellationToken,
        Dictionary<string, StepResponse>? refused = null)
    {
        var pending = steps.Where(s => !results.ContainsKey(s.Id) && refused?.ContainsKey(s.Id) != true).Select(s => (s.Id, s.Build())).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var responses = await _batches.SendAsync(pending, cancellationToken).ConfigureAwait(false);
        TimeSpan? retryAfter = null;
        var transient = 0;
        var status = 0;
        foreach (var (id, response) in responses)
        {
            if (response.IsSuccess || (notFoundIsAnAnswer && response.Status == 404))
            {
                results[id] = response;
            }
            else if (response.IsTransient)
            {
                transient++;
                status = response.Status;
                retryAfter = Later(retryAfter, response.RetryAfter);
            }
            else if (refused is not null)
            {
                refused[id] = response;
            }
            else
            {
                throw new GraphRefusedException($"Graph answered {response.Status} ({ErrorCode(response.Body)}).", response.Status);
            }
        }

        if (transient > 0)
        {
            throw new GraphTransientException($"{transient} batched requests were throttled or failed", (System.Net.HttpStatusCode)status, retryAfter, madeProgress: transient < pending.Count);
        }
    }

    private static T Parse<T>(string json, ParsableFactory<T> factory)
        where T : IParsable
    {
        using var document = JsonDocument.Parse(json);
        return new JsonParseNode(document.RootElement.Clone()).GetObjectValue(factory)
            ?? throw new GraphRefusedException("Graph returned an empty body.", 200);
    }

    private static string ErrorCode(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code)
                ? code.GetString() ?? "unknown error"
                : "unknown error";
        }
        catch (JsonException)
        {
            return "unreadable error";
        }
    }

    private static TimeSpan? Later(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string ODataString(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
