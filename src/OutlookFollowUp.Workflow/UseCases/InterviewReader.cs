using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.UseCases;

/// <summary>Which kind of Outlook item the pane shows.</summary>
public enum ItemKind
{
    /// <summary>A calendar item (the invite in the calendar).</summary>
    Appointment,

    /// <summary>A meeting-request message in the inbox.</summary>
    Message,
}

/// <summary>An interview as the pane shows it: the event, its analysis, what the ledger tracks, and what became of placed drafts.</summary>
/// <param name="Event">The calendar event.</param>
/// <param name="Analysis">Its analysis (with the request's notes).</param>
/// <param name="Record">What the ledger tracks, or null.</param>
/// <param name="Drafts">What Graph holds of each placed draft now, by key (only when asked for).</param>
public sealed record InterviewReading(CalendarEvent Event, InterviewAnalysis Analysis, FollowUpRecord? Record, IReadOnlyDictionary<string, DraftCondition> Drafts);

/// <summary>Reads an interview for the pane (analyze, preview): no writes to Graph or the ledger.</summary>
public sealed class InterviewReader(FollowUpDbContext db)
{
    /// <summary>The interview behind an Outlook item, or null when no event can be found for it.</summary>
    /// <param name="session">The mailbox.</param>
    /// <param name="itemId">The item's REST id.</param>
    /// <param name="kind">Appointment or meeting-request message.</param>
    /// <param name="notes">The user's notes for this request (composed in, never stored).</param>
    /// <param name="now">The moment.</param>
    /// <param name="withDraftStates">Also look at the drafts already placed (one batched Graph read).</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <param name="facts">Role and company the user is typing (the live preview), over what the ledger keeps.</param>
    public async Task<InterviewReading?> ReadAsync(
        MailboxSession session, string itemId, ItemKind kind, IReadOnlyDictionary<string, string>? notes, DateTimeOffset now, bool withDraftStates, CancellationToken cancellationToken,
        (string? Role, string? Company)? facts = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        var calendarEvent = kind == ItemKind.Message
            ? await session.Gateway.GetEventOfMessageAsync(itemId, cancellationToken).ConfigureAwait(false)
            : await session.Gateway.GetEventAsync(itemId, cancellationToken).ConfigureAwait(false);
        if (calendarEvent is null)
        {
            return null;
        }

        var record = await db.FollowUps.AsNoTracking().Include(f => f.Drafts)
            .FirstOrDefaultAsync(f => f.MailboxId == session.MailboxId && f.FollowUpId == calendarEvent.FollowUpId, cancellationToken).ConfigureAwait(false);
        var overrides = record?.Overrides ?? new Core.Analysis.InterviewOverrides();
        if (facts is { } typed)
        {
            overrides = overrides with { Role = typed.Role ?? overrides.Role, Company = typed.Company ?? overrides.Company };
        }

        var analysis = session.Analyze(calendarEvent, now, notes, overrides: overrides.IsEmpty ? null : overrides);
        var conditions = withDraftStates && record is not null
            ? await ConditionsAsync(session, record, cancellationToken).ConfigureAwait(false)
            : new Dictionary<string, DraftCondition>(StringComparer.Ordinal);
        return new InterviewReading(calendarEvent, analysis, record, conditions);
    }

    /// <summary>What Graph holds now of the drafts a record placed, by key.</summary>
    internal static async Task<Dictionary<string, DraftCondition>> ConditionsAsync(MailboxSession session, FollowUpRecord record, CancellationToken cancellationToken)
    {
        var placed = record.Drafts.Where(d => d.State == DraftState.Placed).ToList();
        var result = new Dictionary<string, DraftCondition>(StringComparer.Ordinal);
        if (placed.Count == 0)
        {
            return result;
        }

        var states = await session.Gateway.GetMessageStatesAsync(placed.Select(d => d.MessageId).ToList(), cancellationToken).ConfigureAwait(false);
        foreach (var draft in placed)
        {
            result[draft.Key] = FollowUpPlanner.ConditionOf(draft, states.GetValueOrDefault(draft.MessageId));
        }

        return result;
    }

    /// <summary>The states Graph holds of a record's placed drafts, by message id.</summary>
    internal static async Task<IReadOnlyDictionary<string, MessageState?>> StatesAsync(MailboxSession session, FollowUpRecord? record, CancellationToken cancellationToken)
    {
        var ids = record?.Drafts.Where(d => d.State == DraftState.Placed).Select(d => d.MessageId).ToList() ?? [];
        return ids.Count == 0
            ? new Dictionary<string, MessageState?>(StringComparer.Ordinal)
            : await session.Gateway.GetMessageStatesAsync(ids, cancellationToken).ConfigureAwait(false);
    }
}
