using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Ledger;
using OutlookFollowUp.Workflow.Tests.Infrastructure;
using static OutlookFollowUp.Workflow.Tests.Infrastructure.Interviews;

namespace OutlookFollowUp.Workflow.Tests.Ledger;

/// <summary>A ledger created by the schema-at-start code that came before migrations is upgraded in place and goes on.</summary>
public abstract class MigrationTests<TLedger>
    where TLedger : ITestLedgerKind
{
    [LedgerFact]
    public async Task OpeningALedgerFromBeforeMigrations_UpgradesItInPlaceKeepingItsRows()
    {
        using var h = new ScanHarness(TLedger.Create(), [Contoso().Build()]);
        var script = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Ledger", "LegacySchema", $"ledger-{h.Ledger.Kind}.sql"));
        await h.Ledger.ExecuteRawAsync(script);
        // What that version wrote: the interview tracked and drafted, its drafts placed, and a run killed halfway.
        var ical = IcalPrefix + "CONTOSO1";
        var key = "'" + ThankYouKey("CONTOSO1", "amy.chen@contoso.com") + "'";
        var user = SampleMailboxJson();
        await h.Ledger.ExecuteRawAsync(
            $"""
            INSERT INTO "follow_ups" ("MailboxId", "FollowUpId", "EventId", "Role", "Company", "InterviewEnd", "InterviewEndDate", "State", "EmployerDomains", "EmployerAddresses", "DueSetByUser", "DetectedAt", "UpdatedAt")
            VALUES ('{user}', '{ical}', 'CONTOSO1', 'Data Analyst', 'Contoso', '2026-11-10 16:00:00', '2026-11-10', 'Drafted', 'contoso.com', '', {False(h)}, '2026-11-10 16:05:00', '2026-11-10 16:05:00');
            INSERT INTO "drafts" ("FollowUpRecordId", "Key", "Kind", "Recipient", "MessageId", "CreatedAt")
            VALUES ((SELECT "Id" FROM "follow_ups"), {key}, 'thank-you', 'amy.chen@contoso.com', 'AAMkLEGACY1', '2026-11-10 16:05:00');
            INSERT INTO "scan_runs" ("MailboxId", "StartedAt", "Outcome", "DraftsCreated", "TasksCreated", "Completed", "GraphRequests")
            VALUES ('{user}', '2026-11-10 16:05:00', 'running', 0, 0, 0, 0);
            """);

        var report = await h.ScanOkAsync(At(13));

        await using var db = await h.Ledger.OpenAsync();
        var record = await db.FollowUps.Include(f => f.Drafts).SingleAsync();
        Assert.Equal("Data Analyst", record.Role);
        Assert.Equal(global::OutlookFollowUp.Workflow.Ledger.DraftState.Placed, Assert.Single(record.Drafts).State);
        // The upgraded record goes on where it stood: drafted, so the scan schedules its status check.
        Assert.Equal(FollowUpState.Scheduled, record.State);
        Assert.Single(report.Created, a => a.Kind == FollowUpKinds.StatusCheckTask);
        Assert.DoesNotContain(report.Created, a => a.Kind == FollowUpKinds.ThankYouDraft);
        Assert.Equal([ScanOutcomes.Abandoned, ScanOutcomes.Completed], await db.ScanRuns.OrderBy(r => r.Id).Select(r => r.Outcome).ToListAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    private static string SampleMailboxJson() => TestUtilities.GraphJson.SampleMailboxJson.UserId;

    private static string False(ScanHarness h) => h.Ledger.Kind == "postgres" ? "false" : "0";
}

public sealed class SqliteMigrationTests : MigrationTests<SqliteLedger>;

[RequiresPostgres]
public sealed class PostgresMigrationTests : MigrationTests<PostgresLedger>;
