using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.UseCases;

/// <summary>What the user corrects: any part given (a null part is left as it is).</summary>
/// <param name="Facts">Role and company (an empty one goes back to what the invite says).</param>
/// <param name="Verdict">"This is (not) my interview".</param>
/// <param name="Interviewers">Interviewers who were not on the invite (the whole list).</param>
public sealed record Correction((string? Role, string? Company)? Facts = null, Verdict? Verdict = null, IReadOnlyList<EmailAddress>? Interviewers = null);

/// <summary>
/// The user corrects the product for one interview, and automation respects it afterwards: the role and company they
/// give, "this is / is not my interview" (not: its pending work is cancelled; is again: it goes on, its reminder
/// reopened), interviewers the invite did not list (they get a note box and a draft). Tracks the interview if needed.
/// </summary>
public sealed class CorrectInterviewUseCase(FollowUpEngine engine)
{
    /// <summary>The most interviewers the user may add.</summary>
    public const int MaxAddedInterviewers = 20;

    public async Task<UseCaseResult<FollowUpRecord>> ExecuteAsync(
        MailboxSession session, string followUpId, string? eventId, Correction correction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(correction);
        if (correction.Interviewers is { } added && (added.Count > MaxAddedInterviewers || added.Any(a => !a.IsWellFormed)))
        {
            return UseCaseResult<FollowUpRecord>.Invalid("added", $"Up to {MaxAddedInterviewers} interviewers, each with an email address such as name@company.com.");
        }

        CalendarEvent? calendarEvent = null;
        if (eventId is not null)
        {
            calendarEvent = await session.Gateway.GetEventAsync(eventId, cancellationToken).ConfigureAwait(false);
            if (calendarEvent is not null && calendarEvent.FollowUpId != followUpId)
            {
                calendarEvent = null;
            }
        }

        try
        {
            var run = await engine.RunAsync(
                session,
                token => engine.LoadAsync(session.MailboxId, [followUpId], token),
                records => Plan(session, records.GetValueOrDefault(followUpId), followUpId, calendarEvent, correction, now),
                now,
                ClaimMode.Wait,
                cancellationToken).ConfigureAwait(false);
            return run.Records.TryGetValue(followUpId, out var record)
                ? UseCaseResult<FollowUpRecord>.Ok(record)
                : UseCaseResult<FollowUpRecord>.NotFound(eventId is null
                    ? "This interview is not tracked yet; send its eventId to correct it."
                    : "No interview of yours has this id.");
        }
        catch (FollowUpEngine.BusyException)
        {
            return UseCaseResult<FollowUpRecord>.Busy();
        }
    }

    private static List<InterviewPlan> Plan(MailboxSession session, FollowUpRecord? record, string followUpId, CalendarEvent? calendarEvent, Correction correction, DateTimeOffset now)
    {
        var steps = new List<FollowUpStep>();
        if (record is null)
        {
            if (calendarEvent is null)
            {
                return [];
            }

            steps.Add(new TrackInterview(calendarEvent, session.Analyze(calendarEvent, now)));
        }

        steps.Add(new Correct(correction.Facts, correction.Verdict, correction.Interviewers));
        switch (correction.Verdict?.IsMyInterview)
        {
            case false when record is null || record.IsOpen:
                steps.Add(record is null
                    ? new CloseFollowUp(Closing.Cancel, "not-my-interview", "you said this is not your interview")
                    : FollowUpPlanner.Cancel(record, "not-my-interview"));
                break;
            case true or null when record is { State: FollowUpState.Cancelled, CompletedReason: "not-my-interview" or "no-longer-an-interview" }:
                steps.Add(new ChangeTask(TaskChange.Reopen, new TaskUpdate(Completed: false, Title: $"Check in about {record.Role ?? record.Company ?? "the interview"}"),
                    "reopened", "you said this is your interview"));
                break;
        }

        return [new InterviewPlan(followUpId, calendarEvent?.Id ?? record!.EventId, calendarEvent?.Subject ?? record?.Role ?? followUpId, steps)];
    }
}
