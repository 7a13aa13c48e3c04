using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.Core.Text;

namespace OutlookFollowUp.Core.Tests.Languages;

public sealed class LanguageDetectorTests
{
    private static LanguageDetection Detect(string subject, string html) => LanguageDetector.Detect(PlainText.Normalize(subject), PlainText.FromBody(html, true));

    [Theory]
    [InlineData("Interview: Data Analyst - Contoso", "<p>Hi Ana, thank you for your interest in the role. We look forward to meeting you.</p>", Language.English)]
    [InlineData("Entrevista: Analista de Datos - Contoso", "<p>Hola Ana, gracias por tu interés en el puesto. Te esperamos el martes.</p>", Language.Spanish)]
    [InlineData("Entretien : Chargé de projet - Contoso", "<p>Bonjour Ana, nous vous confirmons votre entretien. Nous reviendrons vers vous d'ici vendredi.</p>", Language.French)]
    [InlineData("Vorstellungsgespräch als Data Analyst bei Contoso", "<p>Guten Tag, vielen Dank für Ihre Bewerbung. Wir freuen uns auf das Gespräch.</p>", Language.German)]
    [InlineData("Entrevista - vaga de Analista de Dados - Contoso", "<p>Olá, Ana! Confirmamos a sua entrevista para a vaga. Até segunda-feira.</p>", Language.Portuguese)]
    public void Detect_InviteInOneLanguage_ThatLanguage(string subject, string html, Language expected)
    {
        Assert.Equal(expected, Detect(subject, html).Language);
    }

    [Theory]
    // Few words that are Spanish alone: most are shared with Portuguese ("entrevista", "técnica", "para").
    [InlineData("Entrevista técnica - Desarrolladora Backend (H/M) - Contoso", "<p>Le escribimos para confirmar su entrevista técnica.</p>")]
    [InlineData("Entrevista en diferido - Contoso", "<p>Graba tus respuestas a cinco preguntas. No hay entrevistador en directo.</p>")]
    public void Detect_LanguageToldFromFewOwnWords_IsAlsoAReadingLanguage(string subject, string html)
    {
        var detection = Detect(subject, html);

        Assert.Equal(Language.Spanish, detection.Language);
        Assert.Contains(Language.Spanish, detection.Candidates);
        Assert.Equal([Language.English, Language.Spanish], detection.ReadingLanguages(null));
    }

    [Fact]
    public void Detect_SpanishInviteWithEnglishTeamsFooter_Spanish()
    {
        const string html = "<p>Hola Ana:</p><p>Te confirmamos la entrevista para el puesto de Analista de Datos. Nos pondremos en contacto contigo antes del viernes.</p>"
            + "<div>________________________________________________________________________________</div>"
            + "<div>Microsoft Teams meeting</div><div>Join on your computer, mobile app or room device</div><div>Click here to join the meeting</div>"
            + "<div>Meeting ID: 123 456 789 012</div><div>Passcode: abc123</div><div>Download Teams | Join on the web</div>"
            + "<div>Learn More | Meeting options</div><div>Thank you for your time. We look forward to speaking with you and will be in touch with the next steps.</div>";

        Assert.Equal(Language.Spanish, Detect("Entrevista: Analista de Datos - Contoso", html).Language);
    }

    [Fact]
    public void Detect_OneSharedWord_NoLanguageButBothCandidatesRead()
    {
        // "Entrevista" alone is Spanish or Portuguese: neither is told, the mailbox's language decides the drafts.
        var detection = Detect("Entrevista", "");

        Assert.Null(detection.Language);
        Assert.Contains(Language.Portuguese, detection.ReadingLanguages(Language.Portuguese));
    }

    [Fact]
    public void Detect_ItalianInvite_NotOneOfTheFive()
    {
        var detection = Detect("Colloquio per la posizione di analista", "<p>Gentile Ana, grazie per la sua candidatura. Siamo lieti di invitarla a un colloquio con il nostro team della sede di Milano. Cordiali saluti</p>");

        Assert.Null(detection.Language);
    }

    [Fact]
    public void Detect_Nothing_Unknown()
    {
        Assert.Same(LanguageDetection.Unknown, LanguageDetector.Detect(null, null));
    }
}
