using OutlookFollowUp.Core.Drafting;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Recipients;

namespace OutlookFollowUp.Core.Tests.Drafting;

public sealed class DraftLinterTests
{
    private const string GoodBody = "Dear Amy,\n\nThank you for meeting with me about the Data Analyst role at Contoso.\n\nBest regards,\nAna";

    private static readonly Recipient Amy = new("amy.chen@contoso.com", "Amy Chen", "Amy", true, AttendeeType.Required);

    [Fact]
    public void Lint_GoodDraftWithNote_HasNoWarnings()
    {
        Assert.Empty(Lint(GoodBody));
    }

    [Fact]
    public void Lint_ComposedDraftWithNote_HasNoWarnings()
    {
        var text = DraftComposer.ThankYou(new ThankYouRequest(Amy, "Data Analyst", "Contoso", "I enjoyed the SQL puzzle.", "Ana", 3));

        Assert.Empty(DraftLinter.Lint(new LintRequest(text.Subject, text.BodyText, Amy, "Data Analyst", "Contoso", HasNote: true)));
    }

    [Fact]
    public void Lint_ComposedDraftWithoutNote_OneWarningAboutTheNoteAndItsPlaceholder()
    {
        var text = DraftComposer.ThankYou(new ThankYouRequest(Amy, "Data Analyst", "Contoso", null, "Ana", 0));

        var warnings = DraftLinter.Lint(new LintRequest(text.Subject, text.BodyText, Amy, "Data Analyst", "Contoso", HasNote: false));

        Assert.Equal(["No note for Amy yet: replace the text in brackets with one thing you talked about."], warnings);
        Assert.DoesNotContain(warnings, w => w.StartsWith("The greeting says", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dear Bob,")]
    [InlineData("Hi Bob!")]
    [InlineData("Hello Amanda,")]
    [InlineData("Dear hiring team,")]
    public void Lint_GreetingForSomeoneElse_WarnsOfMismatch(string greeting)
    {
        var warnings = Lint(GoodBody.Replace("Dear Amy,", greeting, StringComparison.Ordinal));

        Assert.Contains(warnings, w => w.StartsWith("The greeting says", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dear Amy,")]
    [InlineData("Hi amy,")]
    [InlineData("Dear Amy Chen,")]
    [InlineData("Dear Ms. Amy Chen,")]
    [InlineData("Hello,")]
    public void Lint_GreetingForTheRecipient_HasNoMismatch(string greeting)
    {
        var warnings = Lint(GoodBody.Replace("Dear Amy,", greeting, StringComparison.Ordinal));

        Assert.DoesNotContain(warnings, w => w.StartsWith("The greeting says", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dear Dr. Mehta,", false)]
    [InlineData("Dear Raj,", false)]
    [InlineData("Dear Bob,", true)]
    public void Lint_RecipientWithoutFirstName_AcceptsAnyPartOfTheirName(string greeting, bool mismatch)
    {
        var mehta = new Recipient("rmehta@contoso.com", "Dr. Raj Mehta", null, false, AttendeeType.Required);

        var warnings = DraftLinter.Lint(new LintRequest("Thank you", greeting + "\n\nThanks for the Data Analyst interview.", mehta, "Data Analyst", "Contoso", true));

        Assert.Equal(mismatch, warnings.Any(w => w.StartsWith("The greeting says", StringComparison.Ordinal)));
    }

    [Fact]
    public void Lint_RoleNotNamed_WarnsRoleMissing()
    {
        var warnings = Lint(GoodBody.Replace("the Data Analyst role", "the role", StringComparison.Ordinal));

        Assert.Contains(warnings, w => w.StartsWith("The note does not mention", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_RoleInOtherCaseOrAccents_IsNamed()
    {
        Assert.Empty(Lint(GoodBody.Replace("Data Analyst", "data analyst", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Dear [Name],")]
    [InlineData("I look forward to joining {{company}}.")]
    [InlineData("I look forward to joining <<company>>.")]
    [InlineData("I look forward to joining [Company].")]
    [InlineData("Start date: TBD.")]
    [InlineData("XXX")]
    public void Lint_LeftoverPlaceholder_Warns(string line)
    {
        var warnings = Lint(GoodBody + "\n\n" + line);

        Assert.Contains(warnings, w => w.StartsWith("Replace the text in brackets", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_PlaceholderInSubject_Warns()
    {
        var warnings = DraftLinter.Lint(new LintRequest("Thank you - [Role] interview", GoodBody, Amy, "Data Analyst", "Contoso", true));

        Assert.Contains(warnings, w => w.StartsWith("Replace the text in brackets", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(199, false)]
    [InlineData(200, true)]
    [InlineData(350, true)]
    public void Lint_WordCount_WarnsFromTwoHundredWords(int words, bool tooLong)
    {
        var baseWords = Core.Text.PlainText.CountWords(GoodBody);
        var body = GoodBody + "\n\n" + string.Join(' ', Enumerable.Repeat("word", words - baseWords));

        var warnings = Lint(body);

        Assert.Equal(tooLong, warnings.Any(w => w.StartsWith("This note is", StringComparison.Ordinal)));
    }

    [Fact]
    public void Lint_NoNote_WarnsGeneric()
    {
        var warnings = DraftLinter.Lint(new LintRequest("Thank you", GoodBody, Amy, "Data Analyst", "Contoso", HasNote: false));

        Assert.Equal(["No note for Amy yet: add one thing you talked about so it reads as personal."], warnings);
    }

    [Theory]
    [InlineData("Dear Amy,\nmore", "Amy")]
    [InlineData("\n\n  Hi Dr. Mehta!  \nmore", "Dr. Mehta")]
    [InlineData("Good morning Raj:", "Raj")]
    [InlineData("Thanks for everything", null)]
    [InlineData("", null)]
    public void GreetedName_FirstLine_ReturnsTheName(string body, string? expected)
    {
        Assert.Equal(expected, DraftLinter.GreetedName(body));
    }

    private static IReadOnlyList<string> Lint(string body) =>
        DraftLinter.Lint(new LintRequest("Thank you - Data Analyst interview", body, Amy, "Data Analyst", "Contoso", HasNote: true));
}
