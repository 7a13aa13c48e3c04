using System.Globalization;
using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.TestUtilities;
using static OutlookFollowUp.Core.Tests.Analysis.Languages.InviteLanguageTestKit;

namespace OutlookFollowUp.Core.Tests.Analysis.Languages;

/// <summary>German invites read end to end: verdicts, facts, requests, timelines, and drafts in German.</summary>
public sealed class GermanInviteTests
{
    [Theory]
    [InlineData("Vorstellungsgespräch als Data Analyst (m/w/d) bei Contoso", "<p>Guten Tag,</p><p>vielen Dank für Ihre Bewerbung. Wir freuen uns auf das Gespräch.</p>", "Data Analyst", "Contoso")]
    [InlineData("Einladung zum Vorstellungsgespräch - Softwareentwickler - Contoso", "<p>wir laden Sie herzlich zu einem persönlichen Gespräch ein.</p>", "Softwareentwickler", "Contoso")]
    [InlineData("Ihr Vorstellungsgespräch bei Contoso", "<p>vielen Dank für Ihre Bewerbung als Projektleiterin. Wir freuen uns auf Sie.</p>", "Projektleiterin", "Contoso")]
    [InlineData("Bewerbungsgespräch: Werkstudent Marketing | Contoso", "<p>Hallo Ana, wir freuen uns auf das Kennenlernen.</p>", "Werkstudent Marketing", "Contoso")]
    [InlineData("Telefoninterview - Contoso", "<p>wie besprochen rufen wir Sie für die Position als Key Account Manager an.</p>", "Key Account Manager", "Contoso")]
    public void Analyze_GermanJobInterview_CandidateInterviewWithGermanDrafts(string subject, string html, string role, string company)
    {
        var e = new EventBuilder().WithSubject(subject).WithHtmlBody(html).WithOrganizer("anna.weber@contoso.com", "Weber, Anna");

        var analysis = Analyze(e);

        Assert.Equal(InterviewKind.CandidateInterview, analysis.Classification.Kind);
        Assert.Equal(Language.German, analysis.Language);
        Assert.Equal(role, analysis.Role);
        Assert.Equal(company, analysis.Company);
        var draft = Assert.Single(analysis.ThankYouDrafts);
        Assert.Equal(analysis.Formality == Formality.Formal ? "Guten Tag Anna Weber," : "Hallo Anna,", FirstLine(draft.Text.BodyText));
        Assert.Contains(role, draft.Text.BodyText, StringComparison.Ordinal);
        Assert.StartsWith("Vielen Dank für das Gespräch", draft.Text.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Interview für unseren Podcast", "<p>Hallo Ana, wir würden dich gern für unseren Podcast über Gründerinnen interviewen.</p>")]
    [InlineData("Presseinterview - Tagesblatt", "<p>Als Redakteurin des Tagesblatts schreibe ich einen Artikel über Ihr Start-up.</p>")]
    [InlineData("Visumtermin im Konsulat", "<p>Ihr Termin im Konsulat ist bestätigt. Bitte bringen Sie Ihren Reisepass mit.</p>")]
    [InlineData("Austrittsgespräch", "<p>Im Rahmen deines Ausscheidens möchte die Personalabteilung ein Austrittsgespräch führen.</p>")]
    [InlineData("Mitarbeitergespräch 2026", "<p>Lass uns über deine Ziele für das nächste Jahr sprechen.</p>")]
    [InlineData("Nutzerinterview: neue App", "<p>Danke für deine Teilnahme an unserer Nutzerforschung.</p>")]
    [InlineData("Probe-Vorstellungsgespräch mit deinem Coach", "<p>Wir üben typische Fragen für deine Bewerbungen.</p>")]
    public void Analyze_NotAJobInterview_NothingToFollowUp(string subject, string html)
    {
        var analysis = Analyze(subject, html, "kontakt@beispiel.example", "Team");

        Assert.Equal(InterviewKind.NotInterview, analysis.Classification.Kind);
        Assert.Empty(analysis.ThankYouDrafts);
    }

    [Fact]
    public void Analyze_HiringSystemNoticeToTheInterviewer_IsInterviewer()
    {
        var e = new EventBuilder().WithSubject("Interview - Kandidat: Jordan Smith")
            .WithHtmlBody("<p>Sie wurden als Interviewer hinzugefügt. Den Lebenslauf des Kandidaten und den Bewertungsbogen finden Sie im Interview-Kit.</p>")
            .WithOrganizer("no-reply@greenhouse.io", "Contoso Recruiting");

        Assert.Equal(InterviewKind.Interviewer, Analyze(e).Classification.Kind);
    }

    [Theory]
    [InlineData("<p>Bitte sehen Sie von telefonischen Nachfragen ab.</p>")]
    [InlineData("<p>Wir bitten Sie, von Rückfragen abzusehen.</p>")]
    [InlineData("<p>Bitte verzichten Sie auf Dankesschreiben.</p>")]
    public void Analyze_NoContactRequest_NoDraftsNoReminder(string html)
    {
        var analysis = Analyze("Vorstellungsgespräch als Data Analyst bei Contoso", html);

        Assert.True(analysis.NoContact);
        Assert.Empty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
    }

    [Fact]
    public void Analyze_AutomatedDoNotReply_IsNotANoContactRequest()
    {
        var analysis = Analyze("Vorstellungsgespräch als Data Analyst bei Contoso", "<p>Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>");

        Assert.False(analysis.NoContact);
        Assert.NotEmpty(analysis.ThankYouDrafts);
    }

    [Fact]
    public void Analyze_NoStatusInquiries_ThankYouButNoStatusCheck()
    {
        var analysis = Analyze("Vorstellungsgespräch als Data Analyst bei Contoso", "<p>Bitte sehen Sie von Nachfragen zum Stand Ihrer Bewerbung ab.</p>");

        Assert.True(analysis.NoStatusInquiries);
        Assert.NotEmpty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
    }

    [Theory]
    [InlineData("<p>Wir melden uns bis Freitag bei Ihnen.</p>", "2026-11-13", "2026-11-17")]
    [InlineData("<p>Sie erhalten am 4. Dezember eine Rückmeldung.</p>", "2026-12-04", "2026-12-08")]
    [InlineData("<p>Wir melden uns innerhalb von zwei Wochen.</p>", "2026-11-24", "2026-11-26")]
    [InlineData("<p>Bitte bestätigen Sie den Termin bis Montag.</p>", null, "2026-11-17")]
    public void Analyze_StatedTimeline_StatusCheckTwoBusinessDaysLater(string html, string? respondBy, string due)
    {
        var analysis = Analyze("Vorstellungsgespräch als Data Analyst bei Contoso", html);

        Assert.Equal(respondBy, analysis.Timeline?.RespondBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(due, analysis.StatusCheck?.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Analyze_InviteSaysDu_DraftsSayDuWithTheFirstName()
    {
        var e = new EventBuilder().WithSubject("Kennenlerngespräch - Contoso")
            .WithHtmlBody("<p>Hallo Ana, danke für deine Bewerbung als UX Designerin! Wir freuen uns, dich am Dienstag kennenzulernen.</p>")
            .WithOrganizer("anna.weber@contoso.com", "Anna Weber");

        var analysis = Analyze(e);

        Assert.Equal(Formality.Informal, analysis.Formality);
        var body = analysis.ThankYouDrafts[0].Text.BodyText;
        Assert.Equal("Hallo Anna,", FirstLine(body));
        Assert.DoesNotContain(" Sie ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Ihr", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_CancelledInGerman_NothingToDraft()
    {
        var analysis = Analyze("Abgesagt: Vorstellungsgespräch als Data Analyst bei Contoso", "<p>Der Termin entfällt.</p>");

        Assert.True(analysis.IsCancelled);
        Assert.Empty(analysis.ThankYouDrafts);
    }
}
