using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Drafting;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Recipients;
using OutlookFollowUp.Core.Text;

namespace OutlookFollowUp.Core.Tests.Drafting;

public sealed class DraftComposerTests
{
    private const string Role = "Editorial Assistant";
    private const string Company = "Lucerne Publishing";

    // Twelve first names, none a part of another or of a greeting word.
    private static readonly string[] PanelNames =
        ["Amy", "Bob", "Raj", "Fiona", "José", "Grace", "Peter", "Nina", "Oliver", "Hector", "Irene", "Victor"];

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(12)]
    public void ThankYou_PanelWithoutNotes_NoTwoBodiesAreTheSameButForTheName(int size)
    {
        var drafts = Panel(size, _ => null);

        AssertDistinctButForNames(drafts);
    }

    [Fact]
    public void ThankYou_PanelWithTheSameNoteForEveryone_NoTwoBodiesAreTheSameButForTheName()
    {
        var drafts = Panel(12, _ => "I enjoyed hearing about the spring catalogue.");

        AssertDistinctButForNames(drafts);
    }

    [Fact]
    public void ThankYou_PanelWithoutGreetingNames_NoTwoBodiesAreTheSame()
    {
        var drafts = Enumerable.Range(0, 12)
            .Select(i => DraftComposer.ThankYou(new ThankYouRequest(Recipient($"interviewer{i}@lucernepublishing.com", null, null), Role, Company, null, "Ana", i)))
            .ToList();

        Assert.Equal(drafts.Count, drafts.Select(d => d.BodyText).Distinct().Count());
    }

    [Fact]
    public void ThankYou_EachPanelDraft_GreetsOnlyItsOwnRecipient()
    {
        var drafts = Panel(12, i => i % 2 == 0 ? null : $"Thanks for walking me through project {i}.");

        for (var i = 0; i < drafts.Count; i++)
        {
            var firstLine = FirstLine(drafts[i].Text.BodyText);
            Assert.Matches(new Regex($@"\b{PanelNames[i]}\b"), firstLine);
            foreach (var other in PanelNames.Where((_, j) => j != i))
            {
                Assert.DoesNotMatch(new Regex($@"\b{other}\b"), firstLine);
            }
        }
    }

    [Fact]
    public void ThankYou_EachPanelDraft_IsShortNamesRoleAndCompanyAndSignsWithTheUsersName()
    {
        var drafts = Panel(12, i => i % 3 == 0 ? null : "I enjoyed our conversation about the newsletter relaunch and the team's editorial calendar.");

        foreach (var (_, text) in drafts)
        {
            Assert.InRange(PlainText.CountWords(text.BodyText), 1, 199);
            Assert.Contains(Role, text.BodyText, StringComparison.Ordinal);
            Assert.Contains(Company, text.BodyText, StringComparison.Ordinal);
            Assert.Equal("Ana", LastLine(text.BodyText));
            Assert.Contains(Role, text.Subject, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ThankYou_WithNote_CarriesTheNoteVerbatim()
    {
        const string note = "Thanks for the tour of the print shop — and for the tip about the Bologna book fair!";

        var text = DraftComposer.ThankYou(new ThankYouRequest(Recipient("amy.chen@contoso.com", "Amy Chen", "Amy"), Role, Company, note, "Ana", 0));

        Assert.Contains(note, text.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftComposer.PlaceholderPrefix, text.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void ThankYou_WithoutNote_CarriesOneBracketedPlaceholder()
    {
        var text = DraftComposer.ThankYou(new ThankYouRequest(Recipient("amy.chen@contoso.com", "Amy Chen", "Amy"), Role, Company, "  ", "Ana", 0));

        Assert.Single(Regex.Matches(text.BodyText, @"\[[^\]]+\]"));
        Assert.Contains(DraftComposer.PlaceholderPrefix + "Amy", text.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void ThankYou_TextFromTheInvite_IsEscapedInTheHtmlBody()
    {
        var text = DraftComposer.ThankYou(new ThankYouRequest(
            Recipient("amy.chen@contoso.com", "Amy Chen", "Amy"),
            "R&D <script>alert(1)</script> Engineer",
            "Smith & Sons <b>Ltd</b>",
            "I liked the <script>demo</script> & the Q&A.",
            "Ana",
            0));

        Assert.DoesNotContain("<script>", text.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", text.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", text.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("R&amp;D", text.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("Smith &amp; Sons", text.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("Q&amp;A", text.BodyHtml, StringComparison.Ordinal);
        // every '&' left in the HTML starts an entity
        Assert.DoesNotMatch(new Regex(@"&(?![a-z]+;|#\d+;|#x[0-9a-f]+;)", RegexOptions.IgnoreCase), text.BodyHtml);
        // while the plain text keeps the characters as written
        Assert.Contains("R&D <script>alert(1)</script> Engineer", text.BodyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role, Company, Role)]
    [InlineData(null, Company, Company)]
    public void ThankYou_Subject_NamesTheRoleElseTheCompany(string? role, string company, string expected)
    {
        var text = DraftComposer.ThankYou(new ThankYouRequest(Recipient("amy.chen@contoso.com", "Amy Chen", "Amy"), role, company, null, "Ana", 1));

        Assert.Contains(expected, text.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void ThankYou_NeitherRoleNorCompany_StillReadsWell()
    {
        var text = DraftComposer.ThankYou(new ThankYouRequest(Recipient("amy.chen@contoso.com", "Amy Chen", "Amy"), null, null, "Thanks!", null, 0));

        Assert.Equal("Thank you for the interview", text.Subject);
        Assert.Contains("the position", text.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", text.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void ThankYou_NoGreetingName_GreetsWithoutAName()
    {
        var text = DraftComposer.ThankYou(new ThankYouRequest(Recipient("hr@contoso.com", "Contoso HR", null), Role, Company, null, "Ana", 0));

        Assert.Equal("Hello,", FirstLine(text.BodyText));
    }

    [Fact]
    public void ThankYou_Signature_FollowsTheName()
    {
        var text = DraftComposer.ThankYou(new ThankYouRequest(Recipient("amy.chen@contoso.com", "Amy Chen", "Amy"), Role, Company, "Thanks!", "Ana", 0, "Ana Souza\n+1 555 0100"));

        Assert.EndsWith("Ana\n\nAna Souza\n+1 555 0100", text.BodyText, StringComparison.Ordinal);
        Assert.Contains("Ana Souza<br>+1 555 0100", text.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void StatusCheck_WithTimeline_NamesRoleCompanyDateAndRecipient()
    {
        var text = DraftComposer.StatusCheck(new StatusCheckRequest(
            Recipient("grace.hall@lucernepublishing.com", "Grace Hall", "Grace"), Role, Company,
            new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 12), "Ana"));

        Assert.Equal("Dear Grace,", FirstLine(text.BodyText));
        Assert.Contains("the Editorial Assistant role at Lucerne Publishing on November 10", text.BodyText, StringComparison.Ordinal);
        Assert.Contains("by November 12", text.BodyText, StringComparison.Ordinal);
        Assert.Contains(Role, text.Subject, StringComparison.Ordinal);
        Assert.Equal("Ana", LastLine(text.BodyText));
        Assert.InRange(PlainText.CountWords(text.BodyText), 1, 199);
    }

    [Fact]
    public void StatusCheck_NoRecipientNoRoleNoTimeline_StillReadsWell()
    {
        var text = DraftComposer.StatusCheck(new StatusCheckRequest(null, null, "Contoso", new DateOnly(2026, 11, 10), null, "Ana"));

        Assert.Equal("Hello,", FirstLine(text.BodyText));
        Assert.Contains("the position at Contoso", text.BodyText, StringComparison.Ordinal);
        Assert.Equal("Following up on my interview with Contoso", text.Subject);
    }

    [Theory]
    [InlineData("Data Analyst", "Contoso", "the Data Analyst role at Contoso")]
    [InlineData("Data Analyst", null, "the Data Analyst role")]
    [InlineData(null, "Contoso", "the opportunity at Contoso")]
    [InlineData(null, null, "the position")]
    public void RolePhrase_KnownParts_DegradesGracefully(string? role, string? company, string expected)
    {
        Assert.Equal(expected, DraftComposer.RolePhrase(role, company));
    }

    [Fact]
    public void TextToHtml_EditedText_IsEscapedIntoParagraphs()
    {
        Assert.Equal("<html><body><p>Dear Amy,</p><p>A &amp; B<br>&lt;C&gt;</p></body></html>", DraftComposer.TextToHtml("Dear Amy,\r\n\r\nA & B\n<C>"));
    }

    internal static Recipient Recipient(string address, string? displayName, string? greetingName) =>
        new(address, displayName, greetingName, false, AttendeeType.Required);

    private static List<(Recipient Recipient, DraftText Text)> Panel(int size, Func<int, string?> note) =>
        Enumerable.Range(0, size)
            .Select(i =>
            {
                var r = Recipient($"{PanelNames[i].ToLowerInvariant()}@lucernepublishing.com", $"{PanelNames[i]} Example", PanelNames[i]);
                return (r, DraftComposer.ThankYou(new ThankYouRequest(r, Role, Company, note(i), "Ana", i)));
            })
            .ToList();

    private static void AssertDistinctButForNames(List<(Recipient Recipient, DraftText Text)> drafts)
    {
        var masked = drafts.Select(d => Regex.Replace(d.Text.BodyText, $@"\b{Regex.Escape(d.Recipient.GreetingName!)}\b", "{NAME}")).ToList();
        Assert.Equal(masked.Count, masked.Distinct(StringComparer.Ordinal).Count());
    }

    private static string FirstLine(string body) => body.Split('\n').First(l => l.Trim().Length > 0).Trim();

    private static string LastLine(string body) => body.Split('\n').Last(l => l.Trim().Length > 0).Trim();
}
