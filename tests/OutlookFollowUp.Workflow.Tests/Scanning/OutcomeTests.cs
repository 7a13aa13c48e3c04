using OutlookFollowUp.Simulator;
using OutlookFollowUp.TestUtilities.GraphJson;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;
using OutlookFollowUp.Workflow.Tests.Infrastructure;
using static OutlookFollowUp.Workflow.Tests.Infrastructure.Interviews;

namespace OutlookFollowUp.Workflow.Tests.Scanning;

/// <summary>
/// What the employer answered decides what is still wanted (DESIGN.md, "outcome of a reply"): retirements and deferrals
/// happen once, on both paths, and a rerun changes nothing.
/// </summary>
public abstract class OutcomeTests<TLedger>
    where TLedger : ITestLedgerKind
{
    private const string Amy = "amy.chen@contoso.com";

    private static string SendThanksKey(string id) => $"sendthanks:{IcalPrefix}{id}";

    private static System.Text.Json.Nodes.JsonObject OutOfOffice(string from, string name, DateTimeOffset at, string preview) =>
        GraphMessageJson.From(from, name, at, "Automatic reply: Following up", preview, ("Auto-Submitted", "auto-replied"));

    /// <summary>Contoso's status check (due Tue 17) placed as a draft on the due date.</summary>
    private static async Task<ScanHarness> StatusCheckDraftedAsync()
    {
        var h = new ScanHarness(TLedger.Create(), [Contoso().Build(), Fabrikam().Build()]);
        await h.ScanOkAsync(At(13));
        await h.ScanOkAsync(At(17, 15));
        Assert.Contains(StatusCheckDraftKey("CONTOSO1"), h.State().DraftKeys);
        return h;
    }

    [LedgerFact]
    public async Task Scan_ReplyAfterTheStatusCheckDraftWasPlaced_RemovesTheUnchangedDraftAndCompletesTheTask()
    {
        using var h = await StatusCheckDraftedAsync();
        h.Simulator.AddInboxMessage(GraphMessageJson.From(Amy, "Amy Chen", At(17, 18), "RE: Interview", "Thanks for your patience. We would like to invite you to a second interview next week."));

        var report = await h.ScanOkAsync(At(18));

        Assert.DoesNotContain(StatusCheckDraftKey("CONTOSO1"), h.State().DraftKeys);
        Assert.Equal("completed", h.State().Task(TaskKey("CONTOSO1")).Status);
        Assert.Single(report.Updated, a => a.Kind == FollowUpKinds.DraftRemoved && a.Key == StatusCheckDraftKey("CONTOSO1") && a.Detail!.Contains("next step", StringComparison.Ordinal));
        Assert.Single(report.Updated, a => a.Kind == FollowUpKinds.TaskCompleted && a.Key == TaskKey("CONTOSO1") && a.Detail!.Contains("Contoso replied on Tue, Nov 17: next step", StringComparison.Ordinal));
        var record = await h.RecordAsync("CONTOSO1");
        Assert.Equal(FollowUpState.Completed, record.State);
        Assert.Equal("next-step", record.ReplyOutcome);
        Assert.Equal(global::OutlookFollowUp.Workflow.Ledger.DraftState.Retired, record.DraftFor(StatusCheckDraftKey("CONTOSO1"))!.State);
        Assert.Equal("notStarted", h.State().Task(TaskKey("FABRIKAM1")).Status);

        h.Simulator.ClearLog();
        var rerun = await h.ScanOkAsync(At(18, 14));
        Assert.Empty(rerun.Created);
        Assert.Empty(rerun.Updated);
        Assert.Empty(h.Writes());
    }

    [LedgerFact]
    public async Task Scan_ReplyAfterTheUserEditedTheStatusCheckDraft_KeepsItAndFlagsIt()
    {
        using var h = await StatusCheckDraftedAsync();
        h.Simulator.EditDraft(h.DraftId(StatusCheckDraftKey("CONTOSO1")), " I also wanted to share my portfolio.");
        h.Simulator.AddInboxMessage(GraphMessageJson.From(Amy, "Amy Chen", At(17, 18), "RE: Interview", "We would like to make you an offer for the Data Analyst position."));

        var report = await h.ScanOkAsync(At(18));

        Assert.Contains(StatusCheckDraftKey("CONTOSO1"), h.State().DraftKeys);
        Assert.Equal("completed", h.State().Task(TaskKey("CONTOSO1")).Status);
        var flag = Assert.Single(report.Flagged);
        Assert.Equal(StatusCheckDraftKey("CONTOSO1"), flag.Key);
        Assert.Contains("offer", flag.Reason, StringComparison.Ordinal);
        Assert.Contains("read their reply before you send it", flag.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Updated, a => a.Kind == FollowUpKinds.DraftRemoved);
        Assert.Equal("offer", (await h.RecordAsync("CONTOSO1")).ReplyOutcome);
    }

    [LedgerFact]
    public async Task Scan_RejectionWithTwoInterviewsAtOneEmployer_EndsAllItsPendingWorkAndKeepsTheThankYous()
    {
        var first = Contoso("CONTOSO1").EndingAt(new DateTimeOffset(2026, 11, 5, 16, 0, 0, TimeSpan.Zero));
        var second = Contoso("CONTOSO2").WithSubject("Second interview: Data Analyst - Contoso").EndingAt(new DateTimeOffset(2026, 11, 10, 16, 0, 0, TimeSpan.Zero));
        using var h = new ScanHarness(TLedger.Create(), [first.Build(), second.Build(), Fabrikam().Build()]);
        await h.ScanOkAsync(At(6));
        await h.ScanOkAsync(At(12));
        Assert.Equal(["notStarted", "notStarted"], h.State().SendThanks.Where(t => t.Key.Contains("CONTOSO", StringComparison.Ordinal)).Select(t => t.Status));
        var draftsBefore = h.State().Drafts.Count;
        h.Simulator.AddInboxMessage(GraphMessageJson.From("talent@contoso.com", "Contoso Talent", At(13, 9), "Your application",
            "Thank you for your time. Unfortunately, we have decided to move forward with other candidates."));

        var report = await h.ScanOkAsync(At(13, 12));

        var state = h.State();
        Assert.Equal("completed", state.Task(TaskKey("CONTOSO2")).Status);
        Assert.Equal("completed", state.Task(SendThanksKey("CONTOSO1")).Status);
        Assert.Equal("completed", state.Task(SendThanksKey("CONTOSO2")).Status);
        Assert.Equal("notStarted", state.Task(TaskKey("FABRIKAM1")).Status);
        Assert.Equal("notStarted", state.Task(SendThanksKey("FABRIKAM1")).Status);
        // Thanking after a rejection is still polite: every thank-you stays, flagged.
        Assert.Equal(draftsBefore, state.Drafts.Count);
        Assert.DoesNotContain(report.Updated, a => a.Kind == FollowUpKinds.DraftRemoved);
        Assert.Contains(report.Flagged, f => f.Key == ThankYouKey("CONTOSO1", Amy));
        Assert.Contains(report.Flagged, f => f.Key == ThankYouKey("CONTOSO2", Amy));
        Assert.All(report.Flagged, f => Assert.Contains("rejection", f.Reason, StringComparison.Ordinal));
        var second2 = await h.RecordAsync("CONTOSO2");
        Assert.Equal(FollowUpState.Completed, second2.State);
        Assert.Equal("rejection", second2.CompletedReason);
        Assert.Equal("rejection", second2.ReplyOutcome);
        Assert.Equal("rejection", (await h.RecordAsync("CONTOSO1")).ReplyOutcome);
        Assert.Equal(FollowUpState.Scheduled, (await h.RecordAsync("FABRIKAM1")).State);

        h.Simulator.ClearLog();
        await h.ScanOkAsync(At(13, 14));
        Assert.Empty(h.Writes());
    }

    [LedgerFact]
    public async Task Scan_OutOfOfficeFromTheRecipientReturningAfterTheDueDate_DefersTheCheckOnce()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build()]);
        await h.ScanOkAsync(At(13));
        h.Simulator.AddInboxMessage(OutOfOffice(Amy, "Amy Chen", At(14, 9), "I am out of the office until Monday, November 23, with limited access to email."));

        var report = await h.ScanOkAsync(At(16));

        var task = h.State().Task(TaskKey("CONTOSO1"));
        Assert.Equal("notStarted", task.Status);
        Assert.Equal("2026-11-24", task.Due);
        Assert.Equal("2026-11-24T14:00", task.Reminder);
        Assert.Single(report.Updated, a => a.Kind == FollowUpKinds.TaskMoved && a.Detail!.Contains("automatic reply", StringComparison.Ordinal) && a.Detail.Contains("2026-11-17 -> 2026-11-24", StringComparison.Ordinal));
        var record = await h.RecordAsync("CONTOSO1");
        Assert.Equal(new DateOnly(2026, 11, 24), record.StatusCheckDue);
        Assert.NotNull(record.AbsenceReplyId);

        // Once: a second absence changes nothing, and neither does the due date the invite gave.
        h.Simulator.AddInboxMessage(OutOfOffice(Amy, "Amy Chen", At(16, 9), "I am away until December 7."));
        h.Simulator.ClearLog();
        var again = await h.ScanOkAsync(At(17, 15));
        Assert.Empty(again.Updated);
        Assert.Empty(h.Writes());
        Assert.Equal("2026-11-24", h.State().Task(TaskKey("CONTOSO1")).Due);
        Assert.DoesNotContain(StatusCheckDraftKey("CONTOSO1"), h.State().DraftKeys);

        await h.ScanOkAsync(At(24, 15));
        Assert.Contains(StatusCheckDraftKey("CONTOSO1"), h.State().DraftKeys);
    }

    [LedgerFact]
    public async Task Scan_OutOfOfficeBeforeTheDueDateOrFromSomeoneElse_ChangesNothing()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build()]);
        await h.ScanOkAsync(At(13));
        h.Simulator.AddInboxMessage(OutOfOffice(Amy, "Amy Chen", At(13, 14), "I am out of the office until Monday, November 16."));
        h.Simulator.AddInboxMessage(OutOfOffice("raj.mehta@contoso.com", "Raj Mehta", At(13, 15), "I am on leave until December 1."));
        h.Simulator.AddInboxMessage(OutOfOffice(Amy, "Amy Chen", At(13, 16), "Thank you for your message. I am currently out of the office."));

        var report = await h.ScanOkAsync(At(16));

        Assert.Empty(report.Updated);
        Assert.Equal("2026-11-17", h.State().Task(TaskKey("CONTOSO1")).Due);
        Assert.Null((await h.RecordAsync("CONTOSO1")).AbsenceReplyId);
    }

    [LedgerFact]
    public async Task Scan_ReplyWithANewTimeline_MovesTheDueDateOnceThenTheNextReplyCompletes()
    {
        using var h = new ScanHarness(TLedger.Create(), [Fabrikam().Build()]);
        await h.ScanOkAsync(At(13));
        h.Simulator.AddInboxMessage(GraphMessageJson.From("wei.zhang@fabrikam.com", "Zhang, Wei", At(13, 15), "RE: Thank you",
            "Thanks for your note! We are still talking to candidates and will have an update for you by Friday, November 20."));

        var report = await h.ScanOkAsync(At(16));

        var task = h.State().Task(TaskKey("FABRIKAM1"));
        Assert.Equal("notStarted", task.Status);
        Assert.Equal("2026-11-24", task.Due);
        Assert.Single(report.Updated, a => a.Kind == FollowUpKinds.TaskMoved && a.Detail!.Contains("new timeline", StringComparison.Ordinal));
        var record = await h.RecordAsync("FABRIKAM1");
        Assert.Equal(FollowUpState.Scheduled, record.State);
        Assert.NotNull(record.TimelineReplyId);
        Assert.Equal("acknowledgement", record.ReplyOutcome);

        // The invite's own date (Wed 18) no longer applies.
        await h.ScanOkAsync(At(19, 15));
        Assert.DoesNotContain(StatusCheckDraftKey("FABRIKAM1"), h.State().DraftKeys);
        Assert.Equal("2026-11-24", h.State().Task(TaskKey("FABRIKAM1")).Due);

        h.Simulator.AddInboxMessage(GraphMessageJson.From("wei.zhang@fabrikam.com", "Zhang, Wei", At(20, 15), "Next steps",
            "Thanks for waiting. We'd like to move you forward to the final round."));
        await h.ScanOkAsync(At(21));

        Assert.Equal("completed", h.State().Task(TaskKey("FABRIKAM1")).Status);
        Assert.Equal("next-step", (await h.RecordAsync("FABRIKAM1")).ReplyOutcome);
    }

    [LedgerFact]
    public async Task Scan_AcknowledgementOnly_LeavesTheCheckAsItWas()
    {
        using var h = new ScanHarness(TLedger.Create(), [Fabrikam().Build()]);
        await h.ScanOkAsync(At(13));
        h.Simulator.AddInboxMessage(GraphMessageJson.From("wei.zhang@fabrikam.com", "Zhang, Wei", At(13, 15), "RE: Thank you", "Thank you for your note! Best, Wei"));

        var report = await h.ScanOkAsync(At(16));

        Assert.Empty(report.Updated);
        Assert.Equal("notStarted", h.State().Task(TaskKey("FABRIKAM1")).Status);
        Assert.Equal(FollowUpState.Scheduled, (await h.RecordAsync("FABRIKAM1")).State);
    }

    [LedgerFact]
    public async Task Scan_AfterTheJobPlacedTheDrafts_RemindsToSendThemWithinWorkingHoursBeforeSendBy()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build()]);

        // Contoso ends Tue 10 Nov 16:00 UTC (11:00 in New York); the drafts are placed at 17:00 UTC.
        var report = await h.ScanOkAsync(At(10, 17));

        var task = Assert.Single(h.State().SendThanks);
        Assert.Equal(SendThanksKey("CONTOSO1"), task.Key);
        Assert.Equal("2026-11-10T18:00", task.Reminder); // an hour to send them unprompted, within working hours
        Assert.Equal("2026-11-11", task.Due);
        Assert.Equal("notStarted", task.Status);
        Assert.StartsWith("Send your thank-you notes", task.Title, StringComparison.Ordinal);
        Assert.Single(report.Created, a => a.Kind == FollowUpKinds.SendThanksTask);
        Assert.NotNull((await h.RecordAsync("CONTOSO1")).SendThanksTaskId);
    }

    [LedgerFact]
    public async Task Scan_DraftsPlacedLateInTheDay_RemindUntilTheMailboxsEndOfWorkingHours()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build()]);

        // Placed at 16:15 in New York; the sample mailbox works until 17:30, so an hour later is still working time.
        await h.ScanOkAsync(new DateTimeOffset(2026, 11, 10, 21, 15, 0, TimeSpan.Zero));

        Assert.Equal("2026-11-10T22:15", Assert.Single(h.State().SendThanks).Reminder);
    }

    [LedgerFact]
    public async Task Scan_UserSentOneThankYouThenDeletedTheOther_CompletesTheReminderOnlyThen()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build()]);
        await h.ScanOkAsync(At(10, 17));
        h.Simulator.SendDraft(h.DraftId(ThankYouKey("CONTOSO1", Amy)));

        await h.ScanOkAsync(At(10, 19));
        Assert.Equal("notStarted", h.State().Task(SendThanksKey("CONTOSO1")).Status);

        h.Simulator.DeleteDraftInOutlook(h.DraftId(ThankYouKey("CONTOSO1", "raj.mehta@contoso.com")));
        var report = await h.ScanOkAsync(At(10, 21));

        Assert.Equal("completed", h.State().Task(SendThanksKey("CONTOSO1")).Status);
        Assert.Single(report.Updated, a => a.Key == SendThanksKey("CONTOSO1") && a.Detail == "your thank-you drafts have left Drafts (1 sent, 1 deleted)");
        var record = await h.RecordAsync("CONTOSO1");
        Assert.NotNull(record.SendThanksDoneAt);
        Assert.Equal(global::OutlookFollowUp.Workflow.Ledger.DraftState.Sent, record.DraftFor(ThankYouKey("CONTOSO1", Amy))!.State);
        Assert.Equal(global::OutlookFollowUp.Workflow.Ledger.DraftState.RemovedByUser, record.DraftFor(ThankYouKey("CONTOSO1", "raj.mehta@contoso.com"))!.State);
        Assert.Equal("notStarted", h.State().Task(TaskKey("CONTOSO1")).Status);

        h.Simulator.ClearLog();
        await h.ScanOkAsync(At(11, 12));
        Assert.Empty(h.Writes());
    }

    [LedgerFact]
    public async Task PlaceDrafts_FromThePane_NeverGetsASendThanksReminder()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build()]);

        var placed = await h.PlaceDraftsAsync("CONTOSO1", At(10, 17));
        await h.ScanOkAsync(At(10, 18));

        Assert.Equal(OutlookFollowUp.Workflow.UseCases.UseCaseStatus.Done, placed.Status);
        Assert.Empty(h.State().SendThanks);
        Assert.Single(h.State().StatusChecks);
    }

    [LedgerFact]
    public async Task PlaceDrafts_AfterTheEmployerAlreadyRejected_SchedulesTheCheckCompletedWithTheOutcome()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build()]);
        h.Simulator.AddInboxMessage(GraphMessageJson.From(Amy, "Amy Chen", At(11, 9), "Your application", "We regret to inform you that we will not be moving forward."));

        var placed = await h.PlaceDraftsAsync("CONTOSO1", At(11, 12));

        Assert.Equal(OutlookFollowUp.Workflow.UseCases.UseCaseStatus.Done, placed.Status);
        Assert.Equal("completed", h.State().Task(TaskKey("CONTOSO1")).Status);
        var record = await h.RecordAsync("CONTOSO1");
        Assert.Equal("rejection", record.CompletedReason);
        Assert.Equal("rejection", record.ReplyOutcome);
        Assert.Equal(2, h.State().Drafts.Count);
    }

    [LedgerFact]
    public async Task PlaceDrafts_AfterAReplyWithANewTimeline_SchedulesTheCheckOnTheMovedDate()
    {
        using var h = new ScanHarness(TLedger.Create(), [Fabrikam().Build()]);
        h.Simulator.AddInboxMessage(GraphMessageJson.From("wei.zhang@fabrikam.com", "Zhang, Wei", At(12, 9), "RE: Interview",
            "Thanks for your note! We will have an update for you by Friday, November 20."));

        await h.PlaceDraftsAsync("FABRIKAM1", At(12, 12));
        await h.ScanOkAsync(At(19, 15));

        Assert.Equal("2026-11-24", h.State().Task(TaskKey("FABRIKAM1")).Due);
        Assert.DoesNotContain(StatusCheckDraftKey("FABRIKAM1"), h.State().DraftKeys);
    }

    [LedgerFact]
    public async Task Scan_LostLedgerAfterARejection_RebuildsWithoutWritingAnything()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build(), Fabrikam().Build()]);
        await h.ScanOkAsync(At(13));
        h.Simulator.AddInboxMessage(GraphMessageJson.From(Amy, "Amy Chen", At(14, 9), "Update", "Unfortunately, we will not be moving forward with your application."));
        await h.ScanOkAsync(At(14, 12));
        var before = h.State().Describe();

        h.Ledger.Dispose();
        h.Ledger = TLedger.Create();
        h.Simulator.ClearLog();
        var report = await h.ScanOkAsync(At(14, 13));

        Assert.Equal(before, h.State().Describe());
        Assert.Empty(report.Created);
        Assert.Empty(h.Writes());
        Assert.Equal("rejection", (await h.RecordAsync("CONTOSO1")).CompletedReason);
    }

    [LedgerFact]
    public async Task Scan_RepliesUnderSustainedThrottling_EndInTheStateOfACleanRun()
    {
        async Task<ScanHarness> RunAsync(bool faults)
        {
            var h = new ScanHarness(TLedger.Create(), [Contoso().Build(), Fabrikam().Build(), Northwind().Build()]);
            if (faults)
            {
                h.Simulator.SetRecurringFaults(RecurringFaults.SustainedThrottling(TimeSpan.FromSeconds(1)));
            }

            await h.ScanOkAsync(At(13));
            h.Simulator.AddInboxMessage(GraphMessageJson.From(Amy, "Amy Chen", At(14, 9), "Update", "Unfortunately, we will not be moving forward."));
            h.Simulator.AddInboxMessage(GraphMessageJson.From("wei.zhang@fabrikam.com", "Zhang, Wei", At(14, 10), "RE: Thank you", "Thanks for your note! We will have an update for you by November 20."));
            h.Simulator.AddInboxMessage(OutOfOffice("olivia.hr@northwindtraders.com", "Olivia Brown", At(14, 11), "I am out of the office until November 30."));
            await h.ScanOkAsync(At(16));
            await h.ScanOkAsync(At(19, 15));
            return h;
        }

        using var clean = await RunAsync(faults: false);
        using var faulty = await RunAsync(faults: true);

        Assert.Equal(clean.State().Describe(), faulty.State().Describe());
        Assert.Contains(faulty.Simulator.GetRequestLog(), e => e.StatusCode == 429);
    }
}

public sealed class SqliteOutcomeTests : OutcomeTests<SqliteLedger>;

[RequiresPostgres]
public sealed class PostgresOutcomeTests : OutcomeTests<PostgresLedger>;
