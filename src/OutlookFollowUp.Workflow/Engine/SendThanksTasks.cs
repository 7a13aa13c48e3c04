using System.Globalization;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Keys;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Graph.Gateway;

namespace OutlookFollowUp.Workflow.Engine;

/// <summary>
/// The "Send your thank-you notes" To Do task (DESIGN.md): after the job placed an interview's thank-you drafts, one
/// reminder within working hours and before <c>sendBy</c> (none left: two hours before it), due on sendBy's date.
/// </summary>
public static class SendThanksTasks
{
    /// <summary>The task for an interview whose drafts are placed at <paramref name="placedAt"/>.</summary>
    public static TaskRequest For(CalendarEvent calendarEvent, InterviewAnalysis analysis, DateTimeOffset placedAt, UserSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(schedule);
        var sendBy = analysis.ThankYouDrafts.Min(d => d.SendBy);
        var remindAt = SendThanksReminder.At(placedAt, sendBy, schedule, schedule.EndOfWorkingDay);
        var about = analysis.Role ?? analysis.Company ?? calendarEvent.Subject;
        var whom = string.Join(", ", analysis.ThankYouDrafts.Select(d => d.To.DisplayName ?? d.To.Address));
        var localSendBy = TimeZoneInfo.ConvertTime(sendBy, schedule.TimeZone);
        var body = $"Your thank-you drafts for {whom} are waiting in your Drafts folder. Read each one, add something specific "
            + $"from your conversation, and send it by {localSendBy.ToString("dddd, MMMM d 'at' HH:mm", CultureInfo.InvariantCulture)}. "
            + "This task completes itself once they have left Drafts.";
        return new TaskRequest(
            FollowUpKeys.SendThanksTask(analysis.FollowUpId),
            $"Send your thank-you notes ({about})",
            body,
            DateOnly.FromDateTime(localSendBy.DateTime),
            remindAt,
            calendarEvent.WebLink,
            calendarEvent.Subject);
    }
}
