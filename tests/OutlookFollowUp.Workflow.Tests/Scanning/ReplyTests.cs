using OutlookFollowUp.TestUtilities.GraphJson;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;
using OutlookFollowUp.Workflow.Tests.Infrastructure;
using static OutlookFollowUp.Workflow.Tests.Infrastructure.Interviews;

namespace OutlookFollowUp.Workflow.Tests.Scanning;

/// <summary>What counts as the employer's reply (DESIGN.md, "a reply") and what does not.</summary>
public abstract class ReplyTests<TLedger>
    where TLedger : ITestLedgerKind
{
    private static async Task<ScanHarness> ScheduledAsync()
    {
        var h = new ScanHarness(TLedger.Create(), [Contoso().Build(), MargiesTravel().Build()]);
        await h.ScanOkAsync(At(13));
        Assert.All(h.State().Tasks, t => Assert.Equal("notStarted", t.Status));
        return h;
    }

    [LedgerFact]
    public async Task Scan_ReplyFromAnotherPersonAtTheEmployersDomain_CompletesTheTask()
    {
        using var h = await ScheduledAsync();
        h.Simulator.AddInboxMessage(GraphMessageJson.From("talent.team@contoso.com", "Contoso Talent", At(14, 9), "Next steps", "Thanks for interviewing with us."));

        var report = await h.ScanOkAsync(At(16));

        Assert.Equal("completed", h.State().Task(TaskKey("CONTOSO1")).Status);
        Assert.Equal("notStarted", h.State().Task(TaskKey("MARGIE1")).Status);
        Assert.Single(report.Updated, a => a.Kind == FollowUpKinds.TaskCompleted && a.Key == TaskKey("CONTOSO1"));
        var record = Assert.Single(await h.RecordsAsync(), r => r.EventId == "CONTOSO1");
        Assert.Equal(FollowUpState.Completed, record.State);
        Assert.Equal("reply", record.CompletedReason);
        Assert.NotNull(record.ReplyMessageId);
    }

    [LedgerFact]
    public async Task Scan_SchedulingSystemMessageNamingTheCompany_CompletesTheTask()
    {
        using var h = await ScheduledAsync();
        h.Simulator.AddInboxMessage(GraphMessageJson.From("notifications@app.smartrecruiters.com", "SmartRecruiters", At(14, 9), "An update on your application to Margie's Travel", "Margie's Travel has an update for you."));

        await h.ScanOkAsync(At(16));

        Assert.Equal("completed", h.State().Task(TaskKey("MARGIE1")).Status);
        Assert.Equal("notStarted", h.State().Task(TaskKey("CONTOSO1")).Status);
    }

    [LedgerFact]
    public async Task Scan_MessagesThatAreNoReply_LeaveTheTasksOpen()
    {
        using var h = await ScheduledAsync();
        // The scheduling system, about another company.
        h.Simulator.AddInboxMessage(GraphMessageJson.From("notifications@app.smartrecruiters.com", "SmartRecruiters", At(14, 9), "An update on your application to Fourth Coffee", "Fourth Coffee has an update for you."));
        // Out of office, by header and by subject.
        h.Simulator.AddInboxMessage(GraphMessageJson.From("amy.chen@contoso.com", "Amy Chen", At(14, 10), "RE: Thank you", "I am out of the office until Monday.", ("Auto-Submitted", "auto-replied")));
        h.Simulator.AddInboxMessage(GraphMessageJson.From("lucy.gray@margiestravel.com", "Lucy Gray", At(14, 11), "Automatic reply: Thank you - Travel Consultant interview", "I am travelling."));
        // A stranger on a public mail domain, and the user's own mail to the employer.
        h.Simulator.AddInboxMessage(GraphMessageJson.From("friend.person@gmail.com", "Friend", At(14, 12), "Weekend plans", "Contoso and Margie's Travel both sound great!"));
        h.Simulator.AddSentMessage(GraphMessageJson.From(SampleMailboxJson.UserAddress, SampleMailboxJson.UserName, At(14, 13), "Thank you - Data Analyst interview", "Thank you, Amy."));
        // Before the interview ended.
        h.Simulator.AddInboxMessage(GraphMessageJson.From("amy.chen@contoso.com", "Amy Chen", At(10, 9), "Looking forward to today", "See you at 3."));

        var report = await h.ScanOkAsync(At(16));

        Assert.All(h.State().Tasks, t => Assert.Equal("notStarted", t.Status));
        Assert.DoesNotContain(report.Updated, a => a.Kind == FollowUpKinds.TaskCompleted);
        Assert.All(await h.RecordsAsync(), r => Assert.Equal(FollowUpState.Scheduled, r.State));
    }

    [LedgerFact]
    public async Task Scan_ReplyInAnotherFolderOutOfThread_StillCounts()
    {
        using var h = await ScheduledAsync();
        // Mail the user filed away (e.g. in Sent Items by a rule) is still found: replies are searched in every folder.
        h.Simulator.AddSentMessage(new System.Text.Json.Nodes.JsonObject
        {
            ["subject"] = "Offer",
            ["receivedDateTime"] = "2026-11-14T09:00:00Z",
            ["bodyPreview"] = "We are happy to offer you the role.",
            ["from"] = new System.Text.Json.Nodes.JsonObject { ["emailAddress"] = new System.Text.Json.Nodes.JsonObject { ["address"] = "amy.chen@contoso.com", ["name"] = "Amy Chen" } },
        });

        await h.ScanOkAsync(At(16));

        Assert.Equal("completed", h.State().Task(TaskKey("CONTOSO1")).Status);
    }
}

public sealed class SqliteReplyTests : ReplyTests<SqliteLedger>;

[RequiresPostgres]
public sealed class PostgresReplyTests : ReplyTests<PostgresLedger>;
