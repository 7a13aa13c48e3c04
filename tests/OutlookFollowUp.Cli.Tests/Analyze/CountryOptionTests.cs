using System.Text.Json.Nodes;

namespace OutlookFollowUp.Cli.Tests.Analyze;

/// <summary><c>--country</c>: business days skip that country's public holidays; without it, none.</summary>
public sealed class CountryOptionTests
{
    // Ends Friday 2026-11-20; no stated timeline, so the status check is D + 5 business days.
    private const string Event = """
        {"id":"AAMk2","iCalUId":"ICAL2","subject":"Interview: Data Analyst - Contoso",
         "body":{"contentType":"html","content":"<p>Looking forward to it.</p>"},
         "start":{"dateTime":"2026-11-20T15:00:00.0000000","timeZone":"UTC"},
         "end":{"dateTime":"2026-11-20T16:00:00.0000000","timeZone":"UTC"},
         "organizer":{"emailAddress":{"name":"Amy Chen","address":"amy.chen@contoso.com"}},
         "attendees":[]}
        """;

    [Theory]
    [InlineData(null, "2026-11-27")]
    [InlineData("DE", "2026-11-27")]
    [InlineData("US", "2026-11-30")] // Thanksgiving (Thursday 26th) is not a business day
    [InlineData("us", "2026-11-30")]
    public void Analyze_Country_StatusCheckSkipsItsHolidays(string? country, string due)
    {
        using var temp = new TempFolder();
        var file = temp.Write("e.json", Event);
        string[] args = country is null ? ["analyze", "--events", file] : ["analyze", "--events", file, "--country", country];

        var result = CliRunner.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(due, JsonNode.Parse(result.Stdout)!["events"]![0]!["statusCheck"]!["due"]!.GetValue<string>());
    }

    [Fact]
    public void Analyze_UnknownCountry_ExitsTwoWithOneLine()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("analyze", "--events", temp.Write("e.json", Event), "--country", "ZZ");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("--country", result.Stderr, StringComparison.Ordinal);
    }
}
