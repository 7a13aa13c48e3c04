using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Drafting;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.UseCases;

/// <summary>The user's version of one draft.</summary>
public sealed record DraftEdit(string? Subject, string? BodyText);

/// <summary>"Put drafts in my Drafts folder": which interview, the user's notes, chosen recipients and edits.</summary>
/// <param name="EventId">The interview's event.</param>
/// <param name="Notes">What the user discussed with each interviewer, by address (used, then forgotten).</param>
/// <param name="Recipients">Which of the proposed interviewers get a draft (null: all of them).</param>
/// <param name="Edits">The user's own subject and text, by address, replacing the proposal.</param>
public sealed record PlaceDraftsRequest(string EventId, IReadOnlyDictionary<string, string>? Notes, IReadOnlyList<string>? Recipients, IReadOnlyDictionary<string, DraftEdit>? Edits);

/// <summary>What became of one requested draft.</summary>
/// <param name="To">The recipient.</param>
/// <param name="Key">The draft's key.</param>
/// <param name="MessageId">Graph's id of the draft, when there is one.</param>
/// <param name="WebLink">A link that opens it.</param>
/// <param name="Created">Placed by this request.</param>
/// <param name="Updated">An unchanged draft of ours was updated by this request (a note added later).</param>
/// <param name="Fate">placed, updated, unchanged, changed, sent, removed (<see cref="DraftFates"/>).</param>
/// <param name="NotUpdatedBecause">Why an existing draft was left as it is, in words.</param>
/// <param name="Warnings">The linter's warnings for the text.</param>
/// <param name="Error">Why Graph did not take it.</param>
public sealed record PlacedDraftOutcome(
    string To, string Key, string? MessageId, string? WebLink, bool Created, bool Updated, string Fate, string? NotUpdatedBecause, IReadOnlyList<string> Warnings, string? Error);

/// <summary>The drafts of one request, and the follow-up as it stands after it (the reminder is scheduled with them).</summary>
public sealed record PlaceDraftsResult(IReadOnlyList<PlacedDraftOutcome> Drafts, FollowUpRecord Record);

/// <summary>
/// The pane's "Put drafts in my Drafts folder": places the thank-you drafts (with notes, edits and the chosen
/// recipients), updates unchanged ones a later note changed, says which the user edited, sent or deleted, and schedules
/// the one status check with them — through the same planner and executor as the automatic job, under a claim, so a
/// double-click, two tabs or the background job racing it write each draft and the task once.
/// </summary>
public sealed class PlaceDraftsUseCase(FollowUpEngine engine, FollowUpDbContext db)
{
    /// <summary>The longest note for one interviewer.</summary>
    public const int MaxNoteLength = 600;

    /// <summary>The longest subject and text of an edited draft.</summary>
    public const int MaxSubjectLength = 255;

    /// <inheritdoc cref="MaxSubjectLength"/>
    public const int MaxBodyLength = 10_000;

    public async Task<UseCaseResult<PlaceDraftsResult>> ExecuteAsync(MailboxSession session, PlaceDraftsRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(request);
        var calendarEvent = await session.Gateway.GetEventAsync(request.EventId, cancellationToken).ConfigureAwait(false);
        if (calendarEvent is null)
        {
            return UseCaseResult<PlaceDraftsResult>.NotFound("No calendar event has this id.");
        }

        var followUpId = calendarEvent.FollowUpId;
        var known = await db.FollowUps.AsNoTracking().Include(f => f.Drafts)
            .FirstOrDefaultAsync(f => f.MailboxId == session.MailboxId && f.FollowUpId == followUpId, cancellationToken).ConfigureAwait(false);
        var analysis = session.Analyze(calendarEvent, now, request.Notes, known);
        if (FollowUpReasons.NothingToDo(analysis) is { } why)
        {
            return UseCaseResult<PlaceDraftsResult>.NothingToDo(why);
        }

        if (NoteRules.Check(analysis, request.Notes) is { } noteProblem)
        {
            return UseCaseResult<PlaceDraftsResult>.Invalid("notes", noteProblem);
        }

        var proposed = analysis.ThankYouDrafts.ToDictionary(d => d.To.Address, StringComparer.OrdinalIgnoreCase);
        var chosen = request.Recipients?.Select(r => r.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? [.. proposed.Keys];
        if (chosen.Count == 0)
        {
            return UseCaseResult<PlaceDraftsResult>.Invalid("recipients", "Choose at least one interviewer to write to.");
        }

        if (chosen.FirstOrDefault(r => !proposed.ContainsKey(r)) is { } stranger)
        {
            return UseCaseResult<PlaceDraftsResult>.Invalid("recipients", $"{stranger} is not one of this interview's interviewers.");
        }

        var context = session.Context(now, request.Notes, known?.Overrides);
        var composed = chosen.Select(address => Compose(proposed[address], analysis, request.Edits, context)).ToList();
        var states = await InterviewReader.StatesAsync(session, known, cancellationToken).ConfigureAwait(false);

        // What the employer already answered decides how the status check is scheduled (the same rules as the job's).
        IReadOnlyList<InboundMessage> replies = calendarEvent.End <= now && analysis.StatusCheck is not null
            ? await session.Gateway.GetMessagesReceivedSinceAsync(calendarEvent.End, cancellationToken).ConfigureAwait(false)
            : [];

        EngineRun run;
        try
        {
            run = await engine.RunAsync(
                session,
                token => engine.LoadAsync(session.MailboxId, [followUpId], token),
                records => Plan(records, calendarEvent, analysis, composed, states, replies, session, now, ChosenLanguage(session, known)),
                now,
                ClaimMode.Wait,
                cancellationToken).ConfigureAwait(false);
        }
        catch (FollowUpEngine.BusyException)
        {
            return UseCaseResult<PlaceDraftsResult>.Busy();
        }

        var record = run.Records.GetValueOrDefault(followUpId)
            ?? throw new InvalidOperationException("Placing drafts always tracks the interview.");
        var notices = run.Result.Notices.GetValueOrDefault(followUpId) ?? [];
        var outcomes = composed.Select(c =>
        {
            var notice = notices.LastOrDefault(n => n.Key == c.Request.Key);
            var draft = record.DraftFor(c.Request.Key);
            var created = run.Result.Created.Exists(a => a.Key == c.Request.Key);
            var updated = run.Result.Updated.Exists(a => a.Key == c.Request.Key && a.Kind == FollowUpKinds.DraftUpdated);
            var error = run.Result.Errors.FirstOrDefault(e => e.Contains(c.To, StringComparison.OrdinalIgnoreCase));
            return new PlacedDraftOutcome(c.To, c.Request.Key, draft?.MessageId, draft?.WebLink, created, updated,
                notice?.Fate ?? DraftFates.AlreadyThere, notice?.Reason, c.Warnings, error);
        }).ToList();
        return UseCaseResult<PlaceDraftsResult>.Ok(new PlaceDraftsResult(outcomes, record));
    }

    private static List<InterviewPlan> Plan(
        Dictionary<string, FollowUpRecord> records, CalendarEvent calendarEvent, InterviewAnalysis analysis,
        IReadOnlyList<ComposedDraft> composed, IReadOnlyDictionary<string, MessageState?> states,
        IReadOnlyList<InboundMessage> replies, MailboxSession session, DateTimeOffset now, string? language)
    {
        var followUpId = calendarEvent.FollowUpId;
        records.TryGetValue(followUpId, out var record);
        var notices = new List<DraftNotice>();
        var steps = new List<FollowUpStep> { new TrackInterview(calendarEvent, analysis) };
        if (language is not null)
        {
            // The status check and any later draft follow the language the user chose for these.
            steps.Add(new Correct(Language: language));
        }

        steps.AddRange(FollowUpPlanner.ThankYouSteps(record, composed, states, PlacedBy.Pane, notices));

        var others = new Dictionary<string, List<FollowUpStep>>(StringComparer.Ordinal);
        var holders = FollowUpPlanner.HoldersOf(records.Values.Where(r => r.FollowUpId != followUpId)).ToList();
        var answered = WaitingCheck.From(analysis, calendarEvent.End, record) is { } check
            ? new RepliesSoFar(ReplyPlanner.Decide(replies, check, session), records.Values, session, session.Today(now))
            : null;
        steps.AddRange(FollowUpPlanner.StatusCheckSteps(record, calendarEvent, analysis, holders, others, answered));

        var plans = new List<InterviewPlan> { new(followUpId, calendarEvent.Id, calendarEvent.Subject, steps, Notices: notices) };
        plans.AddRange(others.Select(o => new InterviewPlan(o.Key, records[o.Key].EventId, records[o.Key].Role ?? records[o.Key].FollowUpId, o.Value)));
        return plans;
    }

    /// <summary>The language the user chose in this request, when it is not already the one kept for the interview.</summary>
    private static string? ChosenLanguage(MailboxSession session, FollowUpRecord? known) =>
        session.DraftLanguage is { } chosen && Core.Languages.LanguageCodes.Code(chosen) is var code && !string.Equals(code, known?.LanguageOverride, StringComparison.Ordinal)
            ? code
            : null;

    /// <summary>The proposal, or the user's own words (escaped into HTML like everything else, and linted again).</summary>
    private static ComposedDraft Compose(ThankYouDraft proposal, InterviewAnalysis analysis, IReadOnlyDictionary<string, DraftEdit>? edits, AnalysisContext context)
    {
        var to = new EmailAddress(proposal.To.Address, proposal.To.DisplayName);
        var edit = edits?.FirstOrDefault(e => string.Equals(e.Key, proposal.To.Address, StringComparison.OrdinalIgnoreCase)).Value;
        if (edit is null || (string.IsNullOrWhiteSpace(edit.Subject) && string.IsNullOrWhiteSpace(edit.BodyText)))
        {
            return new ComposedDraft(new DraftRequest(proposal.Key, proposal.Text.Subject, proposal.Text.BodyHtml, [to]), proposal.To.Address, proposal.Warnings);
        }

        var subject = string.IsNullOrWhiteSpace(edit.Subject) ? proposal.Text.Subject : edit.Subject.Trim();
        var body = string.IsNullOrWhiteSpace(edit.BodyText) ? proposal.Text.BodyText : edit.BodyText.Trim();
        var hasNote = context.NoteFor(proposal.To.Address) is not null || body != proposal.Text.BodyText;
        var warnings = DraftLinter.Lint(new LintRequest(subject, body, proposal.To, analysis.Role, analysis.Company, hasNote));
        return new ComposedDraft(new DraftRequest(proposal.Key, subject, DraftComposer.TextToHtml(body), [to]), proposal.To.Address, warnings);
    }
}

/// <summary>Rules for the user's notes: they name the person a problem is about.</summary>
public static class NoteRules
{
    /// <summary>A sentence naming the interviewer whose note is too long, or null.</summary>
    public static string? Check(InterviewAnalysis analysis, IReadOnlyDictionary<string, string>? notes)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        foreach (var (address, note) in notes ?? new Dictionary<string, string>())
        {
            if (note is { Length: > PlaceDraftsUseCase.MaxNoteLength })
            {
                var name = analysis.Recipients.ThankYou.FirstOrDefault(r => string.Equals(r.Address, address.Trim(), StringComparison.OrdinalIgnoreCase))?.DisplayName ?? address;
                return $"Your note for {name} is {note.Length:N0} characters; keep each note under {PlaceDraftsUseCase.MaxNoteLength} characters.";
            }
        }

        return null;
    }
}
