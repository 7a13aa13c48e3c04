using OutlookFollowUp.Core.Drafting;
using OutlookFollowUp.Core.Recipients;
using OutlookFollowUp.Core.Model;

namespace OutlookFollowUp.Core.Tests.Drafting;

public sealed class NoteSentenceTests
{
    [Theory]
    // a topic gets a lead-in; "the"/"your" lose their capital, a proper noun keeps it
    [InlineData("the dashboard redesign", 0, "I especially enjoyed our conversation about the dashboard redesign.")]
    [InlineData("The dashboard redesign", 1, "I appreciated hearing your thoughts on the dashboard redesign.")]
    [InlineData("Kubernetes migration plans", 2, "I enjoyed talking with you about Kubernetes migration plans.")]
    [InlineData("your roadmap for the mobile app,", 0, "I especially enjoyed our conversation about your roadmap for the mobile app.")]
    // an activity
    [InlineData("hearing about the newsletter relaunch", 0, "I especially enjoyed hearing about the newsletter relaunch.")]
    [InlineData("discussing on-call rotations", 1, "I particularly appreciated discussing on-call rotations.")]
    // already a sentence: first letter up, a full stop when missing
    [InlineData("Loved hearing about the newsletter relaunch you are planning.", 0, "Loved hearing about the newsletter relaunch you are planning.")]
    [InlineData("i was glad to hear the team pairs daily", 0, "I was glad to hear the team pairs daily.")]
    [InlineData("Your focus on testing impressed me", 2, "Your focus on testing impressed me.")]
    [InlineData("Great chat! Thanks for the book tip", 0, "Great chat! Thanks for the book tip.")]
    [InlineData("Did I answer the SQL question well?", 0, "Did I answer the SQL question well?")]
    public void NoteSentence_UsersWords_KeptWithLeadInCaseAndFullStopOnly(string note, int variant, string expected)
    {
        Assert.Equal(expected, DraftComposer.NoteSentence(note, variant));
    }

    [Theory]
    [InlineData("the dashboard redesign")]
    [InlineData("  multi\nline   note about   testing  ")]
    [InlineData("Loved the demo")]
    public void ThankYou_WithNote_TheNoteReadsInsideTheOpeningParagraph(string note)
    {
        var amy = new Recipient("amy@contoso.com", "Amy Chen", "Amy", true, AttendeeType.Required);
        var text = DraftComposer.ThankYou(new ThankYouRequest(amy, "Data Analyst", "Contoso", note, "Ana", 0));

        var paragraphs = text.BodyText.Split("\n\n");
        Assert.StartsWith("Thank you for taking the time", paragraphs[1], StringComparison.Ordinal);
        var words = string.Join(' ', note.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(words[1..], paragraphs[1], StringComparison.Ordinal);
        Assert.DoesNotContain(DraftComposer.PlaceholderPrefix, text.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void ThankYou_PanelWithNotes_NoLeadInRepeatsItsOpeningsVerb()
    {
        for (var v = 0; v < 12; v++)
        {
            var amy = new Recipient("amy@contoso.com", "Amy Chen", "Amy", v == 0, AttendeeType.Required);
            var paragraph = DraftComposer.ThankYou(new ThankYouRequest(amy, "Data Analyst", "Contoso", "the dashboard redesign", "Ana", v)).BodyText.Split("\n\n")[1];

            foreach (var word in new[] { "appreciated", "conversation", "enjoyed" })
            {
                Assert.True(CountOf(paragraph, word) <= 1, $"variant {v}: '{word}' twice in \"{paragraph}\"");
            }
        }
    }

    private static int CountOf(string text, string word) => (text.Length - text.Replace(word, "", StringComparison.Ordinal).Length) / word.Length;

    [Fact]
    public void Lint_DraftOverTwoHundredWords_WarnsAndKeepsEveryWord()
    {
        var amy = new Recipient("amy@contoso.com", "Amy Chen", "Amy", true, AttendeeType.Required);
        var note = string.Join(' ', Enumerable.Repeat("the roadmap", 120));
        var text = DraftComposer.ThankYou(new ThankYouRequest(amy, "Data Analyst", "Contoso", note, "Ana", 0));

        var warnings = DraftLinter.Lint(new LintRequest(text.Subject, text.BodyText, amy, "Data Analyst", "Contoso", true));

        Assert.Contains(note, text.BodyText, StringComparison.Ordinal);
        Assert.Contains(warnings, w => w.StartsWith("This note is", StringComparison.Ordinal) && w.Contains("under 200 words", StringComparison.Ordinal));
    }
}
