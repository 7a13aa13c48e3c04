using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Cli.Tests.Analyze;

/// <summary>Every public case in ../shared/fixtures/analyze-cases.json, every expected field.</summary>
public sealed class FixtureCasesTests
{
    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases())
        {
            data.Add(c["name"]!.GetValue<string>());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Analyze_PublicFixtureCase_MatchesEveryExpectedField(string name)
    {
        var testCase = Cases().Single(c => c["name"]!.GetValue<string>() == name);
        var output = RunCase(testCase);
        var expect = testCase["expect"]!.AsObject();
        var e = output["events"]!.AsArray().Single()!.AsObject();

        if (expect["classification"] is JsonArray classes)
        {
            Assert.Contains(e["classification"]!.GetValue<string>(), classes.Select(c => c!.GetValue<string>()));
        }

        foreach (var field in new[] { "role", "company" })
        {
            if (expect[field] is JsonArray accepted)
            {
                var actual = Loose(e[field]?.GetValue<string>());
                Assert.True(accepted.Any(a => Loose(a!.GetValue<string>()) == actual), $"{field}: got '{e[field]}', expected one of {accepted.ToJsonString()}");
            }
        }

        if (expect["noContact"] is JsonValue noContact && noContact.TryGetValue<bool>(out var expectedNoContact))
        {
            Assert.Equal(expectedNoContact, e["noContact"]!.GetValue<bool>());
        }

        if (expect["noStatusInquiries"] is JsonValue noStatus && noStatus.TryGetValue<bool>(out var expectedNoStatus))
        {
            Assert.Equal(expectedNoStatus, e["noStatusInquiries"]!.GetValue<bool>());
            Assert.Equal(expectedNoStatus, e["noStatusInquiriesText"]?.GetValue<string>() is { Length: > 0 });
            if (expectedNoStatus)
            {
                Assert.Null(e["statusCheck"]);
            }
        }

        if (expect.ContainsKey("respondBy") && !IsSkip(expect["respondBy"]))
        {
            Assert.Equal(expect["respondBy"]?.GetValue<string>(), e["respondBy"]?.GetValue<string>());
        }

        if (expect.ContainsKey("statusCheckDue") && !IsSkip(expect["statusCheckDue"]))
        {
            Assert.Equal(expect["statusCheckDue"]?.GetValue<string>(), e["statusCheck"]?["due"]?.GetValue<string>());
        }

        if (expect["statusCheckTo"] is JsonArray statusTo)
        {
            var actual = e["statusCheck"]?["to"]?.GetValue<string>();
            Assert.Contains(statusTo, a => string.Equals(a!.GetValue<string>(), actual, StringComparison.OrdinalIgnoreCase));
        }

        var drafts = e["thankYouDrafts"]!.AsArray().Select(d => d!.AsObject()).ToList();
        if (expect["thankYouTo"] is JsonArray thankYouTo)
        {
            Assert.Equal(
                thankYouTo.Select(a => a!.GetValue<string>().ToLowerInvariant()).Order(),
                drafts.Select(d => d["to"]!.GetValue<string>().ToLowerInvariant()).Order());
        }

        if (expect["cancelled"] is JsonValue cancelled && cancelled.GetValue<bool>())
        {
            Assert.Empty(drafts);
            Assert.Null(e["statusCheck"]);
        }

        if (expect["greetings"] is JsonObject greetings)
        {
            foreach (var (address, firstName) in greetings)
            {
                var draft = DraftTo(drafts, address);
                Assert.Contains(firstName!.GetValue<string>(), FirstLine(draft["bodyText"]!.GetValue<string>()), StringComparison.Ordinal);
            }
        }

        if (expect["bodyContains"] is JsonObject bodyContains)
        {
            foreach (var (address, phrases) in bodyContains)
            {
                var body = DraftTo(drafts, address)["bodyText"]!.GetValue<string>();
                foreach (var phrase in phrases!.AsArray())
                {
                    Assert.Contains(phrase!.GetValue<string>(), body, StringComparison.Ordinal);
                }
            }
        }

        AssertDraftEtiquette(testCase, e, drafts);
    }

    /// <summary>The README's rules for every candidate-interview draft.</summary>
    private static void AssertDraftEtiquette(JsonNode testCase, JsonObject e, List<JsonObject> drafts)
    {
        var role = e["role"]?.GetValue<string>();
        var company = e["company"]?.GetValue<string>();
        var ownerFirstName = testCase["owner"]!["displayName"]!.GetValue<string>().Split(' ')[0];
        foreach (var draft in drafts)
        {
            var body = draft["bodyText"]!.GetValue<string>();
            var subject = draft["subject"]!.GetValue<string>();
            if (role is not null)
            {
                Assert.Contains(role, body, StringComparison.OrdinalIgnoreCase);
                Assert.True(subject.Contains(role, StringComparison.OrdinalIgnoreCase) || (company is not null && subject.Contains(company, StringComparison.OrdinalIgnoreCase)));
            }

            Assert.Contains(ownerFirstName, body.Split('\n').Last(l => l.Trim().Length > 0), StringComparison.Ordinal);
            Assert.True(body.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length < 200);
        }

        // Panel siblings differ by more than the name.
        var normalized = drafts.Select(d => FirstLineRemoved(d["bodyText"]!.GetValue<string>(), d)).ToList();
        Assert.Equal(normalized.Count, normalized.Distinct().Count());
    }

    private static string FirstLineRemoved(string body, JsonObject draft)
    {
        var name = draft["toName"]?.GetValue<string>()?.Split(' ', ',')[0] ?? "";
        var withoutGreeting = string.Join('\n', body.Split('\n').Skip(1));
        return name.Length > 0 ? withoutGreeting.Replace(name, "{name}", StringComparison.Ordinal) : withoutGreeting;
    }

    private static JsonObject DraftTo(List<JsonObject> drafts, string address) =>
        drafts.Single(d => string.Equals(d["to"]!.GetValue<string>(), address, StringComparison.OrdinalIgnoreCase));

    private static string FirstLine(string body) => body.Split('\n').First(l => l.Trim().Length > 0);

    private static bool IsSkip(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && s == "skip";

    private static string? Loose(string? s) => s?.Trim().Trim('.', ',', '\'', '"', ' ').ToLowerInvariant();

    private static JsonObject RunCase(JsonNode testCase)
    {
        using var temp = new TempFolder();
        var events = temp.Write("event.json", testCase["event"]!.ToJsonString());
        var args = new List<string>
        {
            "analyze", "--events", events,
            "--me", testCase["owner"]!["address"]!.GetValue<string>(),
            "--me-name", testCase["owner"]!["displayName"]!.GetValue<string>(),
            "--time-zone", testCase["timeZone"]!.GetValue<string>(),
            "--working-days", string.Join(',', testCase["workingDays"]!.AsArray().Select(d => d!.GetValue<string>())),
            "--now", testCase["now"]!.GetValue<string>(),
        };
        if (testCase["notes"] is JsonObject notes)
        {
            args.AddRange(["--notes", temp.Write("notes.json", notes.ToJsonString())]);
        }

        var result = CliRunner.Run([.. args]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("", result.Stderr);
        return JsonNode.Parse(result.Stdout)!.AsObject();
    }

    private static IEnumerable<JsonNode> Cases() =>
        JsonNode.Parse(SharedFixtures.Read("analyze-cases.json"))!["cases"]!.AsArray().Select(c => c!);

    [Fact]
    public void Analyze_SameInputTwice_ByteForByteEqual()
    {
        var page = new JsonObject { ["value"] = new JsonArray(Cases().Select(c => c["event"]!.DeepClone()).ToArray()) };
        using var temp = new TempFolder();
        var file = temp.Write("page.json", page.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var first = CliRunner.Run("analyze", "--events", file, "--me", "ana.souza@outlook.com", "--time-zone", "America/New_York");
        var second = CliRunner.Run("analyze", "--events", file, "--me", "ana.souza@outlook.com", "--time-zone", "America/New_York");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(Cases().Count(), JsonNode.Parse(first.Stdout)!["events"]!.AsArray().Count);
    }
}
