using OutlookFollowUp.Core.Classification;

namespace OutlookFollowUp.Core.Analysis;

/// <summary>
/// The one place that words, for a person, why an analysis leads to nothing to do or to no status check. The CLI, the
/// task pane and the scan report show these sentences as they are.
/// </summary>
public static class FollowUpReasons
{
    /// <summary>Why nothing is drafted or scheduled for a cancelled interview.</summary>
    public const string CancelledSentence = "The interview was cancelled, so there is nothing to draft or schedule.";

    /// <summary>Why there are no thank-you notes when the invite names nobody to write to.</summary>
    public const string NoInterviewersSentence =
        "The invite does not show who interviewed you (only a hiring system, or hidden attendees), so there is nobody to thank yet. Add the interviewers yourself.";

    /// <summary>Why there are no thank-you notes after a recorded (one-way) or AI interview.</summary>
    public const string OneWaySentence = "This was a recorded interview with nobody from the employer in it, so there is nobody to thank.";

    /// <summary>Why there is no status check when nobody on the invite can be asked.</summary>
    public const string NoStatusCheckRecipientSentence =
        "Nobody on the invite can be asked about your application, so there is no status-check reminder.";

    /// <summary>Why there is nothing to do when the user is on the hiring side.</summary>
    public const string InterviewerSentence = "You are on the hiring side of this interview, so there is nothing to follow up.";

    /// <summary>Why there is nothing to do for an event that is not a job interview.</summary>
    public const string NotInterviewSentence = "This does not look like a job interview, so there is nothing to follow up.";

    /// <summary>The employer asked not to be contacted at all.</summary>
    public static string NoContactSentence(string request) =>
        $"The employer asked candidates not to contact them (\"{Quote(request)}\"), so no thank-you notes or reminder are made.";

    /// <summary>The employer asked not to be asked about the status.</summary>
    public static string NoStatusInquiriesSentence(string request) =>
        $"The employer asked not to be asked about the status (\"{Quote(request)}\"), so there are thank-you notes but no status-check reminder.";

    /// <summary>
    /// Why the product does nothing for this event, or null when it has something to do (a thank-you note or a status
    /// check).
    /// </summary>
    public static string? NothingToDo(InterviewAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis switch
        {
            { Classification.Kind: InterviewKind.NotInterview } => NotInterviewSentence,
            { Classification.Kind: InterviewKind.Interviewer } => InterviewerSentence,
            { IsCancelled: true } => CancelledSentence,
            { NoContact: true } => NoContactSentence(analysis.NoContactText ?? ""),
            { ThankYouDrafts.Count: 0, StatusCheck: null } => analysis.Classification.IsOneWay ? OneWaySentence : NoInterviewersSentence,
            _ => null,
        };
    }

    /// <summary>Why this analysis has no status check, or null when it has one.</summary>
    public static string? NoStatusCheck(InterviewAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.StatusCheck is not null)
        {
            return null;
        }

        return analysis switch
        {
            { Classification.Kind: InterviewKind.NotInterview } => NotInterviewSentence,
            { Classification.Kind: InterviewKind.Interviewer } => InterviewerSentence,
            { IsCancelled: true } => CancelledSentence,
            { NoContact: true } => NoContactSentence(analysis.NoContactText ?? ""),
            { NoStatusInquiries: true } => NoStatusInquiriesSentence(analysis.NoStatusInquiriesText ?? ""),
            _ => NoStatusCheckRecipientSentence,
        };
    }

    private static string Quote(string request)
    {
        var t = request.Trim().TrimEnd('.', ';', ',');
        return t.Length <= 160 ? t : t[..157].TrimEnd() + "...";
    }
}
