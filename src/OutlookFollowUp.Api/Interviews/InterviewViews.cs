using System.Globalization;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.Core.Replies;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;
using OutlookFollowUp.Workflow.UseCases;

namespace OutlookFollowUp.Api.Interviews;

/// <summary>A draft already placed: where it is and what became of it.</summary>
/// <param name="MessageId">Graph's id of the draft.</param>
/// <param name="WebLink">A link that opens it (outside Outlook).</param>
/// <param name="State">placed, changed (the user edited it), sent, removed (by the user), taken-back, retired.</param>
public sealed record PlacedView(string MessageId, string? WebLink, string State);

/// <summary>A proposed thank-you draft, and the one already placed for that person if any.</summary>
public sealed record DraftView(string To, string? ToName, string Subject, string BodyText, DateTimeOffset CreateAt, DateTimeOffset SendBy, IReadOnlyList<string> Warnings, string Key, PlacedView? Placed);

/// <summary>The proposed status check.</summary>
public sealed record StatusCheckView(string Due, DateTimeOffset RemindAt, string? To, string? ToName, string Subject, string BodyText);

/// <summary>A draft placed in Drafts, as the ledger knows it.</summary>
public sealed record PlacedDraftView(string Kind, string Recipient, string Key, string MessageId, DateTimeOffset CreatedAt, string State, string? WebLink);

/// <summary>What the service tracks for an interview.</summary>
public sealed record TrackedView(
    string FollowUpId, string EventId, string? Role, string? Company, string State, DateTimeOffset InterviewEnd,
    string? RespondBy, string? StatusCheckDue, DateTimeOffset? RemindAt, string? StatusCheckTo, bool? AutoMode,
    bool DueSetByUser, string? CompletedReason, DateTimeOffset? CompletedAt, IReadOnlyList<PlacedDraftView> Drafts,
    string? DraftsPlacedBy, string? RoleOverride, string? CompanyOverride, bool? IsMyInterview, IReadOnlyList<InterviewerView> AddedInterviewers,
    string? EndedBecause, ReplyView? Reply, string? SendThanks, IReadOnlyList<FlagView> Flags);

/// <summary>The employer's reply that ended or moved the follow-up (the pane: "Fabrikam replied on Tue: next step").</summary>
/// <param name="Outcome">rejection, next-step, offer, request, acknowledgement or other.</param>
/// <param name="Label">The outcome in words ("next step", "reply" for other).</param>
/// <param name="From">Who replied: the company, else "The employer".</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="ReceivedOn">Its local date in the mailbox's zone, yyyy-MM-dd.</param>
/// <param name="MovedDue">True when it moved the status check instead of ending it (a new timeline).</param>
public sealed record ReplyView(string Outcome, string Label, string From, DateTimeOffset ReceivedAt, string ReceivedOn, bool MovedDue);

/// <summary>A draft left in Drafts that the user should look at before sending, and why.</summary>
public sealed record FlagView(string Kind, string To, string Key, string Reason);

/// <summary>An interviewer the user added.</summary>
public sealed record InterviewerView(string Address, string? Name);

/// <summary>The analysis of one interview, and what the service already did for it.</summary>
public sealed record InterviewView(
    string EventId, string FollowUpId, string Subject, string Classification, IReadOnlyList<string> Reasons,
    string? Role, string? Company, bool NoContact, string? NoContactText, bool NoStatusInquiries, string? NoStatusInquiriesText,
    bool Cancelled, string InterviewEndDate, string? RespondBy, string? RespondByText, IReadOnlyList<DraftView> ThankYouDrafts,
    StatusCheckView? StatusCheck, string? StatusCheckWhyNot, IReadOnlyList<string> Warnings, string? NothingToDoBecause,
    string TimeZone, IReadOnlyList<string> WorkingDays, HolidaysView Holidays, TrackedView? Tracked,
    string Language, string LanguageSource, string? InviteLanguage, string? MailboxLanguage);

/// <summary>Whose public holidays business days skip, and those holidays from the interview on (for the pane's date picker).</summary>
/// <param name="Country">ISO 3166 code, or null when none are skipped.</param>
/// <param name="Source">"mailbox" (the mailbox locale's region), "setting" (the user chose it) or "none".</param>
/// <param name="Dates">The holidays from the interview's day to 120 days later, yyyy-MM-dd.</param>
public sealed record HolidaysView(string? Country, string Source, IReadOnlyList<string> Dates);

/// <summary>The live preview: the drafts exactly as they would be placed now.</summary>
public sealed record PreviewView(IReadOnlyList<DraftView> ThankYouDrafts, IReadOnlyList<string> Warnings);

/// <summary>The result for one draft of a "Put drafts" request.</summary>
public sealed record CreatedDraftView(
    string To, string Key, string? MessageId, string? WebLink, bool Created, bool Updated, string Fate, string? NotUpdatedBecause, IReadOnlyList<string> Warnings, string? Error);

/// <summary>Drafts created now and the reminder scheduled with them.</summary>
public sealed record CreateDraftsResult(IReadOnlyList<CreatedDraftView> Drafts, TrackedView Tracked);

/// <summary>Drafts taken back, and the ones left in Drafts with the reason.</summary>
public sealed record TakeBackResult(IReadOnlyList<DraftNoticeView> Removed, IReadOnlyList<DraftNoticeView> Kept, TrackedView Tracked);

/// <summary>One draft's fate, in words.</summary>
public sealed record DraftNoticeView(string To, string Key, string Fate, string? Reason);

internal static class Views
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static InterviewView Of(InterviewReading reading, MailboxSession session)
    {
        var a = reading.Analysis;
        var record = reading.Record;
        var schedule = session.Profile.Schedule;
        return new InterviewView(
            a.EventId,
            a.FollowUpId,
            a.Subject,
            a.Classification.Label,
            a.Classification.Reasons,
            a.Role,
            a.Company,
            a.NoContact,
            a.NoContactText,
            a.NoStatusInquiries,
            a.NoStatusInquiriesText,
            a.IsCancelled,
            Date(a.InterviewEndDate),
            a.Timeline is { } t ? Date(t.RespondBy) : null,
            a.Timeline?.Text,
            Drafts(a, record, reading.Drafts),
            a.StatusCheck is { } s ? new StatusCheckView(Date(s.Due), s.RemindAt, s.To?.Address, s.To?.DisplayName, s.Text.Subject, s.Text.BodyText) : null,
            a.StatusCheck is null && FollowUpReasons.NothingToDo(a) is null ? FollowUpReasons.NoStatusCheck(a) : null,
            a.Warnings,
            FollowUpReasons.NothingToDo(a),
            IanaId(schedule.TimeZone),
            schedule.WorkWeek.Days.Select(d => d.ToString().ToLowerInvariant()).ToList(),
            new HolidaysView(session.Holidays.Country, session.Holidays.Source,
                schedule.WorkWeek.Holidays.Where(d => d >= a.InterviewEndDate && d <= a.InterviewEndDate.AddDays(120)).Order().Select(Date).ToList()),
            record is null ? null : Of(record, session),
            LanguageCodes.Code(a.Language),
            a.LanguageSource.ToString().ToLowerInvariant(),
            a.InviteLanguage is { } invite ? LanguageCodes.Code(invite) : null,
            a.MailboxLanguage is { } mailbox ? LanguageCodes.Code(mailbox) : null);
    }

    public static IReadOnlyList<DraftView> Drafts(InterviewAnalysis a, FollowUpRecord? record, IReadOnlyDictionary<string, DraftCondition>? conditions) =>
        a.ThankYouDrafts.Select(d => new DraftView(d.To.Address, d.To.DisplayName, d.Text.Subject, d.Text.BodyText, d.CreateAt, d.SendBy, d.Warnings, d.Key,
            record?.DraftFor(d.Key) is { } placed ? new PlacedView(placed.MessageId, placed.WebLink, StateOf(placed, conditions)) : null)).ToList();

    public static TrackedView Of(FollowUpRecord r, MailboxSession? session = null) => new(
        r.FollowUpId, r.EventId, r.Role, r.Company, r.State.ToString(), r.InterviewEnd,
        r.RespondBy is { } by ? Date(by) : null,
        r.StatusCheckDue is { } due ? Date(due) : null,
        r.RemindAt, r.StatusCheckTo, r.AutoMode, r.DueSetByUser, r.CompletedReason, r.CompletedAt,
        r.Drafts.OrderBy(d => d.Id).Select(d => new PlacedDraftView(d.Kind, d.Recipient, d.Key, d.MessageId, d.CreatedAt, StateOf(d, null), d.WebLink)).ToList(),
        r.DraftsPlacedBy?.ToString().ToLowerInvariant(),
        r.RoleOverride,
        r.CompanyOverride,
        r.IsMyInterview,
        r.AddedInterviewerList.Select(a => new InterviewerView(a.Address, a.Name)).ToList(),
        r.CompletedReason is "answered" or "withdrew" ? r.CompletedReason : null,
        ReplyOf(r, session),
        r.SendThanksTaskId is null ? null : r.SendThanksDoneAt is null ? "waiting" : "done",
        FlagsOf(r));

    private static ReplyView? ReplyOf(FollowUpRecord r, MailboxSession? session)
    {
        if (r.ReplyOutcome is not { } name || r.ReplyReceivedAt is not { } at)
        {
            return null;
        }

        var outcome = ReplyOutcomes.TryParse(name, out var parsed) ? parsed : ReplyOutcome.Other;
        var on = session?.Profile.Schedule.LocalDate(at) ?? DateOnly.FromDateTime(at.UtcDateTime);
        return new ReplyView(outcome.Name(), outcome.Label(), r.Company ?? "The employer", at, Date(on), r.State != FollowUpState.Completed && r.TimelineReplyId == r.ReplyMessageId);
    }

    /// <summary>
    /// Drafts to look at before sending: a status-check draft still in Drafts after the employer replied (the user had
    /// edited it, so it was kept), and thank-you drafts unsent after a rejection (kept: thanking is still polite).
    /// </summary>
    private static List<FlagView> FlagsOf(FollowUpRecord r)
    {
        var flags = new List<FlagView>();
        var replied = r.ReplyOutcome is not null && r.State == FollowUpState.Completed && r.CompletedReason is "reply" or "rejection";
        foreach (var d in r.Drafts.Where(d => d.State == DraftState.Placed).OrderBy(d => d.Id))
        {
            if (d.Kind == DraftKinds.StatusCheck && replied)
            {
                flags.Add(new FlagView(d.Kind, d.Recipient, d.Key, "The employer already replied: read their reply before you send this status check."));
            }
            else if (d.Kind == DraftKinds.ThankYou && r.ReplyOutcome == "rejection")
            {
                flags.Add(new FlagView(d.Kind, d.Recipient, d.Key, "The employer turned down your application. Sending this thank-you is still polite, and you may edit it."));
            }
        }

        return flags;
    }

    public static CreatedDraftView Of(PlacedDraftOutcome o) => new(o.To, o.Key, o.MessageId, o.WebLink, o.Created, o.Updated, o.Fate, o.NotUpdatedBecause, o.Warnings, o.Error);

    public static DraftNoticeView Of(DraftNotice n) => new(n.To, n.Key, n.Fate, n.Reason);

    /// <summary>placed, changed, sent, removed, taken-back, retired: what the pane says of a draft.</summary>
    private static string StateOf(DraftRecord draft, IReadOnlyDictionary<string, DraftCondition>? conditions) => draft.State switch
    {
        DraftState.Placed => conditions?.GetValueOrDefault(draft.Key) switch
        {
            DraftCondition.ChangedByUser => "changed",
            DraftCondition.Sent => "sent",
            DraftCondition.RemovedByUser => "removed",
            _ => "placed",
        },
        DraftState.TakenBack => "taken-back",
        DraftState.RemovedByUser => "removed",
        DraftState.Sent => "sent",
        DraftState.Retired => "retired",
        _ => "placed",
    };

    /// <summary>The zone as an IANA id, which the pane's Intl formatting understands.</summary>
    public static string IanaId(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (zone.HasIanaId)
        {
            return zone.Id;
        }

        return TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : "UTC";
    }
}
