using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Core.Timelines;

namespace OutlookFollowUp.Core.Replies;

/// <summary>
/// Everything Core reads from one message for one interview's follow-up (<see cref="ReplyDetector.Read"/>): whether it
/// is the employer's reply, what it says, a new timeline it states, and, for an automatic reply from the employer, when
/// its sender is back.
/// </summary>
/// <param name="Verdict">What the message is (<see cref="ReplyDetector.Judge"/>, unchanged).</param>
/// <param name="Outcome">The reply's outcome; null unless <paramref name="Verdict"/> is <see cref="ReplyVerdict.EmployerReply"/>.</param>
/// <param name="Reasons">Plain sentences for the pane and the report; empty when the message is not the employer's.</param>
/// <param name="Evidence">The sentence that decided the outcome, or null.</param>
/// <param name="NewRespondBy">
/// A new response timeline, only for an <see cref="ReplyOutcome.Other"/> or <see cref="ReplyOutcome.Acknowledgement"/>
/// reply that states one (DESIGN.md: the due date moves to that date + 2 business days instead of completing).
/// </param>
/// <param name="Return">
/// For an automatic reply from the employer's side (same sender rules as a reply), the return date it gives, or null.
/// Whether it is the status-check recipient is the caller's test.
/// </param>
public sealed record ReplyReading(
    ReplyVerdict Verdict,
    ReplyOutcome? Outcome,
    IReadOnlyList<string> Reasons,
    string? Evidence,
    StatedTimeline? NewRespondBy,
    OutOfOfficeReturn? Return)
{
    /// <summary>
    /// True for an employer reply that completes the status check: any outcome but an acknowledgement, unless it states
    /// a new timeline (then <see cref="MovesStatusCheck"/>). DESIGN.md allows the move once: once a reply has moved the
    /// due date, the caller treats a later <see cref="MovesStatusCheck"/> reply that is not an acknowledgement as completing.
    /// </summary>
    public bool CompletesStatusCheck => Verdict == ReplyVerdict.EmployerReply && Outcome is not ReplyOutcome.Acknowledgement && NewRespondBy is null;

    /// <summary>True for an employer reply (other or acknowledgement) that states a new timeline: the due date moves.</summary>
    public bool MovesStatusCheck => Verdict == ReplyVerdict.EmployerReply && NewRespondBy is not null;

    /// <summary>True for a rejection: it also ends every pending follow-up with the employer.</summary>
    public bool IsRejection => Verdict == ReplyVerdict.EmployerReply && Outcome == ReplyOutcome.Rejection;

    /// <summary>The moved due date: the new timeline + the policy's grace business days (2 by default); null without one.</summary>
    public DateOnly? MovedDue(WorkWeek week, StatusCheckPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(week);
        return NewRespondBy is { } t && MovesStatusCheck ? week.AddBusinessDays(t.RespondBy, (policy ?? StatusCheckPolicy.Default).GraceBusinessDays) : null;
    }

    /// <summary>The deferred due date for an out-of-office return (<see cref="OutOfOfficeReader.DeferredDue"/>), or null for no change.</summary>
    public DateOnly? DeferredDue(DateOnly due, WorkWeek week) => Return is { } back ? OutOfOfficeReader.DeferredDue(due, back.FirstDayBack, week) : null;
}
