using System.Globalization;
using Microsoft.Kiota.Abstractions;
using GraphModels = Microsoft.Graph.Models;

namespace OutlookFollowUp.Graph.Gateway;

public sealed partial class GraphMailboxGateway
{
    // ---- placed drafts: still there, changed, sent? update, take back -------------------------------------------

    private static readonly string[] StateFields = ["id", "isDraft", "createdDateTime", "lastModifiedDateTime", "changeKey", "parentFolderId", "webLink"];

    public Task<IReadOnlyDictionary<string, MessageState?>> GetMessageStatesAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var ids = messageIds.Distinct(StringComparer.Ordinal).Select(id => GraphItemId.Require(id, "messageId")).ToList();
        return Guard("checking the drafts already placed", async () =>
        {
            var steps = ids.Select((id, i) => (Id: Step(i), Build: (Func<RequestInformation>)(() => _client.Me.Messages[id].ToGetRequestInformation(rc =>
            {
                rc.QueryParameters.Select = StateFields;
                rc.Headers.Add("Prefer", PreferImmutableIds);
            })))).ToList();
            var responses = ids.Count == 0 ? [] : await SendRepeatableAsync(steps, notFoundIsAnAnswer: true, cancellationToken).ConfigureAwait(false);
            var states = new Dictionary<string, MessageState?>(StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i++)
            {
                var response = responses[Step(i)];
                states[ids[i]] = response.Status == 404 ? null : StateOf(Parse(response.Body, GraphModels.Message.CreateFromDiscriminatorValue), ids[i]);
            }

            return (IReadOnlyDictionary<string, MessageState?>)states;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<MessageWriteResult>> UpdateDraftsAsync(IReadOnlyList<DraftUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        foreach (var update in updates)
        {
            GraphItemId.Require(update.MessageId, "messageId");
        }

        // PATCH sets the fields to values: sending it twice leaves the same draft, so it is retried like a read.
        return Guard("updating drafts", () => WriteMessagesAsync(
            updates.Select(u => (u.MessageId, (Func<RequestInformation>)(() => _client.Me.Messages[u.MessageId].ToPatchRequestInformation(new GraphModels.Message
            {
                Subject = u.Subject,
                Body = new GraphModels.ItemBody { ContentType = GraphModels.BodyType.Html, Content = u.BodyHtml },
                ToRecipients = u.To.Select(a => new GraphModels.Recipient { EmailAddress = new GraphModels.EmailAddress { Address = a.Address, Name = a.Name } }).ToList(),
            }, rc => rc.Headers.Add("Prefer", PreferImmutableIds))))).ToList(),
            parseStamp: true,
            cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<MessageWriteResult>> DeleteMessagesAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var ids = messageIds.Distinct(StringComparer.Ordinal).Select(id => GraphItemId.Require(id, "messageId")).ToList();

        // A DELETE of something already gone answers 404: the same end state, so it is retried like a read too.
        return Guard("removing drafts", () => WriteMessagesAsync(
            ids.Select(id => (id, (Func<RequestInformation>)(() => _client.Me.Messages[id].ToDeleteRequestInformation()))).ToList(),
            parseStamp: false,
            cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<MessageWriteResult>> WriteMessagesAsync(IReadOnlyList<(string MessageId, Func<RequestInformation> Build)> writes, bool parseStamp, CancellationToken cancellationToken)
    {
        if (writes.Count == 0)
        {
            return [];
        }

        var steps = writes.Select((w, i) => (Step(i), w.Build)).ToList();
        var results = new Dictionary<string, StepResponse>(StringComparer.Ordinal);
        var refused = new Dictionary<string, StepResponse>(StringComparer.Ordinal);
        // One refused write must not stop the others: it is kept aside with its answer, the rest go on.
        await _resilience.ExecuteAsync(async token =>
        {
            await SendRepeatableOnceAsync(steps, results, notFoundIsAnAnswer: true, token, refused).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

        return writes.Select((w, i) =>
        {
            if (!results.TryGetValue(Step(i), out var response))
            {
                var error = refused.TryGetValue(Step(i), out var no) ? $"Graph refused it ({no.Status} {ErrorCode(no.Body)})" : "not written";
                return new MessageWriteResult(w.MessageId, Succeeded: false, Stamp: null, NotFound: false, Error: error);
            }

            if (response.Status == 404)
            {
                return new MessageWriteResult(w.MessageId, Succeeded: false, Stamp: null, NotFound: true, Error: null);
            }

            var stamp = parseStamp && response.Body.Length > 0 ? StampOf(Parse(response.Body, GraphModels.Message.CreateFromDiscriminatorValue)) : null;
            return new MessageWriteResult(w.MessageId, Succeeded: true, stamp, NotFound: false, Error: null);
        }).ToList();
    }

    private static MessageState StateOf(GraphModels.Message message, string id) =>
        new(message.Id ?? id, message.IsDraft ?? false, StampOf(message), message.WebLink);

    private static string Step(int index) => index.ToString(CultureInfo.InvariantCulture);
}
