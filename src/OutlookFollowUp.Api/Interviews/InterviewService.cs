using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Api.Activity;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Mailbox;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Drafting;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Api.Interviews;

/// <summary>The outcome of an interview operation: a value, or why not (mapped to ProblemDetails by the API).</summary>
internal sealed record Outcome<T>(T? Value, int Status = 200, string? Problem = null, IDictionary<string, string[]>? Errors = null)
{
    public static Outcome<T> Ok(T value) => new(value);

    public static Outcome<T> NotFound(string detail) => new(default, 404, detail);

    public static Outcome<T> Conflict(string detail) => new(default, 409, detail);

    public static Outcome<T> Invalid(string field, string message) => new(default, 400, "The request is not valid.", new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>
/// What the task pane asks about one interview: analyze it, create its drafts now (with the user's notes, edits and
/// chosen recipients), change its automation or its status-check date. Only ever for the calling user.
/// </summary>
internal sealed class InterviewService(
    ServiceDbContext db,
    IUserMailboxes mailboxes,
    UserAccounts accounts,
    ProfileCache profiles,
    ActivityRecorder activity,
    TimeProvider timeProvider)
{
    private const int MaxNotes = 50;
    private const int MaxNoteLength = 2000;
    private const int MaxSubjectLength = 255;
    private const int MaxBodyLength = 10_000;

    public async Task<Outcome<InterviewView>> AnalyzeAsync(ClaimsPrincipal caller, AnalyzeItemRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.ItemId) || request.ItemId.Length > 1024)
        {
            return Outcome<InterviewView>.Invalid("itemId", "the item's REST id is required (at most 1024 characters)");
        }

        var type = (request.ItemType ?? "appointment").Trim().ToLowerInvariant();
        if (type is not ("appointment" or "event" or "message"))
        {
            return Outcome<InterviewView>.Invalid("itemType", "appointment or message");
        }

        if (ValidateNotes(request.Notes) is { } notesProblem)
        {
            return Outcome<InterviewView>.Invalid("notes", notesProblem);
        }

        var user = await accounts.EnsureAsync(caller, cancellationToken).ConfigureAwait(false);
        using var mailbox = mailboxes.Open(user.Id, caller);
        try
        {
            var calendarEvent = type == "message"
                ? await mailbox.GetEventOfMessageAsync(request.ItemId, cancellationToken).ConfigureAwait(false)
                : await mailbox.GetEventAsync(request.ItemId, cancellationToken).ConfigureAwait(false);
            if (calendarEvent is null)
            {
                return Outcome<InterviewView>.NotFound("No calendar event was found for this item.");
            }

            var context = await ContextAsync(user, mailbox, request.Notes, cancellationToken).ConfigureAwait(false);
            var analysis = InterviewAnalyzer.Analyze(calendarEvent, context);
            var tracked = await TrackedAsync(user.Id, analysis.FollowUpId, cancellationToken).ConfigureAwait(false);
            return Outcome<InterviewView>.Ok(Views.Of(analysis, tracked));
        }
        finally
        {
            await activity.RecordAsync(user.Id, mailbox.RequestLog, CancellationToken.None).ConfigureAwait(false);
        }
    }

    public async Task<Outcome<CreateDraftsResult>> CreateDraftsAsync(ClaimsPrincipal caller, string? eventId, CreateDraftsRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(eventId) || eventId.Length > 1024)
        {
            return Outcome<CreateDraftsResult>.Invalid("eventId", "the event's REST id is required");
        }

        if (ValidateNotes(request.Notes) is { } notesProblem)
        {
            return Outcome<CreateDraftsResult>.Invalid("notes", notesProblem);
        }

        if (request.Edits is { } edits && edits.Values.Any(e => e is null || (e.Subject?.Length ?? 0) > MaxSubjectLength || (e.BodyText?.Length ?? 0) > MaxBodyLength))
        {
            return Outcome<CreateDraftsResult>.Invalid("edits", $"subjects up to {MaxSubjectLength} and texts up to {MaxBodyLength} characters");
        }

        var user = await accounts.EnsureAsync(caller, cancellationToken).ConfigureAwait(false);
        using var mailbox = mailboxes.Open(user.Id, caller);
        try
        {
            var calendarEvent = await mailbox.GetEventAsync(eventId, cancellationToken).ConfigureAwait(false);
            if (calendarEvent is null)
            {
                return Outcome<CreateDraftsResult>.NotFound("No calendar event has this id.");
            }

            var context = await ContextAsync(user, mailbox, request.Notes, cancellationToken).ConfigureAwait(false);
            var analysis = InterviewAnalyzer.Analyze(calendarEvent, context);
            if (Views.NothingToDo(analysis) is { } why)
            {
                return Outcome<CreateDraftsResult>.Conflict(why);
            }

            var proposed = analysis.ThankYouDrafts.ToDictionary(d => d.To.Address, StringComparer.OrdinalIgnoreCase);
            var chosen = request.Recipients?.Select(r => r.Trim().ToLowerInvariant()).Distinct().ToList() ?? [.. proposed.Keys];
            if (chosen.FirstOrDefault(r => !proposed.ContainsKey(r)) is { } stranger)
            {
                return Outcome<CreateDraftsResult>.Invalid("recipients", $"{stranger} is not one of this interview's interviewers");
            }

            var outgoing = chosen.Select(address => Compose(proposed[address], analysis, request, context)).ToList();
            var results = await mailbox.EnsureDraftsAsync(outgoing.Select(o => o.Request).ToList(), cancellationToken).ConfigureAwait(false);
            var record = await RecordAsync(user, calendarEvent, analysis, outgoing, results, cancellationToken).ConfigureAwait(false);
            await ScheduleAsync(mailbox, record, calendarEvent, analysis, cancellationToken).ConfigureAwait(false);

            var byKey = results.ToDictionary(r => r.Key, StringComparer.Ordinal);
            var views = outgoing.Select(o => byKey[o.Request.Key] is var r
                ? new CreatedDraftView(o.To, o.Request.Key, r.Item?.Id, r.Item?.WebLink, r.Item?.Created ?? false, o.Warnings, r.Error)
                : null).OfType<CreatedDraftView>().ToList();
            return Outcome<CreateDraftsResult>.Ok(new CreateDraftsResult(views, Views.Of(record)));
        }
        finally
        {
            await activity.RecordAsync(user.Id, mailbox.RequestLog, CancellationToken.None).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<TrackedView>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(caller)!;
        var records = await db.FollowUps.Include(f => f.Drafts)
            .Where(f => f.MailboxId == user.Key)
            .OrderByDescending(f => f.InterviewEnd)
            .Take(500)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return records.Select(Views.Of).ToList();
    }

    public async Task<TrackedView?> GetAsync(ClaimsPrincipal caller, string followUpId, CancellationToken cancellationToken)
    {
        var record = await TrackedAsync(CurrentUser.From(caller)!.Key, followUpId, cancellationToken).ConfigureAwait(false);
        return record is null ? null : Views.Of(record);
    }

    public async Task<Outcome<TrackedView>> SetAutoModeAsync(ClaimsPrincipal caller, string followUpId, AutoModeRequest request, CancellationToken cancellationToken)
    {
        var user = await accounts.EnsureAsync(caller, cancellationToken).ConfigureAwait(false);
        var record = await TrackedAsync(user.Id, followUpId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            if (string.IsNullOrWhiteSpace(request.EventId))
            {
                return Outcome<TrackedView>.NotFound("This interview is not tracked yet; send its eventId to start tracking it.");
            }

            using var mailbox = mailboxes.Open(user.Id, caller);
            try
            {
                var calendarEvent = await mailbox.GetEventAsync(request.EventId, cancellationToken).ConfigureAwait(false);
                if (calendarEvent is null || calendarEvent.FollowUpId != followUpId)
                {
                    return Outcome<TrackedView>.NotFound("No interview of yours has this id.");
                }

                var analysis = InterviewAnalyzer.Analyze(calendarEvent, await ContextAsync(user, mailbox, null, cancellationToken).ConfigureAwait(false));
                record = NewRecord(user.Id, calendarEvent, analysis);
                db.FollowUps.Add(record);
            }
            finally
            {
                await activity.RecordAsync(user.Id, mailbox.RequestLog, CancellationToken.None).ConfigureAwait(false);
            }
        }

        record.AutoMode = request.Enabled;
        record.UpdatedAt = timeProvider.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Outcome<TrackedView>.Ok(Views.Of(record));
    }

    public async Task<Outcome<TrackedView>> SetStatusCheckDateAsync(ClaimsPrincipal caller, string followUpId, StatusCheckDateRequest request, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(request.Due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            return Outcome<TrackedView>.Invalid("due", "a date as yyyy-MM-dd");
        }

        var user = await accounts.EnsureAsync(caller, cancellationToken).ConfigureAwait(false);
        var record = await TrackedAsync(user.Id, followUpId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return Outcome<TrackedView>.NotFound("No interview of yours has this id.");
        }

        if (!record.IsOpen)
        {
            return Outcome<TrackedView>.Conflict($"This follow-up is already {record.State.ToString().ToLowerInvariant()}.");
        }

        using var mailbox = mailboxes.Open(user.Id, caller);
        try
        {
            var profile = await profiles.GetAsync(user.Id, mailbox, cancellationToken).ConfigureAwait(false);
            var today = profile.Schedule.LocalDate(timeProvider.GetUtcNow());
            if (due < today || due > today.AddYears(1))
            {
                return Outcome<TrackedView>.Invalid("due", "from today up to a year ahead");
            }

            record.StatusCheckDue = due;
            record.RemindAt = profile.Schedule.StartOfWorkingHours(due);
            record.DueSetByUser = true;
            record.UpdatedAt = timeProvider.GetUtcNow();
            if (record.State == FollowUpState.StatusCheckDrafted && due > today)
            {
                record.State = FollowUpState.Scheduled;
            }

            if (record.TaskId is not null && record.TaskListId is not null)
            {
                await mailbox.UpdateTaskAsync(record.TaskListId, record.TaskId, new TaskUpdate(Due: due, RemindAt: record.RemindAt), cancellationToken).ConfigureAwait(false);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return Outcome<TrackedView>.Ok(Views.Of(record));
        }
        finally
        {
            await activity.RecordAsync(user.Id, mailbox.RequestLog, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<AnalysisContext> ContextAsync(UserAccount user, IMailboxGateway mailbox, IReadOnlyDictionary<string, string>? notes, CancellationToken cancellationToken)
    {
        var profile = await profiles.GetAsync(user.Id, mailbox, cancellationToken).ConfigureAwait(false);
        return new AnalysisContext(profile.User, profile.Schedule, notes, timeProvider.GetUtcNow(), user.Signature)
        {
            Policy = new StatusCheckPolicy(user.GraceDays, user.DefaultBusinessDays),
        };
    }

    private static (string To, DraftRequest Request, IReadOnlyList<string> Warnings) Compose(ThankYouDraft proposal, InterviewAnalysis analysis, CreateDraftsRequest request, AnalysisContext context)
    {
        var to = new EmailAddress(proposal.To.Address, proposal.To.DisplayName);
        if (request.Edits?.FirstOrDefault(e => string.Equals(e.Key, proposal.To.Address, StringComparison.OrdinalIgnoreCase)).Value is not { } edit)
        {
            return (proposal.To.Address, new DraftRequest(proposal.Key, proposal.Text.Subject, proposal.Text.BodyHtml, [to]), proposal.Warnings);
        }

        // The user's own words: escaped into HTML like everything else, and linted again.
        var subject = string.IsNullOrWhiteSpace(edit.Subject) ? proposal.Text.Subject : edit.Subject.Trim();
        var body = string.IsNullOrWhiteSpace(edit.BodyText) ? proposal.Text.BodyText : edit.BodyText.Trim();
        var hasNote = context.NoteFor(proposal.To.Address) is not null || body != proposal.Text.BodyText;
        var warnings = DraftLinter.Lint(new LintRequest(subject, body, proposal.To, analysis.Role, analysis.Company, hasNote));
        return (proposal.To.Address, new DraftRequest(proposal.Key, subject, DraftComposer.TextToHtml(body), [to]), warnings);
    }

    private async Task<FollowUpRecord> RecordAsync(
        UserAccount user, CalendarEvent calendarEvent, InterviewAnalysis analysis,
        List<(string To, DraftRequest Request, IReadOnlyList<string> Warnings)> outgoing, IReadOnlyList<EnsureResult> results, CancellationToken cancellationToken)
    {
        var record = await TrackedAsync(user.Id, analysis.FollowUpId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            record = NewRecord(user.Id, calendarEvent, analysis);
            db.FollowUps.Add(record);
        }

        var now = timeProvider.GetUtcNow();
        foreach (var result in results.Where(r => r.Item is not null))
        {
            if (record.Drafts.All(d => d.Key != result.Key))
            {
                var to = outgoing.First(o => o.Request.Key == result.Key).To;
                record.Drafts.Add(new DraftRecord { Key = result.Key, Kind = "thank-you", Recipient = to, MessageId = result.Item!.Id, CreatedAt = now });
            }
        }

        // The user chose the drafts here: automation does not add the ones they left out.
        if (record.State == FollowUpState.Detected && results.All(r => r.Item is not null))
        {
            record.State = FollowUpState.Drafted;
            record.DraftedAt = now;
        }

        record.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return record;
    }

    /// <summary>The one status-check reminder goes with the drafts, exactly as the automatic scan would schedule it.</summary>
    private async Task ScheduleAsync(IServiceMailbox mailbox, FollowUpRecord record, CalendarEvent calendarEvent, InterviewAnalysis analysis, CancellationToken cancellationToken)
    {
        if (record.State != FollowUpState.Drafted || record.TaskId is not null || analysis.StatusCheck is null)
        {
            return;
        }

        var listId = await mailbox.EnsureTaskListAsync(cancellationToken).ConfigureAwait(false);
        var task = Workflow.Scanning.StatusCheckTasks.For(calendarEvent, analysis, record);
        var result = (await mailbox.EnsureTasksAsync(listId, [task], cancellationToken).ConfigureAwait(false)).Single();
        if (result.Item is { } item)
        {
            record.TaskListId = listId;
            record.TaskId = item.Id;
            record.State = FollowUpState.Scheduled;
            record.ScheduledAt = timeProvider.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private FollowUpRecord NewRecord(string userId, CalendarEvent calendarEvent, InterviewAnalysis analysis)
    {
        var now = timeProvider.GetUtcNow();
        var record = new FollowUpRecord
        {
            MailboxId = userId,
            FollowUpId = analysis.FollowUpId,
            EventId = calendarEvent.Id,
            DetectedAt = now,
            State = FollowUpState.Detected,
        };
        Workflow.Scanning.ScanUseCase.ApplyFacts(record, calendarEvent, analysis, now);
        return record;
    }

    private Task<FollowUpRecord?> TrackedAsync(string userId, string followUpId, CancellationToken cancellationToken) =>
        db.FollowUps.Include(f => f.Drafts).FirstOrDefaultAsync(f => f.MailboxId == userId && f.FollowUpId == followUpId, cancellationToken);

    private static string? ValidateNotes(Dictionary<string, string>? notes)
    {
        if (notes is null)
        {
            return null;
        }

        if (notes.Count > MaxNotes)
        {
            return $"at most {MaxNotes} notes";
        }

        return notes.Any(n => n.Key.Length > 320 || (n.Value?.Length ?? 0) > MaxNoteLength)
            ? $"notes up to {MaxNoteLength} characters, keyed by address"
            : null;
    }
}
