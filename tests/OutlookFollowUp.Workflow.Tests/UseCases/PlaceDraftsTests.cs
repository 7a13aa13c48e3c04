using OutlookFollowUp.Simulator;
using OutlookFollowUp.TestUtilities.GraphJson;
using OutlookFollowUp.Workflow.Claims;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;
using OutlookFollowUp.Workflow.Tests.Infrastructure;
using OutlookFollowUp.Workflow.UseCases;
using static OutlookFollowUp.Workflow.Tests.Infrastructure.Interviews;

namespace OutlookFollowUp.Workflow.Tests.UseCases;

/// <summary>The pane's "Put drafts in my Drafts folder" through the engine: once per recipient, whoever races it.</summary>
public abstract class PlaceDraftsTests<TLedger>
    where TLedger : ITestLedgerKind
{
    private static ScanHarness Harness(params GraphEventJson[] events) =>
        new(TLedger.Create(), (events.Length == 0 ? [Contoso()] : events).Select(e => e.Build()));

    [LedgerFact]
    public async Task PlaceDrafts_Once_PlacesOneDraftPerInterviewerAndSchedulesTheCheck()
    {
        using var h = Harness();

        var result = await h.PlaceDraftsAsync("CONTOSO1", At(13));

        Assert.Equal(UseCaseStatus.Done, result.Status);
        Assert.Equal(2, result.Value!.Drafts.Count(d => d.Created));
        Assert.Equal(FollowUpState.Scheduled, result.Value.Record.State);
        Assert.Equal(PlacedBy.Pane, result.Value.Record.DraftsPlacedBy);
        Assert.Equal(2, h.State().Drafts.Count);
        Assert.Equal("notStarted", h.State().Task(TaskKey("CONTOSO1")).Status);
    }

    [LedgerFact]
    public async Task PlaceDrafts_TwoRequestsAtOnce_OneDraftPerInterviewerAndOneTask()
    {
        using var h = Harness();
        h.Simulator.InjectFault(RequestMatch.For("POST", "/me/messages"), SimulatedFault.Latency(TimeSpan.FromMilliseconds(150)), times: 4);

        var results = await Task.WhenAll(h.PlaceDraftsAsync("CONTOSO1", At(13)), h.PlaceDraftsAsync("CONTOSO1", At(13)));

        Assert.All(results, r => Assert.Equal(UseCaseStatus.Done, r.Status));
        Assert.Equal(2, results.Sum(r => r.Value!.Drafts.Count(d => d.Created)));
        Assert.Equal(2, h.State().Drafts.Count);
        Assert.Single(h.State().Tasks);
        Assert.Equal(2, h.Writes().Count(w => w.Method == "POST" && w.PathAndQuery.EndsWith("/me/messages", StringComparison.Ordinal)));
    }

    [LedgerFact]
    public async Task PlaceDrafts_TwoInstancesAtOnce_TheLedgerClaimLetsOneWrite()
    {
        using var h = Harness();
        h.Simulator.InjectFault(RequestMatch.For("POST", "/me/messages"), SimulatedFault.Latency(TimeSpan.FromMilliseconds(150)), times: 4);
        var secondInstance = new InterviewGate();

        var results = await Task.WhenAll(h.PlaceDraftsAsync("CONTOSO1", At(13)), h.PlaceDraftsAsync("CONTOSO1", At(13), gate: secondInstance));

        // The second instance either waited for the first one and found the drafts, or gave up as busy: never a duplicate.
        Assert.All(results, r => Assert.Contains(r.Status, new[] { UseCaseStatus.Done, UseCaseStatus.Busy }));
        Assert.Equal(2, h.State().Drafts.Count);
        Assert.Single(h.State().Tasks);
        Assert.Equal(2, h.Writes().Count(w => w.Method == "POST" && w.PathAndQuery.EndsWith("/me/messages", StringComparison.Ordinal)));
    }

    [LedgerFact]
    public async Task PlaceDrafts_RacingTheScan_EachDraftAndTheTaskOnce()
    {
        using var h = Harness();
        h.Simulator.InjectFault(RequestMatch.For("POST", "/me/messages"), SimulatedFault.Latency(TimeSpan.FromMilliseconds(150)), times: 4);

        var pane = h.PlaceDraftsAsync("CONTOSO1", At(13));
        var scan = h.ScanAsync(At(13));
        await Task.WhenAll(pane, scan);

        Assert.Null((await scan).Failure);
        Assert.Equal(2, h.State().Drafts.Count);
        Assert.Single(h.State().StatusChecks);
        // Whoever won placed the drafts: the job's come with one "Send your thank-you notes" reminder, the pane's with none.
        Assert.InRange(h.State().SendThanks.Count, 0, 1);
        var rerun = await h.ScanOkAsync(At(13));
        Assert.Empty(rerun.Created);
        Assert.Equal(2, h.State().Drafts.Count);
    }

    [LedgerFact]
    public async Task PlaceDrafts_EmptyRecipientList_IsRefusedNotTakenAsDone()
    {
        using var h = Harness();

        var result = await h.PlaceDraftsAsync("CONTOSO1", At(13), recipients: []);

        Assert.Equal(UseCaseStatus.Invalid, result.Status);
        Assert.Equal("recipients", result.Field);
        Assert.Empty(h.Writes());
        Assert.Empty(await h.RecordsAsync());
    }

    [LedgerFact]
    public async Task PlaceDrafts_NoteAddedLater_UpdatesTheUnchangedDraftAndLeavesTheEditedOne()
    {
        using var h = Harness();
        await h.PlaceDraftsAsync("CONTOSO1", At(13));
        h.Simulator.EditDraft(h.DraftId(ThankYouKey("CONTOSO1", "raj.mehta@contoso.com")), "<p>My own words.</p>");
        h.Simulator.ClearLog();

        var notes = new Dictionary<string, string>
        {
            ["amy.chen@contoso.com"] = "the dashboard migration you are planning",
            ["raj.mehta@contoso.com"] = "the on-call rotation",
        };
        var result = await h.PlaceDraftsAsync("CONTOSO1", At(13, 15), notes);

        var amy = Assert.Single(result.Value!.Drafts, d => d.To == "amy.chen@contoso.com");
        var raj = Assert.Single(result.Value.Drafts, d => d.To == "raj.mehta@contoso.com");
        Assert.True(amy.Updated);
        Assert.Equal(DraftFates.Updated, amy.Fate);
        Assert.False(raj.Updated);
        Assert.Equal(DraftFates.ChangedByUser, raj.Fate);
        Assert.Contains("edited", raj.NotUpdatedBecause, StringComparison.Ordinal);
        Assert.Contains("dashboard migration", h.Draft(ThankYouKey("CONTOSO1", "amy.chen@contoso.com"))["body"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("My own words.", h.Draft(ThankYouKey("CONTOSO1", "raj.mehta@contoso.com"))["body"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(h.Writes(), w => w.Method == "PATCH");
        Assert.DoesNotContain(h.Writes(), w => w.Method == "POST" && w.PathAndQuery.EndsWith("/me/messages", StringComparison.Ordinal));
        Assert.Single(h.State().Tasks);

        // The same note again: nothing to change.
        h.Simulator.ClearLog();
        var again = await h.PlaceDraftsAsync("CONTOSO1", At(13, 16), notes);
        Assert.Equal(DraftFates.AlreadyThere, Assert.Single(again.Value!.Drafts, d => d.To == "amy.chen@contoso.com").Fate);
        Assert.Empty(h.Writes());
    }

    [LedgerFact]
    public async Task PlaceDrafts_DraftTheUserDeletedInOutlook_IsNeverPlacedAgain()
    {
        using var h = Harness();
        await h.PlaceDraftsAsync("CONTOSO1", At(13));
        h.Simulator.DeleteDraftInOutlook(h.DraftId(ThankYouKey("CONTOSO1", "amy.chen@contoso.com")));

        var again = await h.PlaceDraftsAsync("CONTOSO1", At(13, 15));
        await h.ScanOkAsync(At(13, 16));

        Assert.Equal(DraftFates.RemovedByUser, Assert.Single(again.Value!.Drafts, d => d.To == "amy.chen@contoso.com").Fate);
        Assert.Equal([ThankYouKey("CONTOSO1", "raj.mehta@contoso.com")], h.State().DraftKeys);
        var record = await h.RecordAsync("CONTOSO1");
        Assert.Equal(global::OutlookFollowUp.Workflow.Ledger.DraftState.RemovedByUser, record.DraftFor(ThankYouKey("CONTOSO1", "amy.chen@contoso.com"))!.State);
    }

    [LedgerFact]
    public async Task TakeBack_UnchangedDraftsGoTheEditedOneStays_AndTheyCanBePlacedAgain()
    {
        using var h = Harness();
        await h.PlaceDraftsAsync("CONTOSO1", At(13));
        h.Simulator.EditDraft(h.DraftId(ThankYouKey("CONTOSO1", "raj.mehta@contoso.com")), "<p>Edited.</p>");

        var taken = await h.PaneAsync((session, engine, db) => new TakeBackDraftsUseCase(engine, db).ExecuteAsync(session, IcalPrefix + "CONTOSO1", At(13, 15), CancellationToken.None));

        Assert.Equal(UseCaseStatus.Done, taken.Status);
        Assert.Equal(["amy.chen@contoso.com"], taken.Value!.Removed.Select(r => r.To));
        Assert.Equal(DraftFates.Kept, Assert.Single(taken.Value.Kept).Fate);
        Assert.Equal([ThankYouKey("CONTOSO1", "raj.mehta@contoso.com")], h.State().DraftKeys);
        Assert.Single(h.Writes(), w => w.Method == "DELETE");

        // Taken back by us: may be placed again; the automatic job does not do it by itself.
        await h.ScanOkAsync(At(13, 16));
        Assert.Single(h.State().Drafts);
        var again = await h.PlaceDraftsAsync("CONTOSO1", At(13, 17));
        Assert.True(Assert.Single(again.Value!.Drafts, d => d.To == "amy.chen@contoso.com").Created);
        Assert.Equal(2, h.State().Drafts.Count);
        Assert.Single(h.State().Tasks);
    }

    [LedgerFact]
    public async Task PlaceDrafts_LaterInterviewWithTheSameEmployer_SupersedesTheEarlierCheckOnThePanePath()
    {
        using var h = Harness(Contoso(), Contoso("CONTOSO2").EndingAt(At(12, 16)));
        await h.PlaceDraftsAsync("CONTOSO1", At(11));

        await h.PlaceDraftsAsync("CONTOSO2", At(13));

        Assert.Equal("completed", h.State().Task(TaskKey("CONTOSO1")).Status);
        Assert.StartsWith("[Superseded]", h.State().Task(TaskKey("CONTOSO1")).Title, StringComparison.Ordinal);
        Assert.Equal("notStarted", h.State().Task(TaskKey("CONTOSO2")).Status);
        Assert.Equal(FollowUpState.Superseded, (await h.RecordAsync("CONTOSO1")).State);
    }

    [LedgerFact]
    public async Task PlaceDrafts_NoContactInterview_IsNothingToDoAndWritesNothing()
    {
        using var h = Harness(Contoso().WithHtmlBody("<p>We ask that candidates do not contact the interviewers or send follow-up emails.</p>"));

        var result = await h.PlaceDraftsAsync("CONTOSO1", At(13));

        Assert.Equal(UseCaseStatus.NothingToDo, result.Status);
        Assert.Contains("not to contact", result.Problem, StringComparison.Ordinal);
        Assert.Empty(h.Writes());
    }

    [LedgerFact]
    public async Task MoveStatusCheck_ToAWeekend_IsRefusedWithTheReason_AndToAWorkingDayMovesTheReminder()
    {
        using var h = Harness();
        await h.PlaceDraftsAsync("CONTOSO1", At(13));
        var id = IcalPrefix + "CONTOSO1";

        var saturday = await h.PaneAsync((s, e, _) => new MoveStatusCheckUseCase(e).ExecuteAsync(s, id, new DateOnly(2026, 11, 21), At(13, 15), CancellationToken.None));
        var monday = await h.PaneAsync((s, e, _) => new MoveStatusCheckUseCase(e).ExecuteAsync(s, id, new DateOnly(2026, 11, 23), At(13, 15), CancellationToken.None));

        Assert.Equal(UseCaseStatus.Invalid, saturday.Status);
        Assert.Contains("Saturday", saturday.Problem, StringComparison.Ordinal);
        Assert.Equal(UseCaseStatus.Done, monday.Status);
        Assert.Equal("2026-11-23", h.State().Task(TaskKey("CONTOSO1")).Due);
        Assert.True(monday.Value!.DueSetByUser);
    }

    [LedgerFact]
    public async Task EndFollowUp_TheyAnswered_CompletesTheTaskAndRetiresTheUntouchedStatusCheckDraft()
    {
        using var h = Harness();
        await h.ScanOkAsync(At(13));
        await h.ScanOkAsync(At(17, 15));
        Assert.Contains(StatusCheckDraftKey("CONTOSO1"), h.State().DraftKeys);

        var ended = await h.PaneAsync((s, e, db) => new EndFollowUpUseCase(e).ExecuteAsync(s, IcalPrefix + "CONTOSO1", EndFollowUpUseCase.Reason.Answered, At(17, 16), CancellationToken.None));

        Assert.Equal(UseCaseStatus.Done, ended.Status);
        Assert.Equal(FollowUpState.Completed, ended.Value!.State);
        Assert.Equal("answered", ended.Value.CompletedReason);
        Assert.Equal("completed", h.State().Task(TaskKey("CONTOSO1")).Status);
        Assert.DoesNotContain(StatusCheckDraftKey("CONTOSO1"), h.State().DraftKeys);
        var rerun = await h.ScanOkAsync(At(18));
        Assert.Empty(rerun.Created);
    }

    [LedgerFact]
    public async Task PlaceDrafts_InTheLanguageTheUserChose_TheStatusCheckLaterFollowsIt()
    {
        var spanish = GraphEventJson.Interview("ES1")
            .WithSubject("Entrevista: Analista de Datos - Contoso")
            .WithHtmlBody("<p>Hola Ana:</p><p>Gracias por tu interés en la vacante de Analista de Datos en Contoso. Te daremos una respuesta en un plazo de 5 días hábiles.</p>")
            .WithOrganizer("lucia.fernandez@contoso.com", "Lucía Fernández")
            .EndingAt(new DateTimeOffset(2026, 11, 10, 16, 0, 0, TimeSpan.Zero));
        using var h = new ScanHarness(TLedger.Create(), [spanish.Build()]);

        var placed = await h.PaneAsync((session, engine, db) => new PlaceDraftsUseCase(engine, db)
            .ExecuteAsync(session.Speaking(Core.Languages.Language.English), new PlaceDraftsRequest("ES1", null, null, null), At(10, 17), CancellationToken.None));
        // "5 días hábiles" from Tue 10 Nov, Veterans Day (the mailbox is en-US) skipped: Tue 18; due two days later.
        await h.ScanOkAsync(At(20, 15));

        Assert.Equal(UseCaseStatus.Done, placed.Status);
        Assert.Equal("en", (await h.RecordAsync("ES1")).LanguageOverride);
        Assert.DoesNotContain("Hola", h.Draft(ThankYouKey("ES1", "lucia.fernandez@contoso.com"))["body"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var check = h.Draft(StatusCheckDraftKey("ES1"))["body"]!["content"]!.GetValue<string>();
        Assert.DoesNotContain("Hola", check, StringComparison.Ordinal);
        Assert.Contains("Dear Luc&#237;a,", check, StringComparison.Ordinal);
    }
}

public sealed class SqlitePlaceDraftsTests : PlaceDraftsTests<SqliteLedger>;

[RequiresPostgres]
public sealed class PostgresPlaceDraftsTests : PlaceDraftsTests<PostgresLedger>;
