using System.Diagnostics;
using System.Text.Json.Nodes;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Cli.Tests.Analyze;

/// <summary>Contract 1's error rules: bad input exits 2 with one line on stderr and nothing on stdout.</summary>
public sealed class AnalyzeInputTests
{
    private const string Event = """
        {"id":"AAMk1","iCalUId":"ICAL1","subject":"Interview: Data Analyst - Contoso",
         "body":{"contentType":"html","content":"<p>We will let you know by Friday.</p>"},
         "start":{"dateTime":"2026-11-10T15:00:00.0000000","timeZone":"UTC"},
         "end":{"dateTime":"2026-11-10T16:00:00.0000000","timeZone":"UTC"},
         "isOrganizer":false,
         "organizer":{"emailAddress":{"name":"Amy Chen","address":"amy.chen@contoso.com"}},
         "attendees":[{"type":"required","status":{"response":"accepted"},"emailAddress":{"name":"Ana Souza","address":"ana@outlook.com"}}]}
        """;

    [Theory]
    [InlineData("missing file", "--events", "/nonexistent/events.json")]
    [InlineData("unknown time zone", "--time-zone", "Mars/Olympus_Mons")]
    [InlineData("bad --now", "--now", "next tuesday")]
    [InlineData("bad --now date", "--now", "2026-13-45T00:00:00Z")]
    [InlineData("bad working days", "--working-days", "mon,funday")]
    [InlineData("bad --me", "--me", "not-an-address")]
    [InlineData("unknown --country", "--country", "XX")]
    [InlineData("alpha-3 --country", "--country", "USA")]
    [InlineData("empty --country", "--country", "")]
    public void Analyze_BadOption_ExitsTwoWithOneLineAndNoStdout(string why, string option, string value)
    {
        using var temp = new TempFolder();
        var events = temp.Write("e.json", Event);
        var args = new List<string> { "analyze", "--events", events };
        if (option == "--events")
        {
            args[2] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var result = CliRunner.Run([.. args]);

        AssertBadInput(result, why);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("42")]
    [InlineData("{\"value\": 3}")]
    [InlineData("")]
    public void Analyze_InvalidJson_ExitsTwo(string content)
    {
        using var temp = new TempFolder();
        AssertBadInput(CliRunner.Run("analyze", "--events", temp.Write("e.json", content)), content);
    }

    [Fact]
    public void Analyze_MissingEventsFlag_ExitsTwo() => AssertBadInput(CliRunner.Run("analyze"), "no --events");

    [Fact]
    public void Analyze_UnknownFlag_ExitsTwo()
    {
        using var temp = new TempFolder();
        AssertBadInput(CliRunner.Run("analyze", "--events", temp.Write("e.json", Event), "--colour", "blue"), "unknown flag");
    }

    [Fact]
    public void Analyze_InvalidNotes_ExitsTwo()
    {
        using var temp = new TempFolder();
        AssertBadInput(CliRunner.Run("analyze", "--events", temp.Write("e.json", Event), "--notes", temp.Write("n.json", "[1,2]")), "notes");
        AssertBadInput(CliRunner.Run("analyze", "--events", temp.Write("e2.json", Event), "--notes", temp.Write("n2.json", "{\"a@b.c\": 5}")), "notes value");
    }

    [Fact]
    public void Analyze_SingleUnreadableEvent_ExitsTwo()
    {
        using var temp = new TempFolder();
        var broken = Event.Replace("\"end\":{\"dateTime\":\"2026-11-10T16:00:00.0000000\",\"timeZone\":\"UTC\"},", "", StringComparison.Ordinal);
        AssertBadInput(CliRunner.Run("analyze", "--events", temp.Write("e.json", broken)), "no end");
    }

    [Fact]
    public void Analyze_PageWithUnreadableEvents_SkipsThemWithWarnings()
    {
        var good = JsonNode.Parse(Event)!;
        var noEnd = good.DeepClone().AsObject();
        noEnd.Remove("end");
        var badZone = good.DeepClone();
        badZone["id"] = "AAMk3";
        badZone["end"]!["timeZone"] = "Nowhere/Standard";
        var notObject = JsonValue.Create("oops");
        var wrongShape = good.DeepClone();
        wrongShape["id"] = "AAMk5";
        wrongShape["start"] = "yesterday";
        var page = new JsonObject { ["value"] = new JsonArray(good.DeepClone(), noEnd, badZone, notObject, wrongShape) };
        using var temp = new TempFolder();

        var result = CliRunner.Run("analyze", "--events", temp.Write("page.json", page.ToJsonString()));

        Assert.Equal(0, result.ExitCode);
        var output = JsonNode.Parse(result.Stdout)!;
        Assert.Single(output["events"]!.AsArray());
        var warnings = output["warnings"]!.AsArray().Select(w => w!.GetValue<string>()).ToList();
        Assert.Equal(4, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("unknown time zone 'Nowhere/Standard'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("end is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_EventsFromStdin_Works()
    {
        var result = CliRunner.RunWithInput(Event, "analyze", "--events", "-", "--me", "ana@outlook.com");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("candidate-interview", JsonNode.Parse(result.Stdout)!["events"]![0]!["classification"]!.GetValue<string>());
    }

    [Fact]
    public void Analyze_WindowsAndIanaZones_GiveSameResult()
    {
        using var temp = new TempFolder();
        var file = temp.Write("e.json", Event);
        var windows = CliRunner.Run("analyze", "--events", file, "--time-zone", "Tokyo Standard Time");
        var iana = CliRunner.Run("analyze", "--events", file, "--time-zone", "Asia/Tokyo");
        Assert.Equal(0, windows.ExitCode);
        Assert.Equal(windows.Stdout, iana.Stdout);
        Assert.Contains("+09:00", windows.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_NowAfterSendBy_WarnsButOtherwiseIdentical()
    {
        using var temp = new TempFolder();
        var file = temp.Write("e.json", Event);
        var atEnd = JsonNode.Parse(CliRunner.Run("analyze", "--events", file).Stdout)!;
        var late = JsonNode.Parse(CliRunner.Run("analyze", "--events", file, "--now", "2026-11-20T00:00:00Z").Stdout)!;

        Assert.DoesNotContain(atEnd["events"]![0]!["thankYouDrafts"]![0]!["warnings"]!.AsArray(), w => w!.GetValue<string>().StartsWith("It is more than a day since the interview", StringComparison.Ordinal));
        Assert.Contains(late["events"]![0]!["thankYouDrafts"]![0]!["warnings"]!.AsArray(), w => w!.GetValue<string>().StartsWith("It is more than a day since the interview", StringComparison.Ordinal));
        Assert.Equal(atEnd["events"]![0]!["statusCheck"]!.ToJsonString(), late["events"]![0]!["statusCheck"]!.ToJsonString());
    }

    [Fact]
    public void FollowupProcess_MissingFile_PrintsOneLineWithoutStackTrace()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "followup.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { dll, "analyze", "--events", "/nonexistent.json" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(2, process.ExitCode);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static void AssertBadInput(CliResult result, string why)
    {
        Assert.True(result.ExitCode == 2, $"{why}: exit {result.ExitCode}, stderr: {result.Stderr}");
        Assert.Equal("", result.Stdout);
        var lines = result.Stderr.Trim().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("followup: ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void SharedFixtures_AreFound() => Assert.True(File.Exists(SharedFixtures.PathOf("sample-mailbox.json")));
}
