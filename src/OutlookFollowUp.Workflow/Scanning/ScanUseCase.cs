using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Graph.Resilience;
using OutlookFollowUp.Workflow.Claims;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.Scanning;

/// <summary>
/// The automatic job for one mailbox (DESIGN.md, Contract 2), read top-down: observe (the calendar window, the ledger,
/// replies and tasks where something waits), plan (<see cref="ScanPlanner"/>, pure), execute (<see cref="FollowUpEngine"/>:
/// claims, then the same executor the task pane uses). A dry run is the plan without the execution.
/// </summary>
public sealed class ScanUseCase(IMailboxGateway gateway, FollowUpDbContext db, ILogger<ScanUseCase> logger, TimeProvider? timeProvider = null, InterviewGate? gate = null, ClaimOptions? claimOptions = null)
{
    /// <summary>A run that showed no sign of life for this long was killed: a later run closes it as abandoned.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(30);

    private readonly TimeProvider _clock = timeProvider ?? TimeProvider.System;

    /// <summary>Optional per-user preferences (the service passes them; the CLI uses the defaults).</summary>
    public FollowUpPreferences Preferences { get; init; } = FollowUpPreferences.Default;

    /// <summary>The ledger key of the mailbox; null: Graph's user id (the service passes its own user key).</summary>
    public string? MailboxId { get; init; }

    /// <summary>Runs the scan once.</summary>
    public async Task<ScanReport> RunOnceAsync(ScanRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var warnings = new List<string>();
        ScanRunRecord? runRecord = null;
        ScanPlan? plan = null;
        EngineRun? executed = null;
        string? failure = null;
        try
        {
            var session = await MailboxSession.OpenAsync(gateway, Preferences, MailboxId, cancellationToken).ConfigureAwait(false);
            warnings.AddRange(session.Profile.Warnings);
            if (!request.DryRun)
            {
                runRecord = await StartRunAsync(session.MailboxId, request, cancellationToken).ConfigureAwait(false);
            }

            Log.ScanStarted(logger, request.Lookback, request.DryRun);
            var engine = new FollowUpEngine(db, gate ?? new InterviewGate(), _clock, claimOptions ?? new ClaimOptions());
            var (observation, windowIds) = await ObserveAsync(session, engine, request, warnings, cancellationToken).ConfigureAwait(false);

            plan = ScanPlanner.Plan(observation, session, await engine.LoadAsync(session.MailboxId, windowIds, cancellationToken).ConfigureAwait(false));
            if (!request.DryRun)
            {
                var planned = plan;
                executed = await engine.RunAsync(
                    session,
                    token => engine.LoadAsync(session.MailboxId, windowIds, token),
                    records => (planned = ScanPlanner.Plan(observation, session, records)).Plans,
                    request.Now,
                    ClaimMode.FreeOnly,
                    cancellationToken).ConfigureAwait(false);
                plan = planned;
            }
        }
        catch (GraphGatewayException ex)
        {
            failure = ex.Message;
            Log.ScanFailed(logger, ex.GetType().Name);
        }

        var report = Report(request, plan, executed, warnings, failure);
        if (runRecord is not null)
        {
            await FinishRunAsync(runRecord, report).ConfigureAwait(false);
        }

        Log.ScanFinished(logger, report.Created.Count, report.Updated.Count, report.Skipped.Count, report.GraphHttpRequests);
        return report;
    }

    /// <summary>Reads what the planner needs: the window's events, events of open follow-ups outside it, replies, tasks.</summary>
    private async Task<(ScanObservation Observation, IReadOnlyCollection<string> WindowIds)> ObserveAsync(
        MailboxSession session, FollowUpEngine engine, ScanRequest request, List<string> warnings, CancellationToken cancellationToken)
    {
        var now = request.Now;
        var today = session.Today(now);
        var window = await gateway.GetCalendarViewAsync(request.WindowStart, now, cancellationToken).ConfigureAwait(false);
        warnings.AddRange(window.Skipped.Select(s => "skipped: " + s));
        Log.WindowRead(logger, window.Events.Count, window.Skipped.Count);

        var records = await engine.LoadAsync(session.MailboxId, window.Events.Select(e => e.FollowUpId).Distinct().ToList(), cancellationToken).ConfigureAwait(false);
        var events = new Dictionary<string, ObservedEvent>(StringComparer.Ordinal);
        foreach (var e in window.Events.OrderBy(e => e.End))
        {
            events[e.FollowUpId] = new ObservedEvent(e, session.Analyze(e, now, record: records.GetValueOrDefault(e.FollowUpId)), InWindow: true);
        }

        var waiting = records.Values.Where(r => r.IsOpen && (session.IsAutomatic(r) || (r.HasPendingCheck && session.CarriesOn(r)))).ToList();
        var due = waiting.Where(r => r.State == FollowUpState.Scheduled && r.StatusCheckDue is { } d && d <= today).ToList();

        // Half-finished follow-ups and due ones outside the window: their events are read by id.
        foreach (var record in waiting.Where(r => !events.ContainsKey(r.FollowUpId) && (r.State is FollowUpState.Detected or FollowUpState.Drafted || due.Contains(r))))
        {
            events[record.FollowUpId] = await ReadEventAsync(session, record, now, warnings, cancellationToken).ConfigureAwait(false);
        }

        // Replies matter to follow-ups that wait, and to interviews about to be scheduled (a reply may already be there).
        var since = waiting.Where(r => r.HasPendingCheck || r.State is FollowUpState.Detected or FollowUpState.Drafted).Select(r => (DateTimeOffset?)r.InterviewEnd)
            .Concat(events.Values.Where(e => e.InWindow && e.Analysis is { IsActionable: true } && e.Event!.End <= now && !records.ContainsKey(e.Analysis.FollowUpId)).Select(e => (DateTimeOffset?)e.Event!.End))
            .Min();
        IReadOnlyList<InboundMessage> messages = since is null
            ? []
            : await gateway.GetMessagesReceivedSinceAsync(since.Value, cancellationToken).ConfigureAwait(false);

        var tasks = new Dictionary<string, IReadOnlyDictionary<string, TaskSnapshot>?>(StringComparer.Ordinal);
        foreach (var listId in due.Where(r => r.TaskListId is not null).Select(r => r.TaskListId!).Distinct(StringComparer.Ordinal))
        {
            tasks[listId] = await gateway.GetTasksAsync(listId, cancellationToken).ConfigureAwait(false);
        }

        // Thank-you drafts a "Send your thank-you notes" task waits on: sent or deleted completes it.
        var waitingDrafts = records.Values.Where(r => r.SendThanksPending)
            .SelectMany(r => r.Drafts.Where(d => d.Kind == DraftKinds.ThankYou && d.State == DraftState.Placed).Select(d => d.MessageId))
            .Distinct(StringComparer.Ordinal).ToList();
        var draftStates = waitingDrafts.Count == 0
            ? new Dictionary<string, MessageState?>()
            : await gateway.GetMessageStatesAsync(waitingDrafts, cancellationToken).ConfigureAwait(false);

        return (new ScanObservation(request, today, events, messages, tasks, draftStates), events.Keys.ToList());
    }

    /// <summary>
    /// An open follow-up's event by id: deleted when Graph has none; unreadable (skipped with a warning, left open for a
    /// later run) when it exists but cannot be read, so one bad event never fails the run.
    /// </summary>
    private async Task<ObservedEvent> ReadEventAsync(MailboxSession session, FollowUpRecord record, DateTimeOffset now, List<string> warnings, CancellationToken cancellationToken)
    {
        try
        {
            var e = await gateway.GetEventAsync(record.EventId, cancellationToken).ConfigureAwait(false);
            return e is null ? new ObservedEvent(null, null, InWindow: false, Deleted: true) : new ObservedEvent(e, session.Analyze(e, now, record: record), InWindow: false);
        }
        catch (GraphItemUnreadableException ex)
        {
            warnings.Add("skipped: " + ex.Message);
            return new ObservedEvent(null, null, InWindow: false, Unreadable: true);
        }
        catch (InvalidGraphIdException)
        {
            warnings.Add($"skipped: follow-up {record.FollowUpId} has an event id Graph cannot take");
            return new ObservedEvent(null, null, InWindow: false, Unreadable: true);
        }
    }

    private async Task<ScanRunRecord> StartRunAsync(string mailboxId, ScanRequest request, CancellationToken cancellationToken)
    {
        var wallNow = _clock.GetUtcNow();
        var silentSince = wallNow - AbandonedAfter;
        await db.ScanRuns
            .Where(r => r.MailboxId == mailboxId && r.Outcome == ScanOutcomes.Running && (r.HeartbeatAt == null || r.HeartbeatAt < silentSince))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Outcome, ScanOutcomes.Abandoned).SetProperty(r => r.FinishedAt, wallNow), cancellationToken)
            .ConfigureAwait(false);
        var run = new ScanRunRecord { MailboxId = mailboxId, StartedAt = request.Now, HeartbeatAt = wallNow };
        db.ScanRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return run;
    }

    private async Task FinishRunAsync(ScanRunRecord run, ScanReport report)
    {
        db.ChangeTracker.Clear();
        db.ScanRuns.Attach(run);
        run.FinishedAt = report.Now;
        run.HeartbeatAt = _clock.GetUtcNow();
        run.Outcome = report.Failure is null ? ScanOutcomes.Completed : ScanOutcomes.Failed;
        run.DraftsCreated = report.Created.Count(a => a.Kind is FollowUpKinds.ThankYouDraft or FollowUpKinds.StatusCheckDraft);
        run.TasksCreated = report.Created.Count(a => a.Kind == FollowUpKinds.StatusCheckTask);
        run.Completed = report.Updated.Count(a => a.Kind == FollowUpKinds.TaskCompleted);
        run.GraphRequests = gateway.RequestLog.HttpRequests;
        await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private ScanReport Report(ScanRequest request, ScanPlan? plan, EngineRun? executed, List<string> warnings, string? failure)
    {
        var skipped = plan?.Skipped.ToList() ?? [];
        var created = new List<FollowUpAction>();
        var updated = new List<FollowUpAction>();
        var errors = new List<string>();
        var flagged = new List<FollowUpFlag>();
        if (executed is not null)
        {
            foreach (var p in executed.Plans)
            {
                flagged.AddRange((executed.Result.Notices.GetValueOrDefault(p.FollowUpId) ?? [])
                    .Where(n => n.Fate == DraftFates.Kept)
                    .Select(n => new FollowUpFlag(p.EventId, p.Subject, n.Key, n.To, n.Reason ?? "")));
            }

            created.AddRange(executed.Result.Created);
            updated.AddRange(executed.Result.Updated);
            errors.AddRange(executed.Result.Errors);
            skipped.AddRange(executed.Busy.Select(b => new FollowUpSkip(b.EventId, b.Subject, "being updated by another request right now: the next run picks it up")));
            skipped.AddRange(executed.Plans.SelectMany(p => p.Steps.OfType<CloseFollowUp>().Where(c => c.How == Closing.Supersede).Select(_ => new FollowUpSkip(p.EventId, p.Subject, "a later interview with the same employer has the status check"))));
        }
        else if (plan is not null && request.DryRun)
        {
            foreach (var p in plan.Plans)
            {
                foreach (var step in p.Steps)
                {
                    switch (step)
                    {
                        case PlaceDraft place:
                            created.Add(new FollowUpAction(place.Kind == DraftKinds.StatusCheck ? FollowUpKinds.StatusCheckDraft : FollowUpKinds.ThankYouDraft, place.Request.Key, p.EventId, p.Subject, place.To));
                            break;
                        case ScheduleSendThanks reminder:
                            created.Add(new FollowUpAction(FollowUpKinds.SendThanksTask, reminder.Task.Key, p.EventId, p.Subject, Detail: $"reminds you at {reminder.Task.RemindAt:yyyy-MM-dd HH:mm zzz}"));
                            break;
                        case RetireDraft retire:
                            updated.Add(new FollowUpAction(FollowUpKinds.DraftRemoved, retire.Key, p.EventId, p.Subject, retire.To, retire.MessageId, $"no longer needed, unless you edited it: {retire.Detail}"));
                            break;
                        case FinishSendThanks finish:
                            updated.Add(new FollowUpAction(FollowUpKinds.TaskCompleted, Core.Keys.FollowUpKeys.SendThanksTask(p.FollowUpId), p.EventId, p.Subject, Detail: finish.Detail));
                            break;
                        case ScheduleStatusCheck schedule:
                            created.Add(new FollowUpAction(FollowUpKinds.StatusCheckTask, schedule.Task.Key, p.EventId, p.Subject, schedule.To, Detail: $"due {schedule.Task.Due:yyyy-MM-dd}"));
                            break;
                        case ChangeTask change:
                            updated.Add(new FollowUpAction(KindOf(change.Change), Core.Keys.FollowUpKeys.StatusCheckTask(p.FollowUpId), p.EventId, p.Subject, Detail: change.Detail));
                            break;
                        case CloseFollowUp { How: Closing.Supersede }:
                            skipped.Add(new FollowUpSkip(p.EventId, p.Subject, "a later interview with the same employer has the status check"));
                            break;
                        case CloseFollowUp close when close.Reason != "no-status-check":
                            updated.Add(new FollowUpAction(close.How == Closing.Cancel ? FollowUpKinds.TaskCancelled : FollowUpKinds.TaskCompleted, Core.Keys.FollowUpKeys.StatusCheckTask(p.FollowUpId), p.EventId, p.Subject, Detail: close.Detail));
                            break;
                    }
                }
            }
        }

        return new ScanReport
        {
            Now = request.Now,
            WindowStart = request.WindowStart,
            DryRun = request.DryRun,
            Created = created,
            Updated = updated,
            Skipped = skipped,
            Warnings = [.. warnings, .. plan?.Warnings ?? [], .. errors],
            Flagged = flagged,
            GraphHttpRequests = gateway.RequestLog.HttpRequests,
            GraphOperations = gateway.RequestLog.GraphOperations,
            Interviews = plan?.Plans.Count ?? 0,
            Failure = failure ?? (errors.Count > 0 ? $"{errors.Count} writes were refused by Graph" : null),
        };
    }

    private static string KindOf(TaskChange change) => change switch
    {
        TaskChange.Move => FollowUpKinds.TaskMoved,
        TaskChange.Cancel => FollowUpKinds.TaskCancelled,
        TaskChange.Reopen => FollowUpKinds.TaskReopened,
        _ => FollowUpKinds.TaskCompleted,
    };
}
