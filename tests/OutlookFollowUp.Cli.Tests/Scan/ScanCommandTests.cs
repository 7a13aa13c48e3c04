using System.Text.Json;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Cli.Tests.Scan;

/// <summary>Contract 2: `followup scan` — exit 0 when the run completed, 2 for bad input or configuration, 1 when Graph still failed.</summary>
public sealed class ScanCommandTests
{
    private static readonly string Seed = SharedFixtures.PathOf("sample-mailbox.json");

    private static string[] SimulatorScan(params string[] extra) =>
        ["scan", "--once", "--simulator", Seed, "--now", "2026-11-17T00:00:00Z", "--lookback", "10d", .. extra];

    [Fact]
    public void Scan_SimulatorJson_ExitsZeroWithTheReport()
    {
        var result = CliRunner.Run(SimulatorScan("--json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        using var report = JsonDocument.Parse(result.Stdout);
        var root = report.RootElement;
        Assert.Equal("2026-11-17T00:00:00Z", root.GetProperty("now").GetString());
        Assert.Equal("2026-11-07T00:00:00Z", root.GetProperty("window").GetProperty("start").GetString());
        Assert.Equal("2026-11-17T00:00:00Z", root.GetProperty("window").GetProperty("end").GetString());
        Assert.False(root.GetProperty("dryRun").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("failure").ValueKind);

        var created = root.GetProperty("created").EnumerateArray().ToList();
        Assert.Equal(8, created.Count(a => a.GetProperty("kind").GetString() == "thank-you-draft"));
        Assert.Equal(5, created.Count(a => a.GetProperty("kind").GetString() == "status-check-task"));
        foreach (var action in created)
        {
            Assert.False(string.IsNullOrEmpty(action.GetProperty("key").GetString()));
            Assert.False(string.IsNullOrEmpty(action.GetProperty("eventId").GetString()));
            Assert.False(string.IsNullOrEmpty(action.GetProperty("subject").GetString()));
            Assert.False(string.IsNullOrEmpty(action.GetProperty("id").GetString()));
            Assert.True(action.TryGetProperty("to", out _));
            Assert.True(action.TryGetProperty("detail", out _));
        }

        var updated = Assert.Single(root.GetProperty("updated").EnumerateArray());
        Assert.Equal("task-completed", updated.GetProperty("kind").GetString());
        Assert.Equal(3, root.GetProperty("skipped").GetArrayLength());
        Assert.All(root.GetProperty("skipped").EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("reason").GetString())));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("warnings").ValueKind);
        Assert.InRange(root.GetProperty("graph").GetProperty("httpRequests").GetInt32(), 1, 30);
        Assert.True(root.GetProperty("graph").GetProperty("operations").GetInt32() >= root.GetProperty("graph").GetProperty("httpRequests").GetInt32());

        var mailbox = root.GetProperty("mailbox");
        Assert.Equal(8, mailbox.GetProperty("drafts").GetArrayLength());
        Assert.All(mailbox.GetProperty("drafts").EnumerateArray(), d => Assert.StartsWith("thankyou:", d.GetProperty("key").GetString(), StringComparison.Ordinal));
        var tasks = mailbox.GetProperty("tasks").EnumerateArray().ToList();
        var checks = tasks.Where(t => t.GetProperty("key").GetString()!.StartsWith("statuscheck:", StringComparison.Ordinal)).ToList();
        var sendThanks = tasks.Where(t => t.GetProperty("key").GetString()!.StartsWith("sendthanks:", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, checks.Count);
        Assert.Single(checks, t => t.GetProperty("status").GetString() == "completed");
        // Every interview whose drafts the job placed gets its "Send your thank-you notes" reminder, still waiting.
        Assert.Equal(6, sendThanks.Count);
        Assert.All(sendThanks, t => Assert.Equal("notStarted", t.GetProperty("status").GetString()));
        Assert.Equal(11, tasks.Count);
        Assert.Contains("replied on Wed, Nov 11: next step", updated.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("flagged").ValueKind);
        Assert.All(tasks, t => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", t.GetProperty("due").GetString()!));
    }

    [Fact]
    public void Scan_SimulatorText_ExitsZeroWithASummary()
    {
        var result = CliRunner.Run(SimulatorScan());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Created 8 draft(s) and 11 reminder(s)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Simulated mailbox after the run:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_SimulatorDryRun_ReportsWhatItWouldWriteAndWritesNothing()
    {
        var result = CliRunner.Run(SimulatorScan("--json", "--dry-run"));

        Assert.Equal(0, result.ExitCode);
        using var report = JsonDocument.Parse(result.Stdout);
        Assert.True(report.RootElement.GetProperty("dryRun").GetBoolean());
        Assert.Equal(19, report.RootElement.GetProperty("created").GetArrayLength());
        Assert.Equal(0, report.RootElement.GetProperty("mailbox").GetProperty("drafts").GetArrayLength());
        Assert.Equal(0, report.RootElement.GetProperty("mailbox").GetProperty("tasks").GetArrayLength());
    }

    [Theory]
    [InlineData("missing --once", new[] { "scan", "--simulator", "SEED", "--now", "2026-11-17T00:00:00Z" })]
    [InlineData("bad --lookback unit", new[] { "scan", "--once", "--simulator", "SEED", "--lookback", "10x" })]
    [InlineData("zero --lookback", new[] { "scan", "--once", "--simulator", "SEED", "--lookback", "0d" })]
    [InlineData("huge --lookback", new[] { "scan", "--once", "--simulator", "SEED", "--lookback", "400d" })]
    [InlineData("bad --now", new[] { "scan", "--once", "--simulator", "SEED", "--now", "yesterday" })]
    [InlineData("unknown option", new[] { "scan", "--once", "--simulator", "SEED", "--frobnicate" })]
    [InlineData("stray argument", new[] { "scan", "--once", "--simulator", "SEED", "extra" })]
    [InlineData("config key without value", new[] { "scan", "--once", "--simulator", "SEED", "--Graph:MaxRetries" })]
    [InlineData("bad Graph:BaseUrl", new[] { "scan", "--once", "--Graph:BaseUrl=notaurl", "--Graph:AccessToken=x" })]
    [InlineData("bad Graph:BaseUrl scheme", new[] { "scan", "--once", "--Graph:BaseUrl=ftp://example.com/v1.0", "--Graph:AccessToken=x" })]
    [InlineData("Graph option out of range", new[] { "scan", "--once", "--Graph:MaxConcurrentRequests=9", "--Graph:AccessToken=x" })]
    [InlineData("Graph option not a number", new[] { "scan", "--once", "--Graph:MaxRetries=many", "--Graph:AccessToken=x" })]
    [InlineData("no token without --simulator", new[] { "scan", "--once" })]
    public void Scan_BadInput_ExitsTwoWithOneLineOnStderr(string why, string[] args)
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run([.. args.Select(a => a == "SEED" ? Seed : a), $"--ConnectionStrings:FollowUp=Data Source={Path.Combine(temp.Path, "ledger.db")}"]);

        AssertBadInput(result, why);
    }

    [Fact]
    public void Scan_UnreadableSeed_ExitsTwo()
    {
        using var temp = new TempFolder();

        AssertBadInput(CliRunner.Run("scan", "--once", "--simulator", Path.Combine(temp.Path, "missing.json")), "missing seed");
        AssertBadInput(CliRunner.Run("scan", "--once", "--simulator", temp.Write("bad.json", "{ not json")), "invalid JSON seed");
        AssertBadInput(CliRunner.Run("scan", "--once", "--simulator", temp.Write("incomplete.json", "{\"me\": {}, \"mailboxSettings\": {}, \"events\": [], \"inbox\": []}")), "seed without me.id");
    }

    [Fact]
    public void Scan_GraphUnreachableAfterRetries_ExitsOne()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run(
            "scan", "--once", "--json",
            "--Graph:BaseUrl=http://127.0.0.1:9/v1.0", "--Graph:AccessToken=x", "--Graph:MaxRetries=0", "--Graph:OperationTimeout=00:00:05",
            $"--ConnectionStrings:FollowUp=Data Source={Path.Combine(temp.Path, "ledger.db")}");

        Assert.Equal(1, result.ExitCode);
        using var report = JsonDocument.Parse(result.Stdout);
        Assert.False(string.IsNullOrEmpty(report.RootElement.GetProperty("failure").GetString()));
        Assert.Equal(0, report.RootElement.GetProperty("created").GetArrayLength());
    }

    private static void AssertBadInput(CliResult result, string why)
    {
        Assert.True(result.ExitCode == 2, $"{why}: exit {result.ExitCode}, stderr: {result.Stderr}, stdout: {result.Stdout}");
        Assert.Equal("", result.Stdout);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"{why}: expected one line on stderr, got: {result.Stderr}");
    }
}
