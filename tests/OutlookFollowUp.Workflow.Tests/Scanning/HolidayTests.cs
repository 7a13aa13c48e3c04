using OutlookFollowUp.TestUtilities.GraphJson;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Tests.Infrastructure;
using static OutlookFollowUp.Workflow.Tests.Infrastructure.Interviews;

namespace OutlookFollowUp.Workflow.Tests.Scanning;

/// <summary>Business days skip the public holidays of the mailbox's country, or of the country the user chose.</summary>
public abstract class HolidayTests<TLedger>
    where TLedger : ITestLedgerKind
{
    /// <summary>Wed 25 Nov 2026, no timeline: five business days later is Wed 2 Dec, or Thu 3 Dec when Thanksgiving (Thu 26) is a holiday.</summary>
    private static GraphEventJson BeforeThanksgiving() => Fabrikam("HOLIDAY1").EndingAt(new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero));

    [LedgerFact]
    public async Task Scan_UsMailbox_SkipsThanksgiving()
    {
        using var h = new ScanHarness(TLedger.Create(), [BeforeThanksgiving().Build()]);

        await h.ScanOkAsync(At(26));

        Assert.Equal("2026-12-03", h.State().Task(TaskKey("HOLIDAY1")).Due);
    }

    [LedgerFact]
    public async Task Scan_MailboxInAnotherCountry_KeepsThanksgivingAWorkingDay()
    {
        var settings = SampleMailboxJson.MailboxSettings;
        settings["language"] = new System.Text.Json.Nodes.JsonObject { ["locale"] = "de-DE", ["displayName"] = "Deutsch (Deutschland)" };
        using var h = new ScanHarness(TLedger.Create(), [BeforeThanksgiving().Build()], mailboxSettings: settings);

        await h.ScanOkAsync(At(26));

        Assert.Equal("2026-12-02", h.State().Task(TaskKey("HOLIDAY1")).Due);
    }

    [LedgerFact]
    public async Task Scan_UsersSetting_WinsOverTheMailboxLocale()
    {
        using var none = new ScanHarness(TLedger.Create(), [BeforeThanksgiving().Build()]) { Preferences = new FollowUpPreferences(HolidayCountry: FollowUpPreferences.NoHolidays) };
        using var german = new ScanHarness(TLedger.Create(), [BeforeThanksgiving().Build()]) { Preferences = new FollowUpPreferences(HolidayCountry: "DE") };

        await none.ScanOkAsync(At(26));
        await german.ScanOkAsync(At(26));

        Assert.Equal("2026-12-02", none.State().Task(TaskKey("HOLIDAY1")).Due);
        Assert.Equal("2026-12-02", german.State().Task(TaskKey("HOLIDAY1")).Due);
    }

    [LedgerFact]
    public async Task PlaceDrafts_FromThePane_SkipsTheSameHolidays()
    {
        using var h = new ScanHarness(TLedger.Create(), [BeforeThanksgiving().Build()]);

        var result = await h.PlaceDraftsAsync("HOLIDAY1", At(26));

        Assert.Equal(OutlookFollowUp.Workflow.UseCases.UseCaseStatus.Done, result.Status);
        Assert.Equal("2026-12-03", h.State().Task(TaskKey("HOLIDAY1")).Due);
    }
}

public sealed class SqliteHolidayTests : HolidayTests<SqliteLedger>;

[RequiresPostgres]
public sealed class PostgresHolidayTests : HolidayTests<PostgresLedger>;
