using System.Globalization;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Api.Interviews;

/// <summary>Which Outlook item the task pane is showing (its id converted with convertToRestId).</summary>
/// <param name="ItemId">The REST id of the appointment, or of the meeting-request message.</param>
/// <param name="ItemType">"appointment" (default) or "message".</param>
/// <param name="Notes">What the user discussed with each interviewer, by address; used for this answer only, never stored.</param>
public sealed record AnalyzeItemRequest(string? ItemId, string? ItemType, Dictionary<string, string>? Notes);

/// <summary>Drafts to create now.</summary>
/// <param name="Notes">Per-interviewer notes, by address (used, then forgotten).</param>
/// <param name="Recipients">Which of the proposed interviewers get a draft (default: all of them).</param>
/// <param name="Edits">The user's own subject and text, by address, replacing the proposal.</param>
public sealed record CreateDraftsRequest(Dictionary<string, string>? Notes, List<string>? Recipients, Dictionary<string, DraftEdit>? Edits);

/// <summary>The user's version of one draft.</summary>
public sealed record DraftEdit(string? Subject, string? BodyText);

/// <summary>Turns automation on or off for one interview (null: follow the user's setting).</summary>
public sealed record AutoModeRequest(bool? Enabled, string? EventId);

/// <summary>A new status-check date.</summary>
public sealed record StatusCheckDateRequest(string? Due);

/// <summary>A proposed thank-you draft.</summary>
public sealed record DraftView(string To, string? ToName, string Subject, string BodyText, DateTimeOffset CreateAt, DateTimeOffset SendBy, IReadOnlyList<string> Warnings, string Key);

/// <summary>The proposed status check.</summary>
public sealed record StatusCheckView(string Due, DateTimeOffset RemindAt, string? To, string? ToName, string Subject, string BodyText);

/// <summary>A draft already placed in Drafts.</summary>
public sealed record PlacedDraftView(string Kind, string Recipient, string Key, string MessageId, DateTimeOffset CreatedAt);

/// <summary>What the service tracks for an interview.</summary>
public sealed record TrackedView(
    string FollowUpId, string EventId, string? Role, string? Company, string State, DateTimeOffset InterviewEnd,
    string? RespondBy, string? StatusCheckDue, DateTimeOffset? RemindAt, string? StatusCheckTo, bool? AutoMode,
    bool DueSetByUser, string? CompletedReason, DateTimeOffset? CompletedAt, IReadOnlyList<PlacedDraftView> Drafts);

/// <summary>The analysis of one interview, and what the service already did for it.</summary>
public sealed record InterviewView(
    string EventId, string FollowUpId, string Subject, string Classification, IReadOnlyList<string> Reasons,
    string? Role, string? Company, bool NoContact, string? NoContactText, bool NoStatusInquiries, string? NoStatusInquiriesText, bool Cancelled, string InterviewEndDate,
    string? RespondBy, string? RespondByText, IReadOnlyList<DraftView> ThankYouDrafts, StatusCheckView? StatusCheck,
    IReadOnlyList<string> Warnings, string? NothingToDoBecause, TrackedView? Tracked);

/// <summary>The result for one draft created now.</summary>
public sealed record CreatedDraftView(string To, string Key, string? MessageId, string? WebLink, bool Created, IReadOnlyList<string> Warnings, string? Error);

/// <summary>Drafts created now and the reminder scheduled with them.</summary>
public sealed record CreateDraftsResult(IReadOnlyList<CreatedDraftView> Drafts, TrackedView Tracked);

internal static class Views
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static InterviewView Of(InterviewAnalysis a, FollowUpRecord? tracked) => new(
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
        a.ThankYouDrafts.Select(d => new DraftView(d.To.Address, d.To.DisplayName, d.Text.Subject, d.Text.BodyText, d.CreateAt, d.SendBy, d.Warnings, d.Key)).ToList(),
        a.StatusCheck is { } s ? new StatusCheckView(Date(s.Due), s.RemindAt, s.To?.Address, s.To?.DisplayName, s.Text.Subject, s.Text.BodyText) : null,
        a.Warnings,
        NothingToDo(a),
        tracked is null ? null : Of(tracked));

    public static TrackedView Of(FollowUpRecord r) => new(
        r.FollowUpId, r.EventId, r.Role, r.Company, r.State.ToString(), r.InterviewEnd,
        r.RespondBy is { } by ? Date(by) : null,
        r.StatusCheckDue is { } due ? Date(due) : null,
        r.RemindAt, r.StatusCheckTo, r.AutoMode, r.DueSetByUser, r.CompletedReason, r.CompletedAt,
        r.Drafts.OrderBy(d => d.Id).Select(d => new PlacedDraftView(d.Kind, d.Recipient, d.Key, d.MessageId, d.CreatedAt)).ToList());

    /// <summary>Why the product will not draft or remind, in words for the task pane; null when it will.</summary>
    public static string? NothingToDo(InterviewAnalysis a) => a switch
    {
        { NoContact: true, Classification.Kind: Core.Classification.InterviewKind.CandidateInterview } =>
            $"The employer asked candidates not to follow up (\"{a.NoContactText}\"), so there are no drafts and no reminder.",
        { IsCancelled: true } => "This interview was cancelled, so there is nothing to follow up.",
        { Classification.Kind: Core.Classification.InterviewKind.Interviewer } => "You are on the hiring side of this interview.",
        { Classification.Kind: Core.Classification.InterviewKind.NotInterview } => "This does not look like a job interview: " + string.Join("; ", a.Classification.Reasons) + ".",
        _ => null,
    };
}
