using System.Globalization;
using Microsoft.Kiota.Abstractions;
using OutlookFollowUp.Graph.Resilience;
using GraphModels = Microsoft.Graph.Models;

namespace OutlookFollowUp.Graph.Gateway;

public sealed partial class GraphMailboxGateway
{
    // ---- drafts -------------------------------------------------------------------------------------------------------

    public Task<IReadOnlyList<EnsureResult>> EnsureDraftsAsync(IReadOnlyList<DraftRequest> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        return Guard("placing drafts", () => EnsureByKeyAsync(
            drafts,
            d => d.Key,
            FindDraftsOnceAsync,
            d => _client.Me.Messages.ToPostRequestInformation(ToMessage(d), rc => rc.Headers.Add("Prefer", PreferImmutableIds)),
            (key, body) =>
            {
                var created = Parse(body, GraphModels.Message.CreateFromDiscriminatorValue);
                return new KeyedItem(key, created.Id ?? throw new GraphRefusedException("Graph created a draft without an id.", 201), created.WebLink, true, Stamp: StampOf(created));
            },
            cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, KeyedItem>> FindDraftsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return Guard("looking for drafts", async () =>
        {
            var steps = DraftLookups(keys);
            return (IReadOnlyDictionary<string, KeyedItem>)FoundDrafts(steps, await ReadAsync(steps.Select(s => (s.Id, s.Request)).ToList(), cancellationToken).ConfigureAwait(false));
        }, cancellationToken);
    }

    /// <summary>
    /// The lookup of <see cref="EnsureDraftsAsync"/>, which already runs inside the retry layer: one round, no retries of
    /// its own; keys whose lookup Graph throttled are left unanswered for the next round.
    /// </summary>
    private async Task<KeyLookup> FindDraftsOnceAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var steps = DraftLookups(keys);
        var responses = new Dictionary<string, StepResponse>(StringComparer.Ordinal);
        TimeSpan? retryAfter = null;
        var status = 0;
        try
        {
            await ReadOnceAsync(steps.Select(s => (s.Id, s.Request)).ToList(), responses, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphTransientException transient)
        {
            // Some lookups were throttled: keep the answers that came, ask again for the others.
            retryAfter = transient.RetryAfter;
            status = (int)transient.Status;
        }

        var answered = steps.Where(s => responses.ContainsKey(s.Id)).ToList();
        return new KeyLookup(FoundDrafts(answered, responses), answered.Select(s => s.Key).ToHashSet(StringComparer.Ordinal), retryAfter, status);
    }

    private List<(string Id, string Key, RequestInformation Request)> DraftLookups(IReadOnlyList<string> keys) =>
        keys.Distinct(StringComparer.Ordinal).Select((key, i) => (i.ToString(CultureInfo.InvariantCulture), key, _client.Me.Messages.ToGetRequestInformation(rc =>
        {
            rc.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq {ODataString(KeyPropertyId)} and ep/value eq {ODataString(key)})";
            rc.QueryParameters.Select = ["id", "webLink", "isDraft", "lastModifiedDateTime", "changeKey", "parentFolderId"];
            rc.QueryParameters.Top = 1;
            rc.Headers.Add("Prefer", PreferImmutableIds);
        }))).ToList();

    private static Dictionary<string, KeyedItem> FoundDrafts(List<(string Id, string Key, RequestInformation Request)> steps, Dictionary<string, StepResponse> responses)
    {
        var found = new Dictionary<string, KeyedItem>(StringComparer.Ordinal);
        foreach (var (id, key, _) in steps)
        {
            var page = Parse(responses[id].Body, GraphModels.MessageCollectionResponse.CreateFromDiscriminatorValue);
            if (page.Value?.FirstOrDefault() is { Id: { } messageId } message)
            {
                found[key] = new KeyedItem(key, messageId, message.WebLink, false, Stamp: StampOf(message));
            }
        }

        return found;
    }

    private static GraphModels.Message ToMessage(DraftRequest draft) => new()
    {
        Subject = draft.Subject,
        Body = new GraphModels.ItemBody { ContentType = GraphModels.BodyType.Html, Content = draft.BodyHtml },
        ToRecipients = draft.To.Select(a => new GraphModels.Recipient
        {
            EmailAddress = new GraphModels.EmailAddress { Address = a.Address, Name = a.Name },
        }).ToList(),
        SingleValueExtendedProperties = [new GraphModels.SingleValueLegacyExtendedProperty { Id = KeyPropertyId, Value = draft.Key }],
    };

    // ---- To Do --------------------------------------------------------------------------------------------------------

    public Task<string> EnsureTaskListAsync(CancellationToken cancellationToken) =>
        _taskListId is { } known ? Task.FromResult(known) : Guard("finding or creating your To Do list", () => FindOrCreateTaskListAsync(cancellationToken), cancellationToken);

    private async Task<string> FindOrCreateTaskListAsync(CancellationToken cancellationToken)
    {
        // One list per mailbox: serialize so two callers never both create it.
        await _listLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _taskListId ??= await _resilience.ExecuteAsync(async token =>
            {
                if (await FindTaskListAsync(token).ConfigureAwait(false) is { } existing)
                {
                    return existing;
                }

                var created = await _client.Me.Todo.Lists.PostAsync(new GraphModels.TodoTaskList { DisplayName = TaskListName }, cancellationToken: token).ConfigureAwait(false);
                return created?.Id ?? throw new GraphRefusedException("Graph created a To Do list without an id.", 201);
            }, cancellationToken).ConfigureAwait(false);
            return _taskListId;
        }
        finally
        {
            _listLock.Release();
        }
    }

    private async Task<string?> FindTaskListAsync(CancellationToken cancellationToken)
    {
        var page = await _client.Me.Todo.Lists.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        while (page is not null)
        {
            if (page.Value?.FirstOrDefault(l => string.Equals(l.DisplayName, TaskListName, StringComparison.Ordinal)) is { Id: { } id })
            {
                return id;
            }

            if (string.IsNullOrEmpty(page.OdataNextLink))
            {
                return null;
            }

            page = await _client.Me.Todo.Lists.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    public Task<IReadOnlyDictionary<string, TaskSnapshot>?> GetTasksAsync(string listId, CancellationToken cancellationToken)
    {
        GraphItemId.Require(listId, "listId");
        return Guard("reading your To Do reminders", async () =>
        {
            try
            {
                return (IReadOnlyDictionary<string, TaskSnapshot>?)await _resilience.ExecuteAsync(async token => await ReadTasksAsync(listId, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException ex) when (ex.ResponseStatusCode == 404)
            {
                ForgetTaskList(listId);
                return null; // the user deleted the whole list
            }
        }, cancellationToken);
    }

    /// <summary>A list found gone is not handed out again by <see cref="EnsureTaskListAsync"/> in this gateway's life.</summary>
    private void ForgetTaskList(string listId)
    {
        if (string.Equals(_taskListId, listId, StringComparison.Ordinal))
        {
            _taskListId = null;
        }
    }

    private async Task<Dictionary<string, TaskSnapshot>> ReadTasksAsync(string listId, CancellationToken cancellationToken)
    {
        var tasks = new Dictionary<string, TaskSnapshot>(StringComparer.Ordinal);
        var builder = _client.Me.Todo.Lists[listId].Tasks;
        var page = await builder.GetAsync(rc =>
        {
            rc.QueryParameters.Expand = ["linkedResources"];
            rc.QueryParameters.Top = 100;
        }, cancellationToken).ConfigureAwait(false);
        while (page is not null)
        {
            foreach (var task in page.Value ?? [])
            {
                var key = task.LinkedResources?.Select(r => r.ExternalId).FirstOrDefault(k => !string.IsNullOrEmpty(k));
                if (key is null || task.Id is null)
                {
                    continue; // not one of ours
                }

                // Keep the first task per key; a duplicate could only come from outside the product.
                tasks.TryAdd(key, new TaskSnapshot(
                    task.Id,
                    key,
                    task.Status == GraphModels.TaskStatus.Completed,
                    ToDate(task.DueDateTime),
                    ToInstant(task.ReminderDateTime),
                    task.Title));
            }

            if (string.IsNullOrEmpty(page.OdataNextLink))
            {
                break;
            }

            page = await builder.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return tasks;
    }

    public Task<IReadOnlyList<EnsureResult>> EnsureTasksAsync(string listId, IReadOnlyList<TaskRequest> tasks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        GraphItemId.Require(listId, "listId");
        return Guard("creating reminders", () => EnsureByKeyAsync(
            tasks,
            t => t.Key,
            async (keys, token) =>
            {
                // One read of the list answers for every key at once.
                var all = await ReadTasksAsync(listId, token).ConfigureAwait(false);
                var found = keys.Where(all.ContainsKey).ToDictionary(k => k, k => new KeyedItem(k, all[k].Id, null, false, all[k].Completed), StringComparer.Ordinal);
                return new KeyLookup(found, keys.ToHashSet(StringComparer.Ordinal));
            },
            t => _client.Me.Todo.Lists[listId].Tasks.ToPostRequestInformation(ToTask(t)),
            (key, body) =>
            {
                var created = Parse(body, GraphModels.TodoTask.CreateFromDiscriminatorValue);
                return new KeyedItem(key, created.Id ?? throw new GraphRefusedException("Graph created a task without an id.", 201), null, true);
            },
            cancellationToken), cancellationToken);
    }

    public Task<bool> UpdateTaskAsync(string listId, string taskId, TaskUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        GraphItemId.Require(listId, "listId");
        GraphItemId.Require(taskId, "taskId");

        // A PATCH sets fields to values: repeating it is harmless, so it may be retried. The body is built for every
        // attempt: Graph models track changes in a backing store, and a model serialized once serializes as {} after.
        return Guard("changing a reminder", async () =>
        {
            try
            {
                await _resilience.ExecuteAsync(async token =>
                {
                    await _client.Me.Todo.Lists[listId].Tasks[taskId].PatchAsync(ToPatch(update), cancellationToken: token).ConfigureAwait(false);
                    return true;
                }, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (ApiException ex) when (ex.ResponseStatusCode == 404)
            {
                return false; // the user deleted the task (or its whole list)
            }
        }, cancellationToken);
    }

    private static GraphModels.TodoTask ToPatch(TaskUpdate update)
    {
        var patch = new GraphModels.TodoTask();
        if (update.Due is { } due)
        {
            patch.DueDateTime = DueDate(due);
        }

        if (update.RemindAt is { } remindAt)
        {
            patch.ReminderDateTime = Utc(remindAt);
            patch.IsReminderOn = true;
        }

        if (update.Completed is { } completed)
        {
            patch.Status = completed ? GraphModels.TaskStatus.Completed : GraphModels.TaskStatus.NotStarted;
        }

        if (update.Title is { } title)
        {
            patch.Title = title;
        }

        return patch;
    }

    private static GraphModels.TodoTask ToTask(TaskRequest task) => new()
    {
        Title = task.Title,
        Body = new GraphModels.ItemBody { ContentType = GraphModels.BodyType.Text, Content = task.Body },
        DueDateTime = DueDate(task.Due),
        ReminderDateTime = Utc(task.RemindAt),
        IsReminderOn = !task.Completed,
        Status = task.Completed ? GraphModels.TaskStatus.Completed : GraphModels.TaskStatus.NotStarted,
        Importance = GraphModels.Importance.Normal,
        LinkedResources =
        [
            new GraphModels.LinkedResource
            {
                ExternalId = task.Key,
                ApplicationName = ApplicationName,
                DisplayName = task.EventTitle,
                WebUrl = task.EventWebLink,
            },
        ],
    };

    // To Do keeps only the date of dueDateTime; midnight UTC of the local date keeps that date in every client.
    private static GraphModels.DateTimeTimeZone DueDate(DateOnly due) => new()
    {
        DateTime = due.ToDateTime(TimeOnly.MinValue).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        TimeZone = "UTC",
    };

    private static GraphModels.DateTimeTimeZone Utc(DateTimeOffset instant) => new()
    {
        DateTime = instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        TimeZone = "UTC",
    };

    private static DraftStamp StampOf(GraphModels.Message message) => new(message.LastModifiedDateTime, message.ChangeKey, message.ParentFolderId);

    private static DateOnly? ToDate(GraphModels.DateTimeTimeZone? value) =>
        value?.DateTime is { Length: >= 10 } text && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static DateTimeOffset? ToInstant(GraphModels.DateTimeTimeZone? value) =>
        value is not null && Mapping.EventMapper.TryInstant(value, "reminder", out var instant, out _, out _) ? instant : null;

    // ---- idempotent creation ----------------------------------------------------------------------------------------

    /// <summary>What one lookup round learned: the keys it got an answer for, and which of them exist.</summary>
    /// <param name="Found">Keys that exist, with their items.</param>
    /// <param name="Answered">Keys Graph answered for (found or not); the others were throttled and are asked again.</param>
    /// <param name="RetryAfter">The longest Retry-After of the unanswered ones.</param>
    /// <param name="Status">Their last status.</param>
    private sealed record KeyLookup(IReadOnlyDictionary<string, KeyedItem> Found, IReadOnlySet<string> Answered, TimeSpan? RetryAfter = null, int Status = 0);

    /// <summary>
    /// Creates each item unless one with its key exists. A key is created only right after a lookup answered "absent",
    /// and looked up again whenever a create's answer was lost or throttled, so a retry after a failure, a timeout or a
    /// lost response never duplicates. Every answer Graph gave is kept from round to round: under sustained throttling
    /// each round finishes some keys, and the rounds go on (after the longest Retry-After) until all are done or the
    /// retry budget is spent.
    /// </summary>
    private async Task<IReadOnlyList<EnsureResult>> EnsureByKeyAsync<TItem>(
        IReadOnlyList<TItem> items,
        Func<TItem, string> keyOf,
        Func<IReadOnlyList<string>, CancellationToken, Task<KeyLookup>> lookup,
        Func<TItem, RequestInformation> create,
        Func<string, string, KeyedItem> parseCreated,
        CancellationToken cancellationToken)
    {
        var done = new Dictionary<string, KeyedItem>(StringComparer.Ordinal);
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        var unique = items.GroupBy(keyOf, StringComparer.Ordinal).Select(g => g.First()).ToList();
        if (unique.Count == 0)
        {
            return [];
        }

        var needLookup = unique.Select(keyOf).ToHashSet(StringComparer.Ordinal);
        var absent = new HashSet<string>(StringComparer.Ordinal);
        await _resilience.ExecuteAsync(async token =>
        {
            TimeSpan? retryAfter = null;
            var status = 0;
            var doneBefore = done.Count + failed.Count;
            var toLookUp = needLookup.Count;
            if (needLookup.Count > 0)
            {
                var found = await lookup(needLookup.ToList(), token).ConfigureAwait(false);
                foreach (var key in found.Answered)
                {
                    needLookup.Remove(key);
                    if (found.Found.TryGetValue(key, out var item))
                    {
                        done[key] = item;
                    }
                    else
                    {
                        absent.Add(key);
                    }
                }

                retryAfter = found.RetryAfter;
                status = found.Status;
            }

            var toCreate = unique.Where(i => absent.Contains(keyOf(i))).Select((item, n) => (Id: n.ToString(CultureInfo.InvariantCulture), Item: item)).ToList();
            absent.Clear();
            if (toCreate.Count > 0)
            {
                // Until the batch answers, these may or may not exist: a failed send means looking them up again.
                needLookup.UnionWith(toCreate.Select(c => keyOf(c.Item)));
                Dictionary<string, StepResponse> responses;
                try
                {
                    responses = await _batches.SendAsync(toCreate.Select(c => (c.Id, create(c.Item))).ToList(), token).ConfigureAwait(false);
                }
                catch (Exception ex) when (GraphResilience.IsTransient(ex) && !token.IsCancellationRequested)
                {
                    // The batch itself was throttled: what the lookups learned this round still counts as progress.
                    responses = [];
                    retryAfter = Later(retryAfter, GraphResilience.RetryAfter(ex, _timeProvider));
                    status = ex is ApiException api ? api.ResponseStatusCode : status;
                }

                foreach (var (id, item) in toCreate.Where(c => responses.ContainsKey(c.Id)))
                {
                    needLookup.Remove(keyOf(item));
                }

                foreach (var (id, item) in toCreate.Where(c => responses.ContainsKey(c.Id)))
                {
                    var response = responses[id];
                    var key = keyOf(item);
                    if (response.IsSuccess)
                    {
                        done[key] = parseCreated(key, response.Body);
                    }
                    else if (response.IsTransient)
                    {
                        // Maybe created, maybe not (a lost answer): only a new lookup can tell.
                        needLookup.Add(key);
                        status = response.Status;
                        retryAfter = Later(retryAfter, response.RetryAfter);
                    }
                    else
                    {
                        failed[key] = $"Graph refused it ({response.Status} {ErrorCode(response.Body)})";
                    }
                }
            }

            if (needLookup.Count > 0)
            {
                var progress = done.Count + failed.Count > doneBefore || needLookup.Count < toLookUp;
                throw new GraphTransientException($"{needLookup.Count} items still to look up or create", (System.Net.HttpStatusCode)status, retryAfter, progress);
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);

        return unique.Select(i =>
        {
            var key = keyOf(i);
            return done.TryGetValue(key, out var item) ? new EnsureResult(key, item, null) : new EnsureResult(key, null, failed.GetValueOrDefault(key, "not written"));
        }).ToList();
    }
}
