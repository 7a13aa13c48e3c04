using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;
using OutlookFollowUp.Workflow.Tests.Infrastructure;
using static OutlookFollowUp.Workflow.Tests.Infrastructure.Interviews;

namespace OutlookFollowUp.Workflow.Tests.Scanning;

/// <summary>Moved, cancelled, later, unreadable and superseding interviews.</summary>
public abstract class CalendarChangeTests<TLedger>
    where TLedger : ITestLedgerKind
{
    [LedgerFact]
    public async Task Scan_MovedInterview_MovesItsTasksDueDate()
    {
        using var h = new ScanHarness(TLedger.Create(), [Fabrikam().Build()]);
        await h.ScanOkAsync(At(13));
        Assert.Equal("2026-11-18", h.State().Task(TaskKey("FABRIKAM1")).Due);

        // Rescheduled to Friday 13 (it happened then): five business days after that is Friday 20.
        h.Simulator.MoveEvent("FABRIKAM1", new DateTimeOffset(2026, 11, 13, 17, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 13, 18, 0, 0, TimeSpan.Zero));
        var report = await h.ScanOkAsync(At(14));

        var task = h.State().Task(TaskKey("FABRIKAM1"));
        Assert.Equal("2026-11-20", task.Due);
        Assert.Equal("2026-11-20T14:00", task.Reminder);
        Assert.Equal("notStarted", task.Status);
        Assert.Single(report.Updated, a => a.Kind == FollowUpKinds.TaskMoved);
        Assert.Single(h.State().StatusChecks);
        var record = Assert.Single(await h.RecordsAsync());
        Assert.Equal(new DateOnly(2026, 11, 20), record.StatusCheckDue);
    }

    [LedgerFact]
    public async Task Scan_MovedInterview_NoStatusCheckOnTheOldDueDate()
    {
        using var h = new ScanHarness(TLedger.Create(), [Fabrikam().Build()]);
        await h.ScanOkAsync(At(13));
        h.Simulator.MoveEvent("FABRIKAM1", new DateTimeOffset(2026, 11, 13, 17, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 13, 18, 0, 0, TimeSpan.Zero));

        await h.ScanOkAsync(At(18, 15));

        Assert.DoesNotContain(StatusCheckDraftKey("FABRIKAM1"), h.State().DraftKeys);
        await h.ScanOkAsync(At(20, 15));
        Assert.Contains(StatusCheckDraftKey("FABRIKAM1"), h.State().DraftKeys);
    }

    [LedgerFact]
    public async Task Scan_CancelledInterview_CancelsItsPendingTask()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build(), Fabrikam().Build()]);
        await h.ScanOkAsync(At(13));

        h.Simulator.CancelEvent("CONTOSO1");
        var report = await h.ScanOkAsync(At(18, 15));

        var task = h.State().Task(TaskKey("CONTOSO1"));
        Assert.Equal("completed", task.Status);
        Assert.StartsWith("[Cancelled]", task.Title, StringComparison.Ordinal);
        Assert.Single(report.Updated, a => a.Kind == FollowUpKinds.TaskCancelled);
        Assert.DoesNotContain(StatusCheckDraftKey("CONTOSO1"), h.State().DraftKeys);
        Assert.Contains(StatusCheckDraftKey("FABRIKAM1"), h.State().DraftKeys);
        Assert.Equal(FollowUpState.Cancelled, (await h.RecordsAsync()).Single(r => r.EventId == "CONTOSO1").State);
    }

    [LedgerFact]
    public async Task Scan_CancelledInterviewOutsideTheWindow_IsCancelledWhenItsCheckFallsDue()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build()]);
        await h.ScanOkAsync(At(13));

        h.Simulator.CancelEvent("CONTOSO1");
        await h.ScanOkAsync(At(20, 15), TimeSpan.FromDays(2));

        Assert.Equal("completed", h.State().Task(TaskKey("CONTOSO1")).Status);
        Assert.DoesNotContain(StatusCheckDraftKey("CONTOSO1"), h.State().DraftKeys);
    }

    [LedgerFact]
    public async Task Scan_DeletedInterview_IsCancelledWhenItsCheckFallsDue()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build()]);
        await h.ScanOkAsync(At(13));

        h.Simulator.DeleteEvent("CONTOSO1");
        await h.ScanOkAsync(At(20, 15));

        Assert.Equal("completed", h.State().Task(TaskKey("CONTOSO1")).Status);
        Assert.DoesNotContain(StatusCheckDraftKey("CONTOSO1"), h.State().DraftKeys);
        Assert.Equal(FollowUpState.Cancelled, Assert.Single(await h.RecordsAsync()).State);
    }

    [LedgerFact]
    public async Task Scan_InterviewEndingAfterNow_IsLeftForALaterRun()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build(), Northwind().Build()]);

        var early = await h.ScanOkAsync(new DateTimeOffset(2026, 11, 12, 14, 30, 0, TimeSpan.Zero));

        Assert.Contains(early.Skipped, s => s.EventId == "NORTHWIND1" && s.Reason.Contains("not ended", StringComparison.Ordinal));
        Assert.DoesNotContain(h.State().Drafts, d => d.Key.Contains("NORTHWIND1", StringComparison.Ordinal));
        Assert.DoesNotContain(await h.RecordsAsync(), r => r.EventId == "NORTHWIND1");

        var later = await h.ScanOkAsync(new DateTimeOffset(2026, 11, 12, 16, 0, 0, TimeSpan.Zero));

        Assert.Contains(later.Created, a => a.Key == ThankYouKey("NORTHWIND1", "olivia.hr@northwindtraders.com"));
        Assert.Contains(later.Created, a => a.Key == TaskKey("NORTHWIND1"));
        Assert.DoesNotContain(later.Created, a => a.EventId == "CONTOSO1");
    }

    [LedgerFact]
    public async Task Scan_UnreadableEvent_IsSkippedWithAWarningAndTheRestGoOn()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build(), Fabrikam().Build(), Northwind().Build()], finalHandler: () => new UnreadableEventInjector("FABRIKAM1"));

        var report = await h.ScanOkAsync(At(13));

        Assert.Contains(report.Warnings, w => w.Contains("FABRIKAM1", StringComparison.Ordinal) && w.Contains("skipped", StringComparison.Ordinal));
        Assert.DoesNotContain(h.State().Drafts, d => d.Key.Contains("FABRIKAM1", StringComparison.Ordinal));
        Assert.Contains(TaskKey("CONTOSO1"), h.State().Tasks.Select(t => t.Key));
        Assert.Contains(TaskKey("NORTHWIND1"), h.State().Tasks.Select(t => t.Key));
    }

    [LedgerFact]
    public async Task Scan_OpenFollowUpWhoseEventBecameUnreadable_IsSkippedWithAWarningAndTheOtherChecksArePlaced()
    {
        string? spoiled = null;
        using var h = new ScanHarness(
            TLedger.Create(),
            [Contoso().Build(), Fabrikam().Build(), Northwind().Build()],
            finalHandler: () => spoiled is null ? new SocketsHttpHandler() : new UnreadableEventInjector(spoiled));
        await h.ScanOkAsync(At(13));

        // After the due dates, out of the window: Fabrikam's event is read by id and can no longer be read.
        spoiled = "FABRIKAM1";
        var report = await h.ScanOkAsync(At(20, 15));

        Assert.Contains(report.Warnings, w => w.Contains("FABRIKAM1", StringComparison.Ordinal));
        Assert.Contains(StatusCheckDraftKey("CONTOSO1"), h.State().DraftKeys);
        Assert.Contains(StatusCheckDraftKey("NORTHWIND1"), h.State().DraftKeys);
        Assert.DoesNotContain(StatusCheckDraftKey("FABRIKAM1"), h.State().DraftKeys);
        Assert.Equal(FollowUpState.Scheduled, (await h.RecordsAsync()).Single(r => r.EventId == "FABRIKAM1").State);

        // Once it can be read again, a later run places its check.
        spoiled = null;
        await h.ScanOkAsync(At(21, 15));
        Assert.Contains(StatusCheckDraftKey("FABRIKAM1"), h.State().DraftKeys);
    }

    [LedgerFact]
    public async Task Scan_LaterInterviewWithTheSameEmployerInTheSameRun_OnlyTheLaterOneGetsACheck()
    {
        var first = Contoso("CONTOSO1").EndingAt(new DateTimeOffset(2026, 11, 5, 16, 0, 0, TimeSpan.Zero));
        var second = Contoso("CONTOSO2").WithSubject("Second interview: Data Analyst - Contoso").EndingAt(new DateTimeOffset(2026, 11, 11, 16, 0, 0, TimeSpan.Zero));
        using var h = new ScanHarness(TLedger.Create(), [first.Build(), second.Build()]);

        await h.ScanOkAsync(At(13), TimeSpan.FromDays(10));

        Assert.Equal([TaskKey("CONTOSO2")], h.State().StatusChecks.Select(t => t.Key));
        Assert.Contains(ThankYouKey("CONTOSO1", "amy.chen@contoso.com"), h.State().DraftKeys);
        Assert.Contains(ThankYouKey("CONTOSO2", "amy.chen@contoso.com"), h.State().DraftKeys);
        Assert.Equal(FollowUpState.Superseded, (await h.RecordsAsync()).Single(r => r.EventId == "CONTOSO1").State);
    }

    [LedgerFact]
    public async Task Scan_LaterInterviewWithTheSameEmployerInALaterRun_SupersedesTheEarlierPendingCheck()
    {
        var first = Contoso("CONTOSO1").EndingAt(new DateTimeOffset(2026, 11, 5, 16, 0, 0, TimeSpan.Zero));
        var second = Contoso("CONTOSO2").WithSubject("Second interview: Data Analyst - Contoso").EndingAt(new DateTimeOffset(2026, 11, 11, 16, 0, 0, TimeSpan.Zero));
        using var h = new ScanHarness(TLedger.Create(), [first.Build(), second.Build()]);
        await h.ScanOkAsync(At(6));
        Assert.Equal("notStarted", h.State().Task(TaskKey("CONTOSO1")).Status);

        var report = await h.ScanOkAsync(At(12));

        Assert.Equal("completed", h.State().Task(TaskKey("CONTOSO1")).Status);
        Assert.Equal("notStarted", h.State().Task(TaskKey("CONTOSO2")).Status);
        Assert.Single(h.State().StatusChecks, t => t.Status == "notStarted");
        Assert.Contains(report.Updated, a => a.Key == TaskKey("CONTOSO1") && a.Detail!.Contains("superseded", StringComparison.Ordinal));
        Assert.Equal(FollowUpState.Superseded, (await h.RecordsAsync()).Single(r => r.EventId == "CONTOSO1").State);

        // The earlier interview's check never falls due.
        await h.ScanOkAsync(At(24));
        Assert.DoesNotContain(StatusCheckDraftKey("CONTOSO1"), h.State().DraftKeys);
        Assert.Contains(StatusCheckDraftKey("CONTOSO2"), h.State().DraftKeys);
    }

    [LedgerFact]
    public async Task Scan_NoContactInterviewerSideAndNotInterviewEvents_GetNothing()
    {
        var events = new[]
        {
            Contoso("NOCONTACT1").WithSubject("Interview - Graphic Designer - Graphic Design Institute")
                .WithHtmlBody("<p>We ask that candidates do not contact the interviewers or send follow-up emails; we will contact you.</p>")
                .WithOrganizer("olga.ivanova@graphicdesigninstitute.com", "Olga Ivanova"),
            TestUtilities.GraphJson.GraphEventJson.Interview("INTERVIEWER1").WithSubject("Interview: Jordan Lee - Junior Analyst")
                .WithHtmlBody("<p>Candidate interview for the Junior Analyst opening. Interviewers: Ana Souza, Sam Lee. Please review the resume before the call.</p>")
                .OrganizedByMe().WithAttendee("jordan.lee@gmail.com", "Jordan Lee").WithAttendee("sam.lee@outlook.com", "Sam Lee")
                .EndingAt(At(11, 15)),
            TestUtilities.GraphJson.GraphEventJson.Interview("PODCAST1").WithSubject("Podcast interview - Contoso weekly").WithOrganizer("producer@contosopodcast.fm", "Producer").EndingAt(At(11, 16)),
            TestUtilities.GraphJson.GraphEventJson.Interview("MOCK1").WithSubject("Mock interview with career services").WithOrganizer("coach@careerservices.edu", "Coach").EndingAt(At(12, 16)),
            TestUtilities.GraphJson.GraphEventJson.Meeting("LUNCH1", "Lunch").EndingAt(At(12, 13)),
        };
        using var h = new ScanHarness(TLedger.Create(), events.Select(e => e.Build()));

        var report = await h.ScanOkAsync(At(13));

        Assert.Empty(report.Created);
        Assert.Empty(h.State().Drafts);
        Assert.Empty(h.State().Tasks);
        Assert.Empty(h.Writes());
        Assert.Equal(["INTERVIEWER1", "LUNCH1", "MOCK1", "NOCONTACT1", "PODCAST1"], report.Skipped.Select(s => s.EventId).Order(StringComparer.Ordinal));
        Assert.Contains(report.Skipped, s => s.EventId == "NOCONTACT1" && s.Reason.Contains("not to contact", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.EventId == "INTERVIEWER1" && s.Reason.Contains("hiring side", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.EventId == "PODCAST1" && s.Reason.StartsWith("This does not look like a job interview", StringComparison.Ordinal));
    }
}

public sealed class SqliteCalendarChangeTests : CalendarChangeTests<SqliteLedger>;

[RequiresPostgres]
public sealed class PostgresCalendarChangeTests : CalendarChangeTests<PostgresLedger>;
