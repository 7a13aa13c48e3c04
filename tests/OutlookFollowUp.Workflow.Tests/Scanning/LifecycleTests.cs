using OutlookFollowUp.TestUtilities.GraphJson;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;
using OutlookFollowUp.Workflow.Tests.Infrastructure;
using static OutlookFollowUp.Workflow.Tests.Infrastructure.Interviews;

namespace OutlookFollowUp.Workflow.Tests.Scanning;

/// <summary>The job across time: after the interviews, after the due dates, reruns, lost ledgers, dry runs.</summary>
public abstract class LifecycleTests<TLedger>
    where TLedger : ITestLedgerKind
{
    private static ScanHarness Harness(IEnumerable<System.Text.Json.Nodes.JsonObject>? events = null, IEnumerable<System.Text.Json.Nodes.JsonObject>? inbox = null) =>
        new(TLedger.Create(), events ?? [Contoso().Build(), Fabrikam().Build(), Northwind().Build()], inbox);

    [LedgerFact]
    public async Task Scan_AfterTheInterviewsThenAfterTheDueDates_DraftsAndTasksThenRepliesCompleteAndOneStatusCheckEach()
    {
        using var h = Harness();

        // First run, the day after the interviews: thank-you drafts and status-check tasks.
        var first = await h.ScanOkAsync(At(13));

        Assert.Equal(
            [ThankYouKey("CONTOSO1", "amy.chen@contoso.com"), ThankYouKey("CONTOSO1", "raj.mehta@contoso.com"), ThankYouKey("FABRIKAM1", "wei.zhang@fabrikam.com"), ThankYouKey("NORTHWIND1", "olivia.hr@northwindtraders.com")],
            h.State().DraftKeys);
        Assert.Equal(4, first.Created.Count(a => a.Kind == FollowUpKinds.ThankYouDraft));
        Assert.Equal(3, first.Created.Count(a => a.Kind == FollowUpKinds.StatusCheckTask));
        Assert.Equal(("2026-11-17", "notStarted", "2026-11-17T14:00"), Due(h.State().Task(TaskKey("CONTOSO1"))));
        Assert.Equal(("2026-11-18", "notStarted", "2026-11-18T14:00"), Due(h.State().Task(TaskKey("FABRIKAM1"))));
        Assert.Equal(("2026-11-19", "notStarted", "2026-11-19T14:00"), Due(h.State().Task(TaskKey("NORTHWIND1"))));
        Assert.All(await h.RecordsAsync(), r => Assert.Equal(FollowUpState.Scheduled, r.State));

        // Contoso answers before its due date, from an address nobody was invited from.
        h.Simulator.AddInboxMessage(GraphMessageJson.From("recruiting@contoso.com", "Contoso Recruiting", At(14, 10), "Your application", "We would like to invite you to a second round."));

        // Second run, after every due date; the interviews are now outside the window and come from the ledger.
        var second = await h.ScanOkAsync(At(20, 15));

        var state = h.State();
        Assert.Equal("completed", state.Task(TaskKey("CONTOSO1")).Status);
        Assert.Equal("notStarted", state.Task(TaskKey("FABRIKAM1")).Status);
        Assert.Equal("notStarted", state.Task(TaskKey("NORTHWIND1")).Status);
        Assert.Single(state.Drafts, d => d.Key == StatusCheckDraftKey("FABRIKAM1") && d.To == "wei.zhang@fabrikam.com");
        Assert.Single(state.Drafts, d => d.Key == StatusCheckDraftKey("NORTHWIND1") && d.To == "olivia.hr@northwindtraders.com");
        Assert.DoesNotContain(StatusCheckDraftKey("CONTOSO1"), state.DraftKeys);
        Assert.Equal([StatusCheckDraftKey("FABRIKAM1"), StatusCheckDraftKey("NORTHWIND1")], second.Created.Select(a => a.Key).Order(StringComparer.Ordinal));
        Assert.Single(second.Updated, a => a.Kind == FollowUpKinds.TaskCompleted && a.Key == TaskKey("CONTOSO1"));

        // Third run: nothing is due twice.
        h.Simulator.ClearLog();
        var third = await h.ScanOkAsync(At(21, 15));
        Assert.Empty(third.Created);
        Assert.Empty(h.Writes());
        Assert.Equal(6, h.State().Drafts.Count);

        // Fabrikam answers after its status check was drafted: the task completes, Northwind's stays open.
        h.Simulator.AddInboxMessage(GraphMessageJson.From("wei.zhang@fabrikam.com", "Zhang, Wei", At(22, 9), "RE: Following up", "Thanks for checking in. We would like to invite you to a final interview with our design lead."));
        await h.ScanOkAsync(At(23, 15));

        Assert.Equal("completed", h.State().Task(TaskKey("FABRIKAM1")).Status);
        Assert.Equal("notStarted", h.State().Task(TaskKey("NORTHWIND1")).Status);
        var records = (await h.RecordsAsync()).ToDictionary(r => r.EventId);
        Assert.Equal(FollowUpState.Completed, records["CONTOSO1"].State);
        Assert.Equal(FollowUpState.Completed, records["FABRIKAM1"].State);
        Assert.Equal(FollowUpState.StatusCheckDrafted, records["NORTHWIND1"].State);
    }

    [LedgerFact]
    public async Task Scan_ReminderCompletedByTheUser_GetsNoStatusCheckDraft()
    {
        using var h = Harness();
        await h.ScanOkAsync(At(13));
        await h.CompleteTaskByHandAsync(TaskKey("FABRIKAM1"));

        var second = await h.ScanOkAsync(At(20, 15));

        Assert.DoesNotContain(StatusCheckDraftKey("FABRIKAM1"), h.State().DraftKeys);
        Assert.Contains(StatusCheckDraftKey("NORTHWIND1"), h.State().DraftKeys);
        Assert.Single(second.Updated, a => a.Key == TaskKey("FABRIKAM1") && a.Kind == FollowUpKinds.TaskCompleted);
        var fabrikam = (await h.RecordsAsync()).Single(r => r.EventId == "FABRIKAM1");
        Assert.Equal(FollowUpState.Completed, fabrikam.State);
        Assert.Equal("completed-by-user", fabrikam.CompletedReason);
    }

    [LedgerFact]
    public async Task Scan_DueDateReachedWithTheInterviewStillInTheWindow_PlacesOneStatusCheckDraft()
    {
        using var h = Harness();

        await h.ScanOkAsync(At(13));
        var second = await h.ScanOkAsync(At(18, 15), TimeSpan.FromDays(14));

        Assert.Equal([StatusCheckDraftKey("CONTOSO1"), StatusCheckDraftKey("FABRIKAM1")], second.Created.Select(a => a.Key).Order(StringComparer.Ordinal));
        Assert.Equal("notStarted", h.State().Task(TaskKey("CONTOSO1")).Status);
        Assert.Equal("amy.chen@contoso.com", Assert.Single(h.State().Drafts, d => d.Key == StatusCheckDraftKey("CONTOSO1")).To);
    }

    [LedgerFact]
    public async Task Scan_RerunWithTheSameLedger_WritesNothing()
    {
        using var h = Harness(inbox: [GraphMessageJson.From("amy.chen@contoso.com", "Amy Chen", At(12, 9), "Next steps")]);
        await h.ScanOkAsync(At(13));
        var before = h.State();
        h.Simulator.ClearLog();

        var rerun = await h.ScanOkAsync(At(13));

        Assert.Empty(rerun.Created);
        Assert.Empty(rerun.Updated);
        Assert.Empty(h.Writes());
        Assert.Equal(before.Describe(), h.State().Describe());
    }

    [LedgerFact]
    public async Task Scan_RerunWithALostLedger_FindsEverythingInGraphAndWritesNothing()
    {
        using var h = Harness(inbox: [GraphMessageJson.From("amy.chen@contoso.com", "Amy Chen", At(12, 9), "Next steps")]);
        await h.ScanOkAsync(At(13));
        Assert.Equal("completed", h.State().Task(TaskKey("CONTOSO1")).Status);
        var before = h.State();
        h.Ledger.Dispose();
        h.Ledger = TLedger.Create();
        h.Simulator.ClearLog();

        var rerun = await h.ScanOkAsync(At(13));

        Assert.Empty(rerun.Created);
        Assert.Empty(rerun.Updated);
        Assert.Empty(h.Writes());
        Assert.Equal(before.Describe(), h.State().Describe());
    }

    [LedgerFact]
    public async Task Scan_LostLedgerAfterTheStatusChecks_WritesNothing()
    {
        using var h = Harness();
        await h.ScanOkAsync(At(13));
        await h.ScanOkAsync(At(20, 15), TimeSpan.FromDays(14));
        var before = h.State();
        Assert.Equal(3, before.Drafts.Count(d => d.Key.StartsWith("statuscheck-draft:", StringComparison.Ordinal)));
        h.Ledger.Dispose();
        h.Ledger = TLedger.Create();
        h.Simulator.ClearLog();

        var rerun = await h.ScanOkAsync(At(20, 16), TimeSpan.FromDays(14));

        Assert.Empty(rerun.Created);
        Assert.Empty(h.Writes());
        Assert.Equal(before.Describe(), h.State().Describe());
    }

    [LedgerFact]
    public async Task Scan_DryRun_WritesNothingToGraphOrTheLedger()
    {
        using var h = Harness();

        var dry = await h.ScanOkAsync(At(13), dryRun: true);

        Assert.True(dry.DryRun);
        Assert.Equal(4, dry.Created.Count(a => a.Kind == FollowUpKinds.ThankYouDraft));
        Assert.Equal(3, dry.Created.Count(a => a.Kind == FollowUpKinds.StatusCheckTask));
        Assert.All(dry.Created, a => Assert.Null(a.ItemId));
        Assert.Empty(h.Writes());
        Assert.Empty(h.State().Drafts);
        Assert.Empty(h.State().Tasks);
        Assert.Empty(await h.RecordsAsync());

        // A dry run leaves nothing behind that would stop the real run.
        var real = await h.ScanOkAsync(At(13));
        Assert.Equal(dry.Created.Select(a => a.Key).Order(StringComparer.Ordinal), real.Created.Select(a => a.Key).Order(StringComparer.Ordinal));
    }

    [LedgerFact]
    public async Task Scan_DryRunAfterTheDueDates_ReportsButWritesNothing()
    {
        using var h = Harness();
        await h.ScanOkAsync(At(13));
        h.Simulator.AddInboxMessage(GraphMessageJson.From("recruiting@contoso.com", null, At(14), "Your application"));
        h.Simulator.ClearLog();
        var before = h.State();

        var dry = await h.ScanOkAsync(At(20, 15), dryRun: true);

        Assert.Contains(dry.Updated, a => a.Kind == FollowUpKinds.TaskCompleted);
        Assert.Equal(2, dry.Created.Count(a => a.Kind == FollowUpKinds.StatusCheckDraft));
        Assert.Empty(h.Writes());
        Assert.Equal(before.Describe(), h.State().Describe());
        Assert.All(await h.RecordsAsync(), r => Assert.Equal(FollowUpState.Scheduled, r.State));
    }

    [LedgerFact]
    public async Task Scan_SampleMailbox_DraftsTasksAndTheLucerneReply()
    {
        using var h = new ScanHarness(TLedger.Create(), SampleMailboxJson.Events, SampleMailboxJson.Inbox);

        var report = await h.ScanOkAsync(new DateTimeOffset(2026, 11, 17, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(10));

        // Graphic Design Institute asked not to be asked about the status: its thank-you, but no status check.
        Assert.Equal(8, report.Created.Count(a => a.Kind == FollowUpKinds.ThankYouDraft));
        Assert.Equal(5, report.Created.Count(a => a.Kind == FollowUpKinds.StatusCheckTask));
        var completed = Assert.Single(report.Updated);
        Assert.Equal(FollowUpKinds.TaskCompleted, completed.Kind);
        Assert.Equal("AAMkAGFD8D214964D4507A8266F92F1CFCE0736A39D2C4", completed.EventId);
        Assert.Equal(3, report.Skipped.Count);
    }

    private static (string, string, string) Due(TaskState task) => (task.Due, task.Status, task.Reminder);
}

public sealed class SqliteLifecycleTests : LifecycleTests<SqliteLedger>;

[RequiresPostgres]
public sealed class PostgresLifecycleTests : LifecycleTests<PostgresLedger>;
