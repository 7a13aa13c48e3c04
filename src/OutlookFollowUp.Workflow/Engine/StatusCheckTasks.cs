using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.Engine;

/// <summary>The To Do task that reminds the user of the status check: the same whether the scan or the task pane schedules it.</summary>
public static class StatusCheckTasks
{
    /// <summary>The task for an interview's status check (on the date the user set, when they set one).</summary>
    public static TaskRequest For(CalendarEvent calendarEvent, InterviewAnalysis analysis, FollowUpRecord? record)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        ArgumentNullException.ThrowIfNull(analysis);
        var check = analysis.StatusCheck!;
        var about = analysis.Role ?? analysis.Company ?? calendarEvent.Subject;
        var whom = check.To is { } to ? $"{to.DisplayName ?? to.Address} ({to.Address})" : "the recruiter (the invite named nobody to write to)";
        var timeline = analysis.Timeline is { } t ? $"They said: \"{t.Text}\"" : "They gave no timeline, so this waits a few working days.";
        var body = $"If {analysis.Company ?? "the employer"} has not replied by now, send one polite status check to {whom}. "
            + $"A draft will be waiting in your Drafts folder on the due date. {timeline} "
            + "If they already replied, this task completes itself.";
        return new TaskRequest(
            check.TaskKey,
            $"Check in about {about}",
            body,
            record is { DueSetByUser: true, StatusCheckDue: { } userDue } ? userDue : check.Due,
            record is { DueSetByUser: true, RemindAt: { } userRemind } ? userRemind : check.RemindAt,
            calendarEvent.WebLink,
            calendarEvent.Subject);
    }
}
