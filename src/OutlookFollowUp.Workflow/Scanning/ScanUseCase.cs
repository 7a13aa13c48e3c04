using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Replies;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Graph.Resilience;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.Scanning;

/// <summary>
/// The automatic job for one mailbox (DESIGN.md, Contract 2): for interviews that ended in the window, place the
/// thank-you drafts and schedule the status-check task; for open follow-ups, complete the task when the employer
/// replied, or place the status-check draft when it is due. Every write is idempotent by key and recorded in the
/// ledger as it happens, so a failed run keeps what it did and a rerun finishes the rest.
/// </summary>
public sealed partial class ScanUseCase(IMailboxGateway gateway, FollowUpDbContext db, ILogger<ScanUseCase> logger)
{
    /// <summary>Optional per-user preferences (the service passes them; the CLI uses the defaults).</summary>
    public FollowUpPreferences Preferences { get; init; } = FollowUpPreferences.Default;

    /// <summary>The ledger key of the mailbox; null: Graph's user id (the service passes its own user key).</summary>
    public string? MailboxId { get; init; }

    /// <summary>Runs the scan once.</summary>
    public async Task<ScanReport> RunOnceAsync(ScanRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = new ScanRun(request);
        ScanRunRecord? runRecord = null;
        try
        {
            var profile = await gateway.GetProfileAsync(cancellationToken).ConfigureAwait(false);
            run.Warnings.AddRange(profile.Warnings);
            run.MailboxId = MailboxId ?? MailboxIdOf(profile);
            run.Context = new AnalysisContext(profile.User, profile.Schedule, Now: request.Now, Signature: Preferences.Signature)
            {
                Policy = Preferences.Policy ?? Core.Analysis.StatusCheckPolicy.Default,
            };
            run.Profile = profile;

            if (!request.DryRun)
            {
                runRecord = new ScanRunRecord { MailboxId = run.MailboxId, StartedAt = request.Now };
                db.ScanRuns.Add(runRecord);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            Log.ScanStarted(logger, request.Lookback, request.DryRun);
            var window = await gateway.GetCalendarViewAsync(run.WindowStart, request.Now, cancellationToken).ConfigureAwait(false);
            run.Warnings.AddRange(window.Skipped.Select(s => "skipped: " + s));
            Log.WindowRead(logger, window.Events.Count, window.Skipped.Count);

            await LoadLedgerAsync(run, window.Events, cancellationToken).ConfigureAwait(false);
            await DecideAsync(run, window.Events, cancellationToken).ConfigureAwait(false);
            await ResumeUnfinishedAsync(run, cancellationToken).ConfigureAwait(false);
            await PlaceThankYouDraftsAsync(run, cancellationToken).ConfigureAwait(false);
            await ScheduleStatusChecksAsync(run, cancellationToken).ConfigureAwait(false);
            await CheckRepliesAndDueDatesAsync(run, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsGraphFailure(ex))
        {
            run.Failure = ex is GraphGatewayException ? ex.Message : $"Graph still failed after retries: {ex.Message}";
            Log.ScanFailed(logger, ex.GetType().Name);
        }

        if (runRecord is not null)
        {
            runRecord.FinishedAt = request.Now;
            runRecord.Outcome = run.Failure is null ? "completed" : "failed";
            runRecord.DraftsCreated = run.Created.Count(a => a.Kind.EndsWith("draft", StringComparison.Ordinal));
            runRecord.TasksCreated = run.Created.Count(a => a.Kind == ScanKinds.StatusCheckTask);
            runRecord.Completed = run.Updated.Count(a => a.Kind == ScanKinds.TaskCompleted);
            runRecord.GraphRequests = gateway.RequestLog.HttpRequests;
            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var report = run.ToReport(gateway.RequestLog);
        Log.ScanFinished(logger, report.Created.Count, report.Updated.Count, report.Skipped.Count, report.GraphHttpRequests);
        return report;
    }

    /// <summary>An event was deleted: cancel its pending follow-up (the reminder is completed and marked cancelled).</summary>
    /// <returns>True when there was pending work to cancel.</returns>
    public async Task<bool> CancelForDeletedEventAsync(string mailboxId, string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = await db.FollowUps.FirstOrDefaultAsync(f => f.MailboxId == mailboxId && f.EventId == eventId, cancellationToken).ConfigureAwait(false);
        if (record is null || !record.IsOpen)
        {
            return false;
        }

        var run = new ScanRun(new ScanRequest(now, TimeSpan.Zero)) { MailboxId = mailboxId };
        await CancelAsync(run, record, record.Role ?? record.Company ?? record.FollowUpId, "deleted", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Graph failures that end the run with exit code 1 (everything else is a bug and propagates).</summary>
    public static bool IsGraphFailure(Exception exception) =>
        exception is GraphGatewayException or ApiException or HttpRequestException or Polly.Timeout.TimeoutRejectedException
        || GraphResilience.IsTransient(exception);

    private async Task LoadLedgerAsync(ScanRun run, IReadOnlyList<CalendarEvent> events, CancellationToken cancellationToken)
    {
        var ids = events.Select(e => e.FollowUpId).Distinct().ToList();
        var open = new[] { FollowUpState.Detected, FollowUpState.Drafted, FollowUpState.Scheduled, FollowUpState.StatusCheckDrafted };
        var records = await db.FollowUps
            .Include(f => f.Drafts)
            .Where(f => f.MailboxId == run.MailboxId && (open.Contains(f.State) || ids.Contains(f.FollowUpId)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var record in records)
        {
            run.Records[record.FollowUpId] = record;
        }
    }

    /// <summary>Classifies every event of the window and decides what each needs.</summary>
    private async Task DecideAsync(ScanRun run, IReadOnlyList<CalendarEvent> events, CancellationToken cancellationToken)
    {
        foreach (var calendarEvent in events.OrderBy(e => e.End))
        {
            run.Records.TryGetValue(calendarEvent.FollowUpId, out var record);
            var analysis = InterviewAnalyzer.Analyze(calendarEvent, run.Context);
            await ConsiderAsync(run, calendarEvent, analysis, record, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ConsiderAsync(ScanRun run, CalendarEvent calendarEvent, InterviewAnalysis analysis, FollowUpRecord? record, CancellationToken cancellationToken)
    {
        if (!IsAutomatic(record))
        {
            if (analysis.IsActionable)
            {
                run.Skipped.Add(new ScanSkip(calendarEvent.Id, calendarEvent.Subject, "automatic mode is off for this interview"));
            }

            return;
        }

        if (record is not null && record.IsOpen && (analysis.IsCancelled || analysis.Classification.Kind != InterviewKind.CandidateInterview || analysis.NoContact))
        {
            var why = analysis.IsCancelled ? "cancelled" : analysis.NoContact ? "no-contact" : "no longer an interview";
            await CancelAsync(run, record, calendarEvent.Subject, why, cancellationToken).ConfigureAwait(false);
        }

        if (!analysis.IsActionable)
        {
            run.Skipped.Add(new ScanSkip(calendarEvent.Id, calendarEvent.Subject, SkipReason(analysis)));
            return;
        }

        if (record is not null && record.InterviewEnd != calendarEvent.End)
        {
            await MoveAsync(run, record, calendarEvent, analysis, cancellationToken).ConfigureAwait(false);
        }

        if (calendarEvent.End > run.Request.Now)
        {
            run.Skipped.Add(new ScanSkip(calendarEvent.Id, calendarEvent.Subject, "has not ended yet: a later run handles it"));
            return;
        }

        if (record is not null && !record.IsOpen)
        {
            run.Skipped.Add(new ScanSkip(calendarEvent.Id, calendarEvent.Subject, $"follow-up already {record.State.ToString().ToLowerInvariant()}"));
            return;
        }

        if (record is null)
        {
            record = new FollowUpRecord
            {
                MailboxId = run.MailboxId,
                FollowUpId = calendarEvent.FollowUpId,
                EventId = calendarEvent.Id,
                DetectedAt = run.Request.Now,
                State = FollowUpState.Detected,
            };
            run.Records[record.FollowUpId] = record;
            if (!run.Request.DryRun)
            {
                db.FollowUps.Add(record);
            }
        }

        ApplyFacts(record, calendarEvent, analysis, run.Request.Now);
        run.Actionable[record.FollowUpId] = (calendarEvent, analysis);
    }

    /// <summary>Copies what the analysis found into the ledger record (the user's own status-check date is kept).</summary>
    public static void ApplyFacts(FollowUpRecord record, CalendarEvent calendarEvent, InterviewAnalysis analysis, DateTimeOffset now)
    {
        record.EventId = calendarEvent.Id;
        record.Role = analysis.Role;
        record.Company = analysis.Company;
        record.InterviewEnd = calendarEvent.End;
        record.InterviewEndDate = analysis.InterviewEndDate;
        record.RespondBy = analysis.Timeline?.RespondBy;
        if (!record.DueSetByUser && analysis.StatusCheck is { } check)
        {
            record.StatusCheckDue = check.Due;
            record.RemindAt = check.RemindAt;
        }

        record.StatusCheckTo = analysis.StatusCheck?.To?.Address;
        record.EmployerDomains = string.Join(' ', analysis.Employer.Domains);
        record.EmployerAddresses = string.Join(' ', analysis.Employer.Addresses);
        record.SchedulingAddress = analysis.Employer.SchedulingAddress;
        record.UpdatedAt = now;
    }

    /// <summary>A half-finished run left follow-ups detected but not drafted or scheduled: finish them even outside the window.</summary>
    private async Task ResumeUnfinishedAsync(ScanRun run, CancellationToken cancellationToken)
    {
        foreach (var record in run.Records.Values.Where(r => r.State is FollowUpState.Detected or FollowUpState.Drafted && IsAutomatic(r) && !run.Actionable.ContainsKey(r.FollowUpId)).ToList())
        {
            var (calendarEvent, readable) = await ReadEventAsync(run, record, cancellationToken).ConfigureAwait(false);
            if (!readable)
            {
                continue;
            }

            if (calendarEvent is null)
            {
                await CancelAsync(run, record, record.Role ?? record.FollowUpId, "deleted", cancellationToken).ConfigureAwait(false);
                continue;
            }

            await ConsiderAsync(run, calendarEvent, InterviewAnalyzer.Analyze(calendarEvent, run.Context), record, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PlaceThankYouDraftsAsync(ScanRun run, CancellationToken cancellationToken)
    {
        var wanted = new List<(FollowUpRecord Record, CalendarEvent Event, ThankYouDraft Draft)>();
        foreach (var (followUpId, (calendarEvent, analysis)) in run.Actionable)
        {
            var record = run.Records[followUpId];
            if (record.State != FollowUpState.Detected)
            {
                continue;
            }

            wanted.AddRange(analysis.ThankYouDrafts
                .Where(d => record.Drafts.All(r => r.Key != d.Key))
                .Select(d => (record, calendarEvent, d)));
        }

        if (run.Request.DryRun)
        {
            run.Created.AddRange(wanted.Select(w => new ScanAction(ScanKinds.ThankYouDraft, w.Draft.Key, w.Event.Id, w.Event.Subject, w.Draft.To.Address)));

            // As if drafted (in memory only: a dry run saves nothing), so the report also shows the tasks a real run would create.
            foreach (var (followUpId, _) in run.Actionable)
            {
                if (run.Records[followUpId] is { State: FollowUpState.Detected } record)
                {
                    record.State = FollowUpState.Drafted;
                }
            }

            return;
        }

        var results = wanted.Count == 0 ? [] : await gateway.EnsureDraftsAsync(
            wanted.Select(w => new DraftRequest(w.Draft.Key, w.Draft.Text.Subject, w.Draft.Text.BodyHtml, [new EmailAddress(w.Draft.To.Address, w.Draft.To.DisplayName)])).ToList(),
            cancellationToken).ConfigureAwait(false);
        var byKey = results.ToDictionary(r => r.Key, StringComparer.Ordinal);
        foreach (var (record, calendarEvent, draft) in wanted)
        {
            var result = byKey[draft.Key];
            if (result.Item is { } item)
            {
                record.Drafts.Add(new DraftRecord { Key = draft.Key, Kind = "thank-you", Recipient = draft.To.Address, MessageId = item.Id, CreatedAt = run.Request.Now });
                if (item.Created)
                {
                    run.Created.Add(new ScanAction(ScanKinds.ThankYouDraft, draft.Key, calendarEvent.Id, calendarEvent.Subject, draft.To.Address, item.Id));
                }
            }
            else
            {
                run.Errors.Add($"thank-you draft for {calendarEvent.Subject} to {draft.To.Address}: {result.Error}");
            }
        }

        foreach (var (followUpId, (_, analysis)) in run.Actionable)
        {
            var record = run.Records[followUpId];
            if (record.State == FollowUpState.Detected && analysis.ThankYouDrafts.All(d => record.Drafts.Any(r => r.Key == d.Key)))
            {
                record.State = FollowUpState.Drafted;
                record.DraftedAt = run.Request.Now;
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ScheduleStatusChecksAsync(ScanRun run, CancellationToken cancellationToken)
    {
        var toSchedule = run.Actionable
            .Select(a => (Record: run.Records[a.Key], a.Value.Event, a.Value.Analysis))
            .Where(a => a.Record.State == FollowUpState.Drafted && a.Record.TaskId is null && a.Analysis.StatusCheck is not null)
            .OrderBy(a => a.Record.InterviewEnd)
            .ToList();
        if (toSchedule.Count == 0)
        {
            return;
        }

        // Never two pending checks for one employer: the latest interview keeps it.
        var scheduled = new List<(FollowUpRecord Record, CalendarEvent Event, InterviewAnalysis Analysis)>();
        foreach (var item in toSchedule)
        {
            var later = run.Records.Values.FirstOrDefault(r => r != item.Record && r.MailboxId == item.Record.MailboxId
                && r.State is FollowUpState.Scheduled or FollowUpState.StatusCheckDrafted or FollowUpState.Drafted
                && r.InterviewEnd > item.Record.InterviewEnd && SameEmployer(r, item.Record));
            if (later is not null)
            {
                item.Record.State = FollowUpState.Superseded;
                item.Record.CompletedAt = run.Request.Now;
                item.Record.CompletedReason = "superseded";
                run.Skipped.Add(new ScanSkip(item.Event.Id, item.Event.Subject, "a later interview with the same employer has the status check"));
                continue;
            }

            foreach (var earlier in run.Records.Values.Where(r => r != item.Record && r.State is FollowUpState.Scheduled or FollowUpState.StatusCheckDrafted
                         && r.InterviewEnd < item.Record.InterviewEnd && SameEmployer(r, item.Record)).ToList())
            {
                await CompleteTaskAsync(run, earlier, FollowUpState.Superseded, "superseded", earlier.Role ?? earlier.FollowUpId, $"superseded by the interview of {item.Record.InterviewEndDate:yyyy-MM-dd}", cancellationToken).ConfigureAwait(false);
            }

            scheduled.Add(item);
        }

        if (run.Request.DryRun)
        {
            run.Created.AddRange(scheduled.Select(s => new ScanAction(ScanKinds.StatusCheckTask, s.Analysis.StatusCheck!.TaskKey, s.Event.Id, s.Event.Subject)));
            return;
        }

        if (scheduled.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var listId = await gateway.EnsureTaskListAsync(cancellationToken).ConfigureAwait(false);
        var results = await gateway.EnsureTasksAsync(listId, scheduled.Select(s => StatusCheckTasks.For(s.Event, s.Analysis, s.Record)).ToList(), cancellationToken).ConfigureAwait(false);
        var byKey = results.ToDictionary(r => r.Key, StringComparer.Ordinal);
        foreach (var (record, calendarEvent, analysis) in scheduled)
        {
            var result = byKey[analysis.StatusCheck!.TaskKey];
            if (result.Item is { Created: false, Completed: true } done)
            {
                // Completed before (a run whose ledger was lost, or the user in To Do): nothing more to do, nothing to write.
                record.TaskListId = listId;
                record.TaskId = done.Id;
                record.State = FollowUpState.Completed;
                record.CompletedAt = run.Request.Now;
                record.CompletedReason = "task already completed";
                record.UpdatedAt = run.Request.Now;
            }
            else if (result.Item is { } item)
            {
                record.TaskListId = listId;
                record.TaskId = item.Id;
                record.State = FollowUpState.Scheduled;
                record.ScheduledAt = run.Request.Now;
                if (item.Created)
                {
                    run.Created.Add(new ScanAction(ScanKinds.StatusCheckTask, result.Key, calendarEvent.Id, calendarEvent.Subject, analysis.StatusCheck.To?.Address, item.Id, $"due {record.StatusCheckDue:yyyy-MM-dd}"));
                }
            }
            else
            {
                run.Errors.Add($"status-check task for {calendarEvent.Subject}: {result.Error}");
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckRepliesAndDueDatesAsync(ScanRun run, CancellationToken cancellationToken)
    {
        var open = run.Records.Values.Where(r => r.State is FollowUpState.Scheduled or FollowUpState.StatusCheckDrafted && r.TaskId is not null && IsAutomatic(r)).ToList();
        if (open.Count == 0)
        {
            return;
        }

        var since = open.Min(r => r.InterviewEnd);
        var messages = await gateway.GetMessagesReceivedSinceAsync(since, cancellationToken).ConfigureAwait(false);
        var due = new List<FollowUpRecord>();
        foreach (var record in open)
        {
            var employer = EmployerOf(record);
            var reply = messages
                .Where(m => ReplyDetector.Judge(m, employer, run.Context.User, record.InterviewEnd) == ReplyVerdict.EmployerReply)
                .OrderBy(m => m.ReceivedAt)
                .FirstOrDefault();
            if (reply is not null)
            {
                record.ReplyMessageId = reply.Id;
                await CompleteTaskAsync(run, record, FollowUpState.Completed, "reply", record.Role ?? record.FollowUpId, $"the employer replied on {reply.ReceivedAt:yyyy-MM-dd}", cancellationToken).ConfigureAwait(false);
                continue;
            }

            var today = run.Context.Schedule.LocalDate(run.Request.Now);
            if (record.State == FollowUpState.Scheduled && record.StatusCheckDue is { } dueDate && today >= dueDate)
            {
                due.Add(record);
            }
        }

        await PlaceStatusCheckDraftsAsync(run, due, cancellationToken).ConfigureAwait(false);
        if (!run.Request.DryRun)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PlaceStatusCheckDraftsAsync(ScanRun run, List<FollowUpRecord> due, CancellationToken cancellationToken)
    {
        due = await WithoutTasksDoneByTheUserAsync(run, due, cancellationToken).ConfigureAwait(false);
        var wanted = new List<(FollowUpRecord Record, CalendarEvent Event, StatusCheckPlan Plan)>();
        foreach (var record in due)
        {
            // The text is composed from the event again rather than kept in the ledger: no mail text is stored.
            CalendarEvent? calendarEvent;
            InterviewAnalysis analysis;
            if (run.Actionable.TryGetValue(record.FollowUpId, out var known))
            {
                (calendarEvent, analysis) = known;
            }
            else
            {
                (calendarEvent, var readable) = await ReadEventAsync(run, record, cancellationToken).ConfigureAwait(false);
                if (!readable)
                {
                    continue;
                }

                if (calendarEvent is null)
                {
                    await CancelAsync(run, record, record.Role ?? record.FollowUpId, "deleted", cancellationToken).ConfigureAwait(false);
                    continue;
                }

                analysis = InterviewAnalyzer.Analyze(calendarEvent, run.Context);
                if (analysis.IsCancelled || analysis.NoContact || analysis.StatusCheck is null)
                {
                    await CancelAsync(run, record, calendarEvent.Subject, analysis.IsCancelled ? "cancelled" : "no-contact", cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }

            wanted.Add((record, calendarEvent, analysis.StatusCheck!));
        }

        if (wanted.Count == 0)
        {
            return;
        }

        if (run.Request.DryRun)
        {
            run.Created.AddRange(wanted.Select(w => new ScanAction(ScanKinds.StatusCheckDraft, w.Plan.DraftKey, w.Event.Id, w.Event.Subject, w.Plan.To?.Address)));
            return;
        }

        var results = await gateway.EnsureDraftsAsync(
            wanted.Select(w => new DraftRequest(w.Plan.DraftKey, w.Plan.Text.Subject, w.Plan.Text.BodyHtml,
                w.Plan.To is { } to ? [new EmailAddress(to.Address, to.DisplayName)] : [])).ToList(),
            cancellationToken).ConfigureAwait(false);
        var byKey = results.ToDictionary(r => r.Key, StringComparer.Ordinal);
        foreach (var (record, calendarEvent, plan) in wanted)
        {
            var result = byKey[plan.DraftKey];
            if (result.Item is { } item)
            {
                record.StatusCheckDraftId = item.Id;
                record.State = FollowUpState.StatusCheckDrafted;
                record.StatusCheckDraftedAt = run.Request.Now;
                record.Drafts.Add(new DraftRecord { Key = plan.DraftKey, Kind = "status-check", Recipient = plan.To?.Address ?? "", MessageId = item.Id, CreatedAt = run.Request.Now });
                if (item.Created)
                {
                    run.Created.Add(new ScanAction(ScanKinds.StatusCheckDraft, plan.DraftKey, calendarEvent.Id, calendarEvent.Subject, plan.To?.Address, item.Id));
                }
            }
            else
            {
                run.Errors.Add($"status-check draft for {calendarEvent.Subject}: {result.Error}");
            }
        }
    }

    /// <summary>
    /// Reads an open follow-up's event by id: (event, true), (null, true) when it was deleted, or (null, false) when it
    /// exists but cannot be read — then it is skipped with a warning and stays open for a later run, and the rest go on.
    /// </summary>
    private async Task<(CalendarEvent? Event, bool Readable)> ReadEventAsync(ScanRun run, FollowUpRecord record, CancellationToken cancellationToken)
    {
        try
        {
            return (await gateway.GetEventAsync(record.EventId, cancellationToken).ConfigureAwait(false), true);
        }
        catch (GraphGatewayException ex) when (ex.UnreadableItemId is not null)
        {
            run.Warnings.Add("skipped: " + ex.Message);
            return (null, false);
        }
    }

    /// <summary>
    /// A reminder the user already ticked off in To Do (they followed up another way, or heard back by phone) gets no
    /// status-check draft: the follow-up is complete. One read of the list, only when something is due.
    /// </summary>
    private async Task<List<FollowUpRecord>> WithoutTasksDoneByTheUserAsync(ScanRun run, List<FollowUpRecord> due, CancellationToken cancellationToken)
    {
        var lists = due.Where(r => r.TaskListId is not null).Select(r => r.TaskListId!).Distinct().ToList();
        if (lists.Count == 0)
        {
            return due;
        }

        var completed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var listId in lists)
        {
            foreach (var task in (await gateway.GetTasksAsync(listId, cancellationToken).ConfigureAwait(false)).Values.Where(t => t.Completed))
            {
                completed.Add(task.Id);
            }
        }

        var remaining = new List<FollowUpRecord>();
        foreach (var record in due)
        {
            if (record.TaskId is not null && completed.Contains(record.TaskId))
            {
                run.Updated.Add(new ScanAction(ScanKinds.TaskCompleted, $"statuscheck:{record.FollowUpId}", record.EventId, record.Role ?? record.Company ?? record.FollowUpId, ItemId: record.TaskId, Detail: "you completed the reminder yourself: no status-check draft"));
                if (!run.Request.DryRun)
                {
                    record.State = FollowUpState.Completed;
                    record.CompletedAt = run.Request.Now;
                    record.CompletedReason = "completed-by-user";
                    record.UpdatedAt = run.Request.Now;
                }

                continue;
            }

            remaining.Add(record);
        }

        return remaining;
    }

    private async Task MoveAsync(ScanRun run, FollowUpRecord record, CalendarEvent calendarEvent, InterviewAnalysis analysis, CancellationToken cancellationToken)
    {
        var oldDue = record.StatusCheckDue;
        ApplyFacts(record, calendarEvent, analysis, run.Request.Now);
        if (record.TaskId is null || record.TaskListId is null || record.StatusCheckDue == oldDue || !record.IsOpen)
        {
            return;
        }

        run.Updated.Add(new ScanAction(ScanKinds.TaskMoved, analysis.StatusCheck?.TaskKey ?? record.FollowUpId, calendarEvent.Id, calendarEvent.Subject, ItemId: record.TaskId, Detail: $"due {oldDue:yyyy-MM-dd} -> {record.StatusCheckDue:yyyy-MM-dd}"));
        if (!run.Request.DryRun)
        {
            await gateway.UpdateTaskAsync(record.TaskListId, record.TaskId, new TaskUpdate(Due: record.StatusCheckDue, RemindAt: record.RemindAt), cancellationToken).ConfigureAwait(false);
            if (record.State == FollowUpState.StatusCheckDrafted && record.StatusCheckDue > run.Context.Schedule.LocalDate(run.Request.Now))
            {
                record.State = FollowUpState.Scheduled; // the draft already placed stays; the new date brings no second one
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CancelAsync(ScanRun run, FollowUpRecord record, string subject, string why, CancellationToken cancellationToken)
    {
        run.Actionable.Remove(record.FollowUpId);
        if (record.TaskId is not null && record.TaskListId is not null)
        {
            await CompleteTaskAsync(run, record, FollowUpState.Cancelled, why, subject, $"the interview is {why}", cancellationToken, title: $"[Cancelled] Check in about {record.Role ?? record.Company ?? "the interview"}").ConfigureAwait(false);
            return;
        }

        record.State = FollowUpState.Cancelled;
        record.CompletedAt = run.Request.Now;
        record.CompletedReason = why;
        run.Updated.Add(new ScanAction(ScanKinds.TaskCancelled, record.FollowUpId, record.EventId, subject, Detail: $"pending work cancelled: {why}"));
        if (!run.Request.DryRun)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CompleteTaskAsync(ScanRun run, FollowUpRecord record, FollowUpState state, string reason, string subject, string detail, CancellationToken cancellationToken, string? title = null)
    {
        run.Updated.Add(new ScanAction(state == FollowUpState.Cancelled ? ScanKinds.TaskCancelled : ScanKinds.TaskCompleted, $"statuscheck:{record.FollowUpId}", record.EventId, subject, ItemId: record.TaskId, Detail: detail));
        if (run.Request.DryRun)
        {
            return;
        }

        if (record.TaskId is not null && record.TaskListId is not null)
        {
            await gateway.UpdateTaskAsync(record.TaskListId, record.TaskId, new TaskUpdate(Completed: true, Title: title), cancellationToken).ConfigureAwait(false);
        }

        record.State = state;
        record.CompletedAt = run.Request.Now;
        record.CompletedReason = reason;
        record.UpdatedAt = run.Request.Now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An interview's own automation setting wins; otherwise the user's.</summary>
    private bool IsAutomatic(FollowUpRecord? record) => record?.AutoMode ?? Preferences.AutomaticByDefault;

    internal static bool SameEmployer(FollowUpRecord a, FollowUpRecord b)
    {
        static string[] Split(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (Split(a.EmployerDomains).Intersect(Split(b.EmployerDomains), StringComparer.OrdinalIgnoreCase).Any()
            || Split(a.EmployerAddresses).Intersect(Split(b.EmployerAddresses), StringComparer.OrdinalIgnoreCase).Any())
        {
            return true;
        }

        return a.Company is not null && b.Company is not null
            && string.Equals(Core.Text.PlainText.LettersAndDigits(a.Company), Core.Text.PlainText.LettersAndDigits(b.Company), StringComparison.Ordinal);
    }

    private static EmployerContacts EmployerOf(FollowUpRecord record) => new(
        record.EmployerDomains.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        record.EmployerAddresses.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        record.SchedulingAddress,
        record.Company);

    private static string SkipReason(InterviewAnalysis analysis) => analysis switch
    {
        { Classification.Kind: InterviewKind.NotInterview } => "not an interview: " + string.Join("; ", analysis.Classification.Reasons),
        { Classification.Kind: InterviewKind.Interviewer } => "you are the interviewer",
        { IsCancelled: true } => "cancelled",
        { NoContact: true } => $"the employer asked not to be contacted (\"{analysis.NoContactText}\")",
        _ => "nothing to do",
    };

    private static string MailboxIdOf(MailboxProfile profile) =>
        profile.UserId ?? profile.User.Email?.Normalized ?? "me";
}
