using System.Globalization;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Replies;

public static partial class ReplyDetector
{
    /// <summary>
    /// Reads one message for one interview's follow-up: the verdict of <see cref="Judge"/>, and then, for the
    /// employer's reply, its outcome and any new timeline it states (relative to the local date it arrived), or, for an
    /// automatic reply from the employer's side, its return date.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="employer">The interview's employer.</param>
    /// <param name="user">The mailbox user.</param>
    /// <param name="interviewEnd">When the interview ended.</param>
    /// <param name="schedule">The user's zone (for the local date the message arrived) and working week with holidays.</param>
    /// <param name="dayFirst">True when numeric dates in the mailbox's locale are day first (<see cref="OutOfOfficeReader.WritesDayFirst"/>).</param>
    public static ReplyReading Read(InboundMessage message, EmployerContacts employer, MailboxUser user, DateTimeOffset interviewEnd, UserSchedule schedule, bool dayFirst = false)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var verdict = Judge(message, employer, user, interviewEnd);
        var receivedOn = schedule.LocalDate(message.ReceivedAt);
        var week = schedule.WorkWeek;
        switch (verdict)
        {
            case ReplyVerdict.EmployerReply:
            {
                var outcome = ReplyOutcomeClassifier.Classify(message);
                var reasons = outcome.Reasons.ToList();
                var timeline = outcome.Outcome is ReplyOutcome.Other or ReplyOutcome.Acknowledgement
                    ? ReplyTimeline.NewRespondBy(message, receivedOn, week)
                    : null;
                if (timeline is not null)
                {
                    reasons.Add($"It gives a new timeline (\"{timeline.Phrase}\"): {Day(timeline.RespondBy)}.");
                }

                return new ReplyReading(verdict, outcome.Outcome, reasons, outcome.Evidence, timeline, null);
            }

            case ReplyVerdict.AutomaticReply when IsFromEmployer(message, employer):
            {
                var back = OutOfOfficeReader.Read(message, receivedOn, week, dayFirst);
                var reason = back is null
                    ? "An automatic reply without a usable return date: nothing changes."
                    : $"An automatic reply says \"{back.Phrase}\": back on {Day(back.FirstDayBack)}.";
                return new ReplyReading(verdict, null, [reason], back?.Text, null, back);
            }

            default:
                return new ReplyReading(verdict, null, [], null, null, null);
        }
    }

    private static string Day(DateOnly date) => date.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture);
}
