using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Simulator;
using OutlookFollowUp.TestUtilities.GraphJson;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;
using OutlookFollowUp.Workflow.Tests.Infrastructure;
using static OutlookFollowUp.Workflow.Tests.Infrastructure.Interviews;

namespace OutlookFollowUp.Workflow.Tests.Scanning;

/// <summary>The engine's rules that the scan and the pane share: malformed invites, the user's own actions, throttling.</summary>
public abstract class EngineRuleTests<TLedger>
    where TLedger : ITestLedgerKind
{
    [LedgerFact]
    public async Task Scan_InterviewWithNobodyToWriteTo_GetsNoDraftNoTaskAndSaysWhy()
    {
        var events = new[]
        {
            Contoso("NOBODY1").WithoutOrganizer().ClearAttendees(),
            Contoso("ROOMONLY1").WithOrganizer("noreply@contoso.com", "Contoso Careers").ClearAttendees()
                .WithAttendee(SampleMailboxJson.UserAddress, SampleMailboxJson.UserName).WithAttendee("room-4@contoso.com", "Room 4", type: "resource"),
        };
        using var h = new ScanHarness(TLedger.Create(), events.Select(e => e.Build()));

        var report = await h.ScanOkAsync(At(13));
        var later = await h.ScanOkAsync(At(30));

        Assert.Empty(report.Created);
        Assert.Empty(later.Created);
        Assert.Empty(h.Writes());
        Assert.Equal(2, report.Skipped.Count);
        Assert.All(report.Skipped, s => Assert.Contains("nobody to thank", s.Reason, StringComparison.Ordinal));
    }

    [LedgerFact]
    public async Task PlaceDrafts_InterviewWithNobodyToWriteTo_IsNothingToDo()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().WithoutOrganizer().ClearAttendees().Build()]);

        var result = await h.PlaceDraftsAsync("CONTOSO1", At(13));

        Assert.Equal(OutlookFollowUp.Workflow.UseCases.UseCaseStatus.NothingToDo, result.Status);
        Assert.Empty(h.Writes());
    }

    [LedgerFact]
    public async Task Scan_InterviewWithoutABody_IsFollowedUpAsUsual()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().WithTextBody("").Build()]);

        var report = await h.ScanOkAsync(At(13));

        Assert.Equal(2, report.Created.Count(a => a.Kind == FollowUpKinds.ThankYouDraft));
        Assert.Single(report.Created, a => a.Kind == FollowUpKinds.StatusCheckTask);
    }

    [LedgerFact]
    public async Task Scan_UserDeletedTheWholeList_LaterScansGoOnAndNewInterviewsGetANewList()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build()]);
        await h.ScanOkAsync(At(13));
        var list = Assert.Single(h.Simulator.GetTodoLists(), l => l["displayName"]?.GetValue<string>() == Graph.Gateway.GraphMailboxGateway.TaskListName);
        Assert.True(h.Simulator.DeleteTodoList(list["id"]!.GetValue<string>()));
        h.Simulator.AddEvent(Fabrikam().EndingAt(At(16, 18)).Build());

        var due = await h.ScanOkAsync(At(17, 15), TimeSpan.FromDays(10));
        var again = await h.ScanOkAsync(At(18, 15), TimeSpan.FromDays(10));

        Assert.Null(due.Failure);
        Assert.Null(again.Failure);
        // Contoso's reminder went with the list: none again, and no status-check draft either.
        Assert.DoesNotContain(h.State().Tasks, t => t.Key == TaskKey("CONTOSO1"));
        Assert.DoesNotContain(StatusCheckDraftKey("CONTOSO1"), h.State().DraftKeys);
        Assert.Equal(FollowUpState.Completed, (await h.RecordAsync("CONTOSO1")).State);
        // Fabrikam is new: a new list and its reminder.
        Assert.Equal("notStarted", h.State().Task(TaskKey("FABRIKAM1")).Status);
        Assert.Empty(again.Created);
    }

    [LedgerFact]
    public async Task Scan_UserDeletedOneReminder_NoStatusCheckDraftAndNoNewReminder()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build()]);
        await h.ScanOkAsync(At(13));
        var list = Assert.Single(h.Simulator.GetTodoLists(), l => l["displayName"]?.GetValue<string>() == Graph.Gateway.GraphMailboxGateway.TaskListName)["id"]!.GetValue<string>();
        var task = Assert.Single(h.Simulator.GetTasks(list), t => t["linkedResources"]?.AsArray().Any(r => r?["externalId"]?.GetValue<string>() == TaskKey("CONTOSO1")) == true)["id"]!.GetValue<string>();
        using (var http = new HttpClient())
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, $"{h.Simulator.BaseUrl}/me/todo/lists/{list}/tasks/{task}");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "user");
            (await http.SendAsync(request)).EnsureSuccessStatusCode();
        }

        await h.ScanOkAsync(At(17, 15));

        Assert.Empty(h.State().StatusChecks);
        Assert.DoesNotContain(StatusCheckDraftKey("CONTOSO1"), h.State().DraftKeys);
    }

    [LedgerFact]
    public async Task Scan_UnderSustainedThrottling_FinishesAllItsWorkInTheStateOfACleanRun()
    {
        var events = new[] { Contoso(), Fabrikam(), Northwind(), MargiesTravel(), Contoso("CONTOSO2").EndingAt(At(9, 16)) };
        using var clean = new ScanHarness(TLedger.Create(), events.Select(e => e.Build()));
        await clean.ScanOkAsync(At(13));
        await clean.ScanOkAsync(At(20, 15));
        using var faulty = new ScanHarness(TLedger.Create(), events.Select(e => e.Build()));
        faulty.Simulator.SetRecurringFaults(RecurringFaults.SustainedThrottling(TimeSpan.FromSeconds(1)));

        var first = await faulty.ScanAsync(At(13));
        var second = await faulty.ScanAsync(At(20, 15));

        Assert.Null(first.Failure);
        Assert.Null(second.Failure);
        Assert.Equal(clean.State().Describe(), faulty.State().Describe());
        Assert.Contains(TimeSpan.FromSeconds(1), faulty.Clock.SkippedDelays);
        Assert.Contains(faulty.Simulator.GetRequestLog(), e => e.StatusCode == 429);
        Assert.Contains(faulty.Simulator.GetRequestLog(), e => e.StatusCode == 503);
        Assert.Contains(faulty.Simulator.GetRequestLog(), e => e.StatusCode == 504);
    }

    [LedgerFact]
    public async Task Scan_AfterAKilledRun_ClosesItsRunningRecordAsAbandoned()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build()]);
        await using (var db = await h.Ledger.OpenAsync())
        {
            db.ScanRuns.Add(new ScanRunRecord { MailboxId = SampleMailboxJson.UserId, StartedAt = At(12), HeartbeatAt = h.Clock.GetUtcNow() - TimeSpan.FromHours(2) });
            await db.SaveChangesAsync();
        }

        await h.ScanOkAsync(At(13));

        await using var check = await h.Ledger.OpenAsync();
        var runs = await check.ScanRuns.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([ScanOutcomes.Abandoned, ScanOutcomes.Completed], runs.Select(r => r.Outcome));
    }
}

public sealed class SqliteEngineRuleTests : EngineRuleTests<SqliteLedger>;

[RequiresPostgres]
public sealed class PostgresEngineRuleTests : EngineRuleTests<PostgresLedger>;
