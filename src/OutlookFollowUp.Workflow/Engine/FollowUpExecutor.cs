using OutlookFollowUp.Core.Keys;
using OutlookFollowUp.Core.Replies;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Workflow.Claims;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.Engine;

/// <summary>What carrying out plans did.</summary>
public sealed class ExecutionResult
{
    public List<FollowUpAction> Created { get; } = [];

    public List<FollowUpAction> Updated { get; } = [];

    /// <summary>Writes Graph refused for good (a 4xx): the interview stops there, a later run tries again.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>What happened to each draft, by follow-up id.</summary>
    public Dictionary<string, List<DraftNotice>> Notices { get; } = new(StringComparer.Ordinal);

    /// <summary>Interviews whose steps stopped at a refused write.</summary>
    public HashSet<string> Failed { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The small, effectful half of every use case: carries out plans phase by phase (<see cref="StepPhase"/>), batching
/// each phase's Graph calls across interviews, and records each result in the ledger as it happens (saved after every
/// phase), so a run cut short keeps what it did and the next one finishes the rest. It writes only interviews the
/// caller has claimed.
/// </summary>
public sealed class FollowUpExecutor(IMailboxGateway gateway, FollowUpDbContext db)
{
    /// <summary>Carries out <paramref name="plans"/>.</summary>
    /// <param name="mailboxId">The mailbox (ledger key).</param>
    /// <param name="plans">What to do per interview.</param>
    /// <param name="records">The claimed interviews' ledger records, by follow-up id (new ones are added).</param>
    /// <param name="now">The moment of the writes.</param>
    /// <param name="claims">The claims to renew between phases (null: the caller holds no lease that needs renewing).</param>
    /// <param name="cancellationToken">Cancels the run (what was done stays recorded).</param>
    /// <exception cref="Graph.Resilience.GraphGatewayException">Graph still failed after retries; everything done before is saved.</exception>
    public async Task<ExecutionResult> ExecuteAsync(
        string mailboxId, IReadOnlyList<InterviewPlan> plans, Dictionary<string, FollowUpRecord> records, DateTimeOffset now, ClaimSet? claims, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(records);
        var run = new Run(mailboxId, plans, records, now);
        try
        {
            foreach (var plan in plans)
            {
                if (plan.Notices is { Count: > 0 } notices)
                {
                    run.Result.Notices[plan.FollowUpId] = [.. notices];
                }
            }

            RunLedgerSteps(run);
            await SaveAsync(claims, cancellationToken).ConfigureAwait(false);
            await RunRetireStepsAsync(run, cancellationToken).ConfigureAwait(false);
            await SaveAsync(claims, cancellationToken).ConfigureAwait(false);
            await RunWriteStepsAsync(run, cancellationToken).ConfigureAwait(false);
            await SaveAsync(claims, cancellationToken).ConfigureAwait(false);
            await RunScheduleStepsAsync(run, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // What was written to Graph is recorded even when a later call failed.
            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return run.Result;
    }

    private async Task SaveAsync(ClaimSet? claims, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (claims is not null)
        {
            await claims.RenewAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // ---- ledger ------------------------------------------------------------------------------------------------------

    private void RunLedgerSteps(Run run)
    {
        foreach (var (plan, step) in run.Steps(StepPhase.Ledger))
        {
            switch (step)
            {
                case TrackInterview track:
                    if (!run.Records.TryGetValue(plan.FollowUpId, out var record))
                    {
                        record = FollowUpRecord.Detect(run.MailboxId, plan.FollowUpId, track.Event.Id, run.Now);
                        run.Records[plan.FollowUpId] = record;
                        run.New.Add(plan.FollowUpId);
                        db.FollowUps.Add(record);
                    }

                    record.ApplyFacts(track.Event, track.Analysis, run.Now);
                    break;
                case CloseFollowUp close:
                    var closing = run.Record(plan);
                    switch (close.How)
                    {
                        case Closing.Cancel:
                            closing.Cancel(close.Reason, run.Now);
                            run.Result.Updated.Add(Run.Action(plan, FollowUpKinds.TaskCancelled, FollowUpKeys.StatusCheckTask(plan.FollowUpId), detail: close.Detail));
                            break;
                        case Closing.Supersede:
                            closing.Supersede(run.Now);
                            break;
                        default:
                            closing.Complete(close.Reason, run.Now, close.ReplyMessageId);
                            if (close.Reason != "no-status-check")
                            {
                                run.Result.Updated.Add(Run.Action(plan, FollowUpKinds.TaskCompleted, FollowUpKeys.StatusCheckTask(plan.FollowUpId), itemId: closing.TaskId, detail: close.Detail));
                            }

                            break;
                    }

                    break;
                case NoteDraftFate fate:
                    run.Record(plan).DraftFor(fate.Key)?.Became(fate.State, run.Now);
                    break;
                case ForgetTask:
                    run.Record(plan).ForgetTask(run.Now);
                    break;
                case NoteReply reply:
                    var replied = run.Record(plan);
                    replied.NoteReply(reply.Outcome, reply.MessageId, reply.ReceivedAt, run.Now);
                    if (reply.Outcome == ReplyOutcome.Rejection.Name() && reply.Detail is { } why)
                    {
                        foreach (var flag in ReplyPlanner.FlagThankYous(replied, why))
                        {
                            run.Notice(plan, flag);
                        }
                    }

                    break;
                case NoteDueHeld held:
                    run.Record(plan).NoteDueHeldBy(held.MessageId, held.Absence, run.Now);
                    break;
                case Correct correct:
                    var corrected = run.Record(plan);
                    if (correct.Facts is { } facts)
                    {
                        corrected.RoleOverride = string.IsNullOrWhiteSpace(facts.Role) ? null : facts.Role.Trim();
                        corrected.CompanyOverride = string.IsNullOrWhiteSpace(facts.Company) ? null : facts.Company.Trim();
                    }

                    if (correct.Verdict is { } verdict)
                    {
                        corrected.IsMyInterview = verdict.IsMyInterview;
                    }

                    if (correct.Interviewers is { } interviewers)
                    {
                        corrected.AddedInterviewerList = interviewers;
                    }

                    if (correct.Language is { } language)
                    {
                        corrected.LanguageOverride = language;
                    }

                    corrected.UpdatedAt = run.Now;
                    break;
                case SetAutoMode auto:
                    var owner = run.Record(plan);
                    owner.AutoMode = auto.Enabled;
                    owner.UpdatedAt = run.Now;
                    break;
            }
        }
    }

    // ---- tasks changed, drafts removed ------------------------------------------------------------------------------

    private async Task RunRetireStepsAsync(Run run, CancellationToken cancellationToken)
    {
        var removals = new List<(InterviewPlan Plan, RemoveDraft Step)>();
        var retirements = new List<(InterviewPlan Plan, RetireDraft Step)>();
        foreach (var (plan, step) in run.Steps(StepPhase.Retire))
        {
            switch (step)
            {
                case ChangeTask change:
                    await ChangeTaskAsync(run, plan, change, cancellationToken).ConfigureAwait(false);
                    break;
                case FinishSendThanks finish:
                    await FinishSendThanksAsync(run, plan, finish, cancellationToken).ConfigureAwait(false);
                    break;
                case RemoveDraft remove:
                    removals.Add((plan, remove));
                    break;
                case RetireDraft retire:
                    retirements.Add((plan, retire));
                    break;
            }
        }

        removals.AddRange(await JudgeRetirementsAsync(run, retirements, cancellationToken).ConfigureAwait(false));
        if (removals.Count == 0)
        {
            return;
        }

        var results = await gateway.DeleteMessagesAsync(removals.Select(r => r.Step.MessageId).ToList(), cancellationToken).ConfigureAwait(false);
        var byId = results.ToDictionary(r => r.MessageId, StringComparer.Ordinal);
        foreach (var (plan, remove) in removals)
        {
            var result = byId[remove.MessageId];
            if (result.Succeeded || result.NotFound)
            {
                run.Record(plan).DraftFor(remove.Key)?.Became(remove.NewState, run.Now);
                run.Result.Updated.Add(Run.Action(plan, FollowUpKinds.DraftRemoved, remove.Key, remove.To, remove.MessageId, remove.Detail));
            }
            else
            {
                run.Refused(plan, $"removing the draft to {remove.To} for {plan.Subject}: {result.Error}");
            }
        }
    }

    /// <summary>
    /// Drafts no longer wanted, read just before: the unchanged ones are removed (returned), the ones the user edited
    /// stay and are flagged, the ones they sent or deleted are noted.
    /// </summary>
    private async Task<List<(InterviewPlan Plan, RemoveDraft Step)>> JudgeRetirementsAsync(Run run, List<(InterviewPlan Plan, RetireDraft Step)> retirements, CancellationToken cancellationToken)
    {
        var removals = new List<(InterviewPlan Plan, RemoveDraft Step)>();
        if (retirements.Count == 0)
        {
            return removals;
        }

        var states = await gateway.GetMessageStatesAsync(retirements.Select(r => r.Step.MessageId).Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        foreach (var (plan, retire) in retirements)
        {
            var draft = run.Record(plan).DraftFor(retire.Key);
            if (draft is not { State: DraftState.Placed })
            {
                continue;
            }

            switch (FollowUpPlanner.ConditionOf(draft, states.GetValueOrDefault(retire.MessageId)))
            {
                case DraftCondition.Unchanged:
                    removals.Add((plan, new RemoveDraft(retire.Key, retire.MessageId, retire.To, DraftState.Retired, $"no longer needed: {retire.Detail}")));
                    break;
                case DraftCondition.ChangedByUser:
                    run.Notice(plan, new DraftNotice(retire.To, retire.Key, DraftFates.Kept,
                        $"{retire.Detail}. You edited the status-check draft to {retire.To}, so it stays in Drafts: {retire.IfEdited}."));
                    break;
                case DraftCondition.Sent:
                    draft.Became(DraftState.Sent, run.Now);
                    break;
                default:
                    draft.Became(DraftState.RemovedByUser, run.Now);
                    break;
            }
        }

        return removals;
    }

    private async Task FinishSendThanksAsync(Run run, InterviewPlan plan, FinishSendThanks finish, CancellationToken cancellationToken)
    {
        var record = run.Record(plan);
        if (!record.SendThanksPending)
        {
            return;
        }

        var found = await gateway.UpdateTaskAsync(record.SendThanksListId!, record.SendThanksTaskId!, new TaskUpdate(Completed: true), cancellationToken).ConfigureAwait(false);
        record.SendThanksDone(run.Now);
        run.Result.Updated.Add(Run.Action(plan, FollowUpKinds.TaskCompleted, FollowUpKeys.SendThanksTask(plan.FollowUpId), itemId: found ? record.SendThanksTaskId : null, detail: finish.Detail));
    }

    private async Task ChangeTaskAsync(Run run, InterviewPlan plan, ChangeTask change, CancellationToken cancellationToken)
    {
        var record = run.Record(plan);
        var key = FollowUpKeys.StatusCheckTask(plan.FollowUpId);
        var taskId = record.TaskId;
        var hadTask = record.TaskListId is not null && taskId is not null;
        var found = hadTask && await gateway.UpdateTaskAsync(record.TaskListId!, taskId!, change.Update, cancellationToken).ConfigureAwait(false);
        var deletedByUser = hadTask && !found;
        if (deletedByUser)
        {
            // The user deleted the reminder (or its whole list): the follow-up goes on without it, and none is made again.
            record.ForgetTask(run.Now);
        }

        switch (change.Change)
        {
            case TaskChange.Move when deletedByUser:
                record.Complete("reminder-deleted", run.Now);
                run.Result.Updated.Add(Run.Action(plan, FollowUpKinds.TaskCompleted, key, detail: "you deleted the reminder in To Do: no status check"));
                break;
            case TaskChange.Move:
                record.MoveStatusCheck(change.NewDue!.Value, change.NewRemindAt!.Value, change.ByUser, change.Today ?? DateOnly.FromDateTime(run.Now.UtcDateTime), run.Now);
                if (hadTask)
                {
                    run.Result.Updated.Add(Run.Action(plan, FollowUpKinds.TaskMoved, key, itemId: taskId, detail: change.Detail));
                }

                break;
            case TaskChange.Complete:
                record.Complete(change.Reason, run.Now, change.ReplyMessageId);
                run.Result.Updated.Add(Run.Action(plan, FollowUpKinds.TaskCompleted, key, itemId: found ? taskId : null, detail: change.Detail));
                break;
            case TaskChange.Cancel:
                record.Cancel(change.Reason, run.Now);
                run.Result.Updated.Add(Run.Action(plan, FollowUpKinds.TaskCancelled, key, itemId: found ? taskId : null, detail: change.Detail));
                break;
            case TaskChange.Supersede:
                record.Supersede(run.Now);
                run.Result.Updated.Add(Run.Action(plan, FollowUpKinds.TaskCompleted, key, itemId: found ? taskId : null, detail: change.Detail));
                break;
            case TaskChange.Reopen:
                record.Reopen(run.Now);
                if (deletedByUser)
                {
                    record.Complete("reminder-deleted", run.Now);
                }
                else if (found)
                {
                    run.Result.Updated.Add(Run.Action(plan, FollowUpKinds.TaskReopened, key, itemId: taskId, detail: change.Detail));
                }

                break;
        }
    }

    // ---- drafts placed and updated ----------------------------------------------------------------------------------

    private async Task RunWriteStepsAsync(Run run, CancellationToken cancellationToken)
    {
        var writes = run.Steps(StepPhase.Write).ToList();
        var places = writes.Where(w => w.Step is PlaceDraft).Select(w => (w.Plan, Step: (PlaceDraft)w.Step)).ToList();
        var refreshes = writes.Where(w => w.Step is RefreshDraft).Select(w => (w.Plan, Step: (RefreshDraft)w.Step)).ToList();

        if (places.Count > 0)
        {
            var results = await gateway.EnsureDraftsAsync(places.Select(p => p.Step.Request).ToList(), cancellationToken).ConfigureAwait(false);
            var byKey = results.ToDictionary(r => r.Key, StringComparer.Ordinal);
            foreach (var (plan, place) in places)
            {
                var result = byKey[place.Request.Key];
                if (result.Item is not { } item)
                {
                    run.Refused(plan, $"{place.Kind} draft for {plan.Subject} to {place.To}: {result.Error}");
                    continue;
                }

                var record = run.Record(plan);
                record.RecordDraftPlaced(place.Request.Key, place.Kind, place.To, item.Id, item.WebLink, item.Stamp, FollowUpPlanner.HashOf(place.Request.Subject, place.Request.BodyHtml), run.Now);
                var kind = place.Kind == DraftKinds.StatusCheck ? FollowUpKinds.StatusCheckDraft : FollowUpKinds.ThankYouDraft;
                if (place.Kind == DraftKinds.StatusCheck)
                {
                    record.MarkStatusCheckDrafted(item.Id, run.Now);
                }

                if (item.Created)
                {
                    run.Result.Created.Add(Run.Action(plan, kind, place.Request.Key, place.To, item.Id));
                }
            }
        }

        if (refreshes.Count > 0)
        {
            var results = await gateway.UpdateDraftsAsync(refreshes.Select(r => r.Step.Update).ToList(), cancellationToken).ConfigureAwait(false);
            var byId = results.ToDictionary(r => r.MessageId, StringComparer.Ordinal);
            foreach (var (plan, refresh) in refreshes)
            {
                var result = byId[refresh.Update.MessageId];
                var draft = run.Record(plan).DraftFor(refresh.Key);
                if (result.Succeeded)
                {
                    draft?.Updated(result.Stamp, refresh.ContentHash, run.Now);
                    run.Result.Updated.Add(Run.Action(plan, FollowUpKinds.DraftUpdated, refresh.Key, refresh.To, refresh.Update.MessageId, "your note was added to the draft"));
                }
                else if (result.NotFound)
                {
                    draft?.Became(DraftState.RemovedByUser, run.Now);
                    run.Notice(plan, new DraftNotice(refresh.To, refresh.Key, DraftFates.RemovedByUser, "You deleted this draft, so it is not placed again."));
                }
                else
                {
                    run.Refused(plan, $"updating the draft to {refresh.To} for {plan.Subject}: {result.Error}");
                }
            }
        }

        foreach (var (plan, step) in writes.Where(w => w.Step is FinishDrafting))
        {
            var finish = (FinishDrafting)step;
            var record = run.Record(plan);
            if (!run.Result.Failed.Contains(plan.FollowUpId) && finish.Keys.All(k => record.DraftFor(k) is { State: DraftState.Placed or DraftState.Sent }))
            {
                record.MarkDrafted(finish.By, run.Now);
            }
        }
    }

    // ---- status-check tasks -----------------------------------------------------------------------------------------

    private async Task RunScheduleStepsAsync(Run run, CancellationToken cancellationToken)
    {
        var schedules = run.Steps(StepPhase.Schedule)
            .Where(s => s.Step is ScheduleStatusCheck && run.Record(s.Plan) is { State: FollowUpState.Drafted, TaskId: null })
            .Select(s => (s.Plan, Step: (ScheduleStatusCheck)s.Step))
            .ToList();
        var reminders = run.Steps(StepPhase.Schedule)
            .Where(s => s.Step is ScheduleSendThanks && WantsSendThanks(run, s.Plan))
            .Select(s => (s.Plan, Step: (ScheduleSendThanks)s.Step))
            .ToList();
        if (schedules.Count == 0 && reminders.Count == 0)
        {
            return;
        }

        var listId = await gateway.EnsureTaskListAsync(cancellationToken).ConfigureAwait(false);
        var results = await gateway.EnsureTasksAsync(listId, [.. schedules.Select(s => s.Step.Task), .. reminders.Select(r => r.Step.Task)], cancellationToken).ConfigureAwait(false);
        var byKey = results.ToDictionary(r => r.Key, StringComparer.Ordinal);
        foreach (var (plan, reminder) in reminders)
        {
            var result = byKey[reminder.Task.Key];
            if (result.Item is not { } item)
            {
                run.Refused(plan, $"\"Send your thank-you notes\" task for {plan.Subject}: {result.Error}");
                continue;
            }

            var record = run.Record(plan);
            record.SendThanksScheduled(listId, item.Id, run.Now);
            if (item.Completed)
            {
                record.SendThanksDone(run.Now);
            }

            if (item.Created)
            {
                run.Result.Created.Add(Run.Action(plan, FollowUpKinds.SendThanksTask, reminder.Task.Key, itemId: item.Id, detail: $"reminds you at {reminder.Task.RemindAt:yyyy-MM-dd HH:mm zzz}"));
            }
        }

        foreach (var (plan, schedule) in schedules)
        {
            var record = run.Record(plan);
            var result = byKey[schedule.Task.Key];
            if (result.Item is not { } item)
            {
                run.Refused(plan, $"status-check task for {plan.Subject}: {result.Error}");
                continue;
            }

            record.MarkScheduled(listId, item.Id, run.Now);
            if (schedule.AlreadyAnswered is { } answered)
            {
                record.Complete(answered.Reason, run.Now, answered.ReplyMessageId);
                if (item.Created)
                {
                    run.Result.Created.Add(Run.Action(plan, FollowUpKinds.StatusCheckTask, schedule.Task.Key, schedule.To, item.Id, $"due {schedule.Task.Due:yyyy-MM-dd}"));
                    run.Result.Updated.Add(Run.Action(plan, FollowUpKinds.TaskCompleted, schedule.Task.Key, itemId: item.Id, detail: answered.Detail));
                }
            }
            else if (item is { Created: false, Completed: true })
            {
                // Completed before (a run whose ledger was lost, or the user in To Do): nothing more to do, nothing to write.
                record.Complete("task already completed", run.Now);
            }
            else if (item.Created)
            {
                run.Result.Created.Add(Run.Action(plan, FollowUpKinds.StatusCheckTask, schedule.Task.Key, schedule.To, item.Id, $"due {schedule.Task.Due:yyyy-MM-dd}"));
            }
        }
    }

    /// <summary>
    /// The "Send your thank-you notes" task goes with drafts the job placed and that still wait in Drafts. When the
    /// ledger is new and this run created none of them (a lost ledger), they may be the pane's: only a task that
    /// already exists is ever found then, none is made.
    /// </summary>
    private static bool WantsSendThanks(Run run, InterviewPlan plan)
    {
        var record = run.Record(plan);
        if (record is not { DraftsPlacedBy: PlacedBy.Automation, SendThanksTaskId: null, SendThanksDoneAt: null }
            || !record.Drafts.Exists(d => d.Kind == DraftKinds.ThankYou && d.State == DraftState.Placed))
        {
            return false;
        }

        return !run.IsNew(plan.FollowUpId) || run.Result.Created.Exists(a => a.Kind == FollowUpKinds.ThankYouDraft && a.Key.StartsWith(FollowUpKeys.ThankYou(plan.FollowUpId, ""), StringComparison.Ordinal));
    }

    private sealed class Run(string mailboxId, IReadOnlyList<InterviewPlan> plans, Dictionary<string, FollowUpRecord> records, DateTimeOffset now)
    {
        public string MailboxId { get; } = mailboxId;

        public Dictionary<string, FollowUpRecord> Records { get; } = records;

        public DateTimeOffset Now { get; } = now;

        public ExecutionResult Result { get; } = new();

        /// <summary>Follow-ups this run started tracking.</summary>
        public HashSet<string> New { get; } = new(StringComparer.Ordinal);

        public bool IsNew(string followUpId) => New.Contains(followUpId);

        /// <summary>The steps of one phase, interview by interview, leaving out interviews that already failed.</summary>
        public IEnumerable<(InterviewPlan Plan, FollowUpStep Step)> Steps(StepPhase phase) =>
            plans.Where(p => !Result.Failed.Contains(p.FollowUpId)).SelectMany(p => p.Steps.Where(s => s.Phase == phase).Select(s => (p, s)));

        public FollowUpRecord Record(InterviewPlan plan) =>
            Records.TryGetValue(plan.FollowUpId, out var record)
                ? record
                : throw new InvalidOperationException($"The plan for {plan.FollowUpId} acts on a follow-up that is not tracked (a planner bug).");

        public void Refused(InterviewPlan plan, string error)
        {
            Result.Errors.Add(error);
            Result.Failed.Add(plan.FollowUpId);
        }

        public void Notice(InterviewPlan plan, DraftNotice notice)
        {
            if (!Result.Notices.TryGetValue(plan.FollowUpId, out var list))
            {
                Result.Notices[plan.FollowUpId] = list = [];
            }

            list.RemoveAll(n => n.Key == notice.Key);
            list.Add(notice);
        }

        public static FollowUpAction Action(InterviewPlan plan, string kind, string key, string? to = null, string? itemId = null, string? detail = null) =>
            new(kind, key, plan.EventId, plan.Subject, to, itemId, detail);
    }
}
