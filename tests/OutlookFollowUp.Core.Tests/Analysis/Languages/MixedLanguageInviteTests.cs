using System.Globalization;
using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.TestUtilities;
using static OutlookFollowUp.Core.Tests.Analysis.Languages.InviteLanguageTestKit;

namespace OutlookFollowUp.Core.Tests.Analysis.Languages;

/// <summary>
/// Invites that mix languages: a meeting tool's or a hiring system's English lines inside an invite in another
/// language, and the mailbox's language as the fallback when the invite's is not one of the five.
/// </summary>
public sealed class MixedLanguageInviteTests
{
    private const string TeamsFooter =
        "<div>________________________________________________________________________________</div>"
        + "<div><b>Microsoft Teams meeting</b></div><div>Join on your computer, mobile app or room device</div>"
        + "<div><a href=\"https://teams.microsoft.com/l/meetup-join/x\">Click here to join the meeting</a></div>"
        + "<div>Meeting ID: 123 456 789 012</div><div>Passcode: abc123</div>"
        + "<div><a href=\"https://aka.ms/JoinTeamsMeeting\">Download Teams</a> | <a href=\"https://teams.microsoft.com\">Join on the web</a></div>"
        + "<div><a href=\"https://aka.ms/teams\">Learn More</a> | <a href=\"https://teams.microsoft.com/meetingOptions\">Meeting options</a></div>"
        + "<div>________________________________________________________________________________</div>";

    private const string ZoomFooter =
        "<p>Join Zoom Meeting<br>https://contoso.zoom.us/j/123456789?pwd=abc<br>Meeting ID: 123 456 789<br>Passcode: 424242<br>"
        + "One tap mobile<br>+16699006833,,123456789# US (San Jose)<br>Dial by your location<br>Find your local number: https://contoso.zoom.us/u/abc</p>";

    private const string GreenhouseFooter =
        "<p>Powered by Greenhouse. Please do not reply to this email. If you need to reschedule, use the link in your candidate portal.</p>";

    [Fact]
    public void Analyze_SpanishInviteWithEnglishTeamsFooter_SpanishDraftsAndTheSpanishTimeline()
    {
        var e = new EventBuilder().WithSubject("Entrevista: Analista de Datos – Contoso")
            .WithHtmlBody("<p>Hola Ana:</p><p>Te confirmamos la entrevista con Carlos. Nos pondremos en contacto contigo antes del viernes.</p>" + TeamsFooter)
            .WithOrganizer("carlos.ruiz@contoso.com", "Carlos Ruiz");

        var analysis = Analyze(e);

        Assert.Equal(InterviewKind.CandidateInterview, analysis.Classification.Kind);
        Assert.Equal(Language.Spanish, analysis.Language);
        Assert.Equal(LanguageSource.Invite, analysis.LanguageSource);
        Assert.Equal(Formality.Informal, analysis.Formality);
        Assert.Equal(("Analista de Datos", "Contoso"), (analysis.Role, analysis.Company));
        Assert.Equal(new DateOnly(2026, 11, 13), analysis.Timeline?.RespondBy);
        Assert.Equal("Hola, Carlos:", FirstLine(Assert.Single(analysis.ThankYouDrafts).Text.BodyText));
    }

    [Fact]
    public void Analyze_SpanishInviteWithAnEnglishTeamsFooterLongerThanItsText_StillSpanish()
    {
        // The footer has more words than the sender's two short lines; it is skipped, so it cannot outvote them.
        var e = new EventBuilder().WithSubject("Entrevista - Contoso")
            .WithHtmlBody("<p>Hola Ana, te esperamos el martes.</p>" + TeamsFooter + TeamsFooter)
            .WithOrganizer("carlos.ruiz@contoso.com", "Carlos Ruiz");

        Assert.Equal(Language.Spanish, Analyze(e).Language);
    }

    [Fact]
    public void Analyze_FrenchInviteSentByGreenhouseWithEnglishLines_FrenchAndTheAutomatedLineIsNoRequest()
    {
        var e = new EventBuilder().WithSubject("Entretien - Data Analyst - Contoso")
            .WithHtmlBody("<p>Bonjour Ana,</p><p>Votre entretien avec Paul Martin est confirmé. Nous vous recontacterons sous 5 jours ouvrés.</p>" + GreenhouseFooter)
            .WithOrganizer("no-reply@greenhouse.io", "Contoso Recruiting")
            .WithAttendee("paul.martin@contoso.com", "Paul Martin");

        var analysis = Analyze(e);

        Assert.Equal(InterviewKind.CandidateInterview, analysis.Classification.Kind);
        Assert.Equal(Language.French, analysis.Language);
        Assert.False(analysis.NoContact);
        Assert.Equal(new DateOnly(2026, 11, 17), analysis.Timeline?.RespondBy);
        Assert.Equal("Bonjour Paul Martin,", FirstLine(Assert.Single(analysis.ThankYouDrafts).Text.BodyText));
    }

    [Fact]
    public void Analyze_GermanInviteWithEnglishZoomFooter_GermanDuDrafts()
    {
        var e = new EventBuilder().WithSubject("Vorstellungsgespräch - Contoso")
            .WithHtmlBody("<p>Hallo Ana,</p><p>wir freuen uns auf das Gespräch mit dir für die Position als Backend Entwicklerin. Ich melde mich bis Freitag bei dir.</p>" + ZoomFooter)
            .WithOrganizer("anna.weber@contoso.com", "Anna Weber");

        var analysis = Analyze(e);

        Assert.Equal(Language.German, analysis.Language);
        Assert.Equal(Formality.Informal, analysis.Formality);
        Assert.Equal("Backend Entwicklerin", analysis.Role);
        Assert.Equal(new DateOnly(2026, 11, 13), analysis.Timeline?.RespondBy);
        Assert.Equal("Hallo Anna,", FirstLine(Assert.Single(analysis.ThankYouDrafts).Text.BodyText));
    }

    [Fact]
    public void Analyze_PortugueseInviteWithEnglishTeamsFooter_PortugueseImpersonalDrafts()
    {
        var e = new EventBuilder().WithSubject("Entrevista com a Contoso")
            .WithHtmlBody("<p>Olá Ana,</p><p>Obrigado por se candidatar à vaga de analista financeiro. Daremos um retorno em até 5 dias úteis.</p>" + TeamsFooter)
            .WithOrganizer("rafael.lima@contoso.com", "Rafael Lima");

        var analysis = Analyze(e);

        Assert.Equal(Language.Portuguese, analysis.Language);
        Assert.Equal(Formality.Formal, analysis.Formality);
        Assert.Equal(("analista financeiro", "Contoso"), (analysis.Role, analysis.Company));
        Assert.Equal(new DateOnly(2026, 11, 17), analysis.Timeline?.RespondBy);
        Assert.DoesNotContain("você", analysis.ThankYouDrafts[0].Text.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_EnglishInviteInASpanishMailbox_EnglishDrafts()
    {
        var e = new EventBuilder().WithSubject("Interview: Data Analyst - Contoso")
            .WithHtmlBody("<p>Hi Ana, we look forward to meeting you. We will get back to you by Friday.</p>")
            .WithOrganizer("amy.chen@contoso.com", "Amy Chen");

        var analysis = Analyze(e, "es-MX");

        Assert.Equal(Language.English, analysis.Language);
        Assert.Equal(LanguageSource.Invite, analysis.LanguageSource);
        Assert.StartsWith("Dear Amy,", analysis.ThankYouDrafts[0].Text.BodyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pt-BR", Language.Portuguese, "Olá, Amy,")]
    [InlineData("de-AT", Language.German, "Guten Tag Amy Chen,")]
    [InlineData("it-IT", Language.English, "Dear Amy,")]
    [InlineData(null, Language.English, "Dear Amy,")]
    public void Analyze_InviteInAnotherLanguage_MailboxLanguageElseEnglish(string? locale, Language expected, string greeting)
    {
        // Italian text with an English interview subject: an interview, but its language is not one of the five.
        var e = new EventBuilder().WithSubject("Interview - Data Analyst - Contoso")
            .WithHtmlBody("<p>Gentile Ana, la aspettiamo per il colloquio con il nostro team della sede di Milano. Cordiali saluti</p>")
            .WithOrganizer("amy.chen@contoso.com", "Amy Chen");

        var analysis = Analyze(e, locale);

        Assert.Equal(InterviewKind.CandidateInterview, analysis.Classification.Kind);
        Assert.Null(analysis.InviteLanguage);
        Assert.Equal(expected, analysis.Language);
        Assert.Equal(locale is "pt-BR" or "de-AT" ? LanguageSource.Mailbox : LanguageSource.Default, analysis.LanguageSource);
        Assert.Equal(greeting, FirstLine(analysis.ThankYouDrafts[0].Text.BodyText));
    }

    [Fact]
    public void Analyze_ChosenDraftLanguage_OverridesTheInvitesAndKeepsTheVerdict()
    {
        var e = new EventBuilder().WithSubject("Entrevista: Analista de Datos – Contoso")
            .WithHtmlBody("<p>Hola Ana, gracias por tu candidatura. Te contaremos los próximos pasos antes del viernes.</p>")
            .WithOrganizer("amy.chen@contoso.com", "Amy Chen");

        var analysis = Core.Analysis.InterviewAnalyzer.Analyze(e.Build(), Context() with { DraftLanguage = Language.English });

        Assert.Equal(Language.English, analysis.Language);
        Assert.Equal(LanguageSource.Chosen, analysis.LanguageSource);
        Assert.Equal(Language.Spanish, analysis.InviteLanguage);
        Assert.Equal(new DateOnly(2026, 11, 13), analysis.Timeline?.RespondBy);
        Assert.StartsWith("Thank you", analysis.ThankYouDrafts[0].Text.Subject, StringComparison.Ordinal);
        Assert.Contains(analysis.StatusCheck!.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "2026-11-17", StringComparison.Ordinal);
    }
}
