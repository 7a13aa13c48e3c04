using System.Globalization;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Core.Text;
using OutlookFollowUp.Core.Timelines;

namespace OutlookFollowUp.Core.Tests.Timelines;

/// <summary>
/// The employer's stated timeline in Spanish, French, German and Portuguese, with the policy's meaning (DESIGN.md,
/// "respondBy"). D is Tuesday 2026-11-10: the first Friday after it is 11-13, the end of the next week 11-20.
/// </summary>
public sealed class ForeignTimelineTests
{
    private const string D = "2026-11-10";

    [Theory]
    // weekdays, "next" weekdays, end of (next) week
    [InlineData("Nos pondremos en contacto contigo antes del viernes.", "2026-11-13")]
    [InlineData("Te daremos una respuesta el próximo viernes.", "2026-11-20")]
    [InlineData("Le informaremos el viernes de la próxima semana.", "2026-11-20")]
    [InlineData("Tendrás noticias nuestras a finales de esta semana.", "2026-11-13")]
    [InlineData("Te avisaremos la semana que viene.", "2026-11-20")]
    [InlineData("Le contactaremos a principios de la próxima semana.", "2026-11-20")]
    // dates
    [InlineData("Le daremos una respuesta el 4 de diciembre.", "2026-12-04")]
    [InlineData("Te comunicaremos la decisión el jueves 4 de diciembre.", "2026-12-04")]
    [InlineData("La decisión final se tomará antes del 04/12.", "2026-12-04")]
    [InlineData("Te responderemos antes del día 15.", "2026-11-15")]
    [InlineData("Tendrá una respuesta a principios de diciembre.", "2026-12-07")]
    [InlineData("Te daremos novedades a finales de mes.", "2026-11-30")]
    // durations, numbers as words, ranges
    [InlineData("Le daremos una respuesta en un plazo de 5 días hábiles.", "2026-11-17")]
    [InlineData("Nos pondremos en contacto contigo en un plazo máximo de diez días hábiles.", "2026-11-24")]
    [InlineData("Te contactaremos dentro de dos semanas.", "2026-11-24")]
    [InlineData("Recibirás una respuesta en las próximas cuarenta y ocho horas.", "2026-11-12")]
    [InlineData("Tendrás noticias en unos días.", "2026-11-13")]
    [InlineData("Te daremos una respuesta en un par de días.", "2026-11-12")]
    [InlineData("El proceso de decisión tarda entre 7 y 10 días hábiles, y luego te avisaremos.", "2026-11-24")]
    [InlineData("Te responderemos en quince días.", "2026-11-24")]
    [InlineData("Le daremos una respuesta en la próxima quincena.", "2026-11-24")]
    [InlineData("Te avisaremos mañana.", "2026-11-11")]
    [InlineData("Te avisaremos pasado mañana.", "2026-11-12")]
    public void Read_Spanish_ResolvesRespondBy(string text, string expected) =>
        Assert.Equal(Date(expected), RespondBy(text, Language.Spanish));

    [Theory]
    [InlineData("Nous reviendrons vers vous d'ici vendredi.", "2026-11-13")]
    [InlineData("Nous vous recontacterons vendredi prochain.", "2026-11-20")]
    [InlineData("Vous aurez un retour d'ici la fin de la semaine.", "2026-11-13")]
    [InlineData("Nous vous ferons un retour la semaine prochaine.", "2026-11-20")]
    [InlineData("Nous vous donnerons des nouvelles début de semaine prochaine.", "2026-11-20")]
    [InlineData("Vous recevrez une réponse le 4 décembre.", "2026-12-04")]
    [InlineData("Nous vous ferons part de notre décision le jeudi 4 décembre.", "2026-12-04")]
    [InlineData("Nous reviendrons vers vous le 1er décembre.", "2026-12-01")]
    [InlineData("Nous vous répondrons avant le 15.", "2026-11-15")]
    [InlineData("La décision sera communiquée mi-décembre.", "2026-12-15")]
    [InlineData("Nous reviendrons vers vous d'ici la fin du mois.", "2026-11-30")]
    [InlineData("Nous vous recontacterons sous 5 jours ouvrés.", "2026-11-17")]
    [InlineData("Nous reviendrons vers toi dans deux semaines.", "2026-11-24")]
    [InlineData("Vous recevrez une réponse dans les 48h.", "2026-11-12")]
    [InlineData("Nous vous répondrons dans les quarante-huit heures.", "2026-11-12")]
    [InlineData("Nous vous tiendrons informée dans quelques jours.", "2026-11-13")]
    [InlineData("Nous reviendrons vers vous sous quinze jours.", "2026-11-24")]
    [InlineData("Nous vous recontacterons sous huit jours.", "2026-11-17")]
    [InlineData("Nous reviendrons vers vous d'ici une quinzaine de jours.", "2026-11-24")]
    [InlineData("Nous vous donnerons notre réponse sous 7 à 10 jours ouvrés.", "2026-11-24")]
    [InlineData("Nous vous recontacterons demain.", "2026-11-11")]
    public void Read_French_ResolvesRespondBy(string text, string expected) =>
        Assert.Equal(Date(expected), RespondBy(text, Language.French));

    [Theory]
    [InlineData("Wir melden uns bis Freitag bei Ihnen.", "2026-11-13")]
    [InlineData("Bis Freitag melden wir uns bei dir.", "2026-11-13")]
    [InlineData("Wir geben Ihnen nächsten Freitag Bescheid.", "2026-11-20")]
    [InlineData("Sie erhalten am Freitag nächster Woche eine Rückmeldung.", "2026-11-20")]
    [InlineData("Wir melden uns kommenden Freitag.", "2026-11-13")]
    [InlineData("Eine Entscheidung treffen wir bis Ende dieser Woche.", "2026-11-13")]
    [InlineData("Sie hören nächste Woche von uns.", "2026-11-20")]
    [InlineData("Wir melden uns Anfang nächster Woche.", "2026-11-20")]
    [InlineData("Wir werden uns übernächste Woche bei Ihnen melden.", "2026-11-27")]
    [InlineData("Sie erhalten bis zum 4. Dezember eine Rückmeldung.", "2026-12-04")]
    [InlineData("Wir melden uns am Donnerstag, den 4. Dezember.", "2026-12-04")]
    [InlineData("Eine Entscheidung fällt bis zum 04.12.", "2026-12-04")]
    [InlineData("Wir melden uns bis zum 15. bei Ihnen.", "2026-11-15")]
    [InlineData("Wir geben Ihnen Ende November Bescheid.", "2026-11-30")]
    [InlineData("Mit einer Entscheidung ist bis KW 49 zu rechnen.", "2026-12-04")]
    [InlineData("Wir melden uns innerhalb von zwei Wochen bei Ihnen.", "2026-11-24")]
    [InlineData("Sie erhalten in den nächsten 5 Werktagen eine Rückmeldung.", "2026-11-17")]
    [InlineData("Sie hören innerhalb von 48 Stunden von uns.", "2026-11-12")]
    [InlineData("Wir melden uns binnen achtundvierzig Stunden.", "2026-11-12")]
    [InlineData("Wir melden uns in ein paar Tagen.", "2026-11-13")]
    [InlineData("Eine Rückmeldung erhalten Sie in zwei bis drei Wochen.", "2026-12-01")]
    [InlineData("Wir melden uns bis Ende des Monats.", "2026-11-30")]
    [InlineData("Wir melden uns morgen bei Ihnen.", "2026-11-11")]
    public void Read_German_ResolvesRespondBy(string text, string expected) =>
        Assert.Equal(Date(expected), RespondBy(text, Language.German));

    [Theory]
    [InlineData("Entraremos em contato até sexta-feira.", "2026-11-13")]
    [InlineData("Daremos um retorno até sexta.", "2026-11-13")]
    [InlineData("Vamos te avisar na próxima sexta-feira.", "2026-11-20")]
    [InlineData("Você receberá uma resposta até o fim desta semana.", "2026-11-13")]
    [InlineData("Retornaremos na próxima semana.", "2026-11-20")]
    [InlineData("Daremos um retorno na semana que vem.", "2026-11-20")]
    [InlineData("Daremos um retorno até 4 de dezembro.", "2026-12-04")]
    [InlineData("A decisão será comunicada até o dia 15.", "2026-11-15")]
    [InlineData("Entraremos em contato até 04/12.", "2026-12-04")]
    [InlineData("Teremos uma decisão em meados de dezembro e entraremos em contato.", "2026-12-15")]
    [InlineData("Daremos um retorno até o fim do mês.", "2026-11-30")]
    [InlineData("Daremos um retorno em até 5 dias úteis.", "2026-11-17")]
    [InlineData("Entraremos em contato em até dez dias úteis.", "2026-11-24")]
    [InlineData("Você receberá um retorno em duas semanas.", "2026-11-24")]
    [InlineData("Daremos uma resposta nas próximas quarenta e oito horas.", "2026-11-12")]
    [InlineData("Retornaremos em alguns dias.", "2026-11-13")]
    [InlineData("Entraremos em contato em uma ou duas semanas.", "2026-11-24")]
    [InlineData("Daremos um retorno em quinze dias.", "2026-11-24")]
    [InlineData("Avisaremos amanhã.", "2026-11-11")]
    public void Read_Portuguese_ResolvesRespondBy(string text, string expected) =>
        Assert.Equal(Date(expected), RespondBy(text, Language.Portuguese));

    [Theory]
    // the recruiter speaking for themself, and French's everyday "on"
    [InlineData("Me pondré en contacto contigo antes del viernes.", Language.Spanish, "2026-11-13")]
    [InlineData("Volveré a escribirte la próxima semana.", Language.Spanish, "2026-11-20")]
    [InlineData("Je reviendrai vers vous d'ici vendredi.", Language.French, "2026-11-13")]
    [InlineData("Je vous recontacterai la semaine prochaine.", Language.French, "2026-11-20")]
    [InlineData("Je vous tiens au courant d'ici vendredi.", Language.French, "2026-11-13")]
    [InlineData("On te recontacte la semaine prochaine.", Language.French, "2026-11-20")]
    [InlineData("On revient vers vous d'ici vendredi.", Language.French, "2026-11-13")]
    [InlineData("Nous vous tiendrons au courant d'ici vendredi.", Language.French, "2026-11-13")]
    [InlineData("Ich melde mich bis Freitag bei Ihnen.", Language.German, "2026-11-13")]
    [InlineData("Ich werde mich nächste Woche bei dir melden.", Language.German, "2026-11-20")]
    [InlineData("Du hörst bis Freitag von mir.", Language.German, "2026-11-13")]
    [InlineData("Entrarei em contato até sexta-feira.", Language.Portuguese, "2026-11-13")]
    [InlineData("Vou te dar um retorno na próxima semana.", Language.Portuguese, "2026-11-20")]
    [InlineData("Retornarei em até 5 dias úteis.", Language.Portuguese, "2026-11-17")]
    public void Read_OnePersonOrOnSpeaksForTheEmployer_ResolvesRespondBy(string text, Language language, string expected) =>
        Assert.Equal(Date(expected), RespondBy(text, language));

    [Theory]
    // the candidate is asked to act: not a timeline
    [InlineData("Merci de me confirmer votre présence d'ici vendredi.", Language.French)]
    [InlineData("Bitte melden Sie sich bis Freitag, ob der Termin passt.", Language.German)]
    [InlineData("Por favor, confírmame tu asistencia antes del viernes.", Language.Spanish)]
    [InlineData("Por favor, me confirme a sua presença até sexta-feira.", Language.Portuguese)]
    [InlineData("Por favor, confirma tu disponibilidad antes del lunes.", Language.Spanish)]
    [InlineData("Envíanos el formulario firmado en 48 horas.", Language.Spanish)]
    [InlineData("Esperamos tu respuesta antes del viernes.", Language.Spanish)]
    [InlineData("Merci de confirmer votre disponibilité avant lundi.", Language.French)]
    [InlineData("Merci de nous renvoyer le questionnaire sous 48h.", Language.French)]
    [InlineData("Bitte bestätigen Sie den Termin bis Montag.", Language.German)]
    [InlineData("Bitte geben Sie uns bis Montag Rückmeldung, ob der Termin passt.", Language.German)]
    [InlineData("Bitte senden Sie uns Ihre Unterlagen innerhalb von 48 Stunden.", Language.German)]
    [InlineData("Por favor, confirme sua disponibilidade até segunda-feira.", Language.Portuguese)]
    [InlineData("Envie os documentos em até 2 dias úteis.", Language.Portuguese)]
    // the interview itself, not the employer's answer
    [InlineData("La entrevista durará 45 minutos y tendrá lugar el 4 de diciembre.", Language.Spanish)]
    [InlineData("L'entretien aura lieu le 4 décembre.", Language.French)]
    [InlineData("Das Gespräch findet am 4. Dezember statt.", Language.German)]
    [InlineData("A entrevista será realizada no dia 4 de dezembro.", Language.Portuguese)]
    public void Read_NotAnEmployerStatement_NoTimeline(string text, Language language) =>
        Assert.Null(RespondBy(text, language));

    [Theory]
    // the date counts in the clause that carries the response verb
    [InlineData("Esta semana entrevistamos a otros candidatos y tomaremos una decisión antes del jueves.", Language.Spanish)]
    [InlineData("Cette semaine nous rencontrons d'autres candidats et reviendrons vers vous d'ici jeudi.", Language.French)]
    [InlineData("Diese Woche führen wir weitere Gespräche und entscheiden bis Donnerstag.", Language.German)]
    [InlineData("Nesta semana conversamos com outros candidatos e daremos um retorno até quinta-feira.", Language.Portuguese)]
    public void Read_DateInTheResponseClause_IsThatDate(string text, Language language) =>
        Assert.Equal(Date("2026-11-12"), RespondBy(text, language));

    [Theory]
    [InlineData("Nos pondremos en contacto contigo antes del 4 de noviembre.", Language.Spanish)]
    [InlineData("Nous reviendrons vers vous le 4 novembre.", Language.French)]
    [InlineData("Wir melden uns bis zum 4. November.", Language.German)]
    [InlineData("Daremos um retorno até 4 de novembro.", Language.Portuguese)]
    public void Read_DateBeforeTheInterview_IsStaleNeverRolledAhead(string text, Language language)
    {
        var reading = TimelineExtractor.Read(PlainText.Normalize(text), Date(D), WorkWeek.MondayToFriday, [Language.English, language]);

        Assert.Null(reading.Timeline);
        Assert.Equal(Date("2026-11-04"), Assert.Single(reading.Stale).RespondBy);
    }

    [Fact]
    public void Read_DateInDecemberForJanuary_IsNextYear()
    {
        var reading = TimelineExtractor.Read("Le daremos una respuesta el 8 de enero.", new DateOnly(2026, 12, 15), WorkWeek.MondayToFriday, [Language.English, Language.Spanish]);

        Assert.Equal(new DateOnly(2027, 1, 8), reading.Timeline?.RespondBy);
    }

    [Fact]
    public void Read_SeveralStatements_LatestWins()
    {
        Assert.Equal(Date("2026-11-24"), RespondBy("Te avisaremos el viernes. La decisión final llegará en dos semanas.", Language.Spanish));
    }

    [Fact]
    public void Read_WithoutLanguages_DetectsThem()
    {
        var reading = TimelineExtractor.Read("Hola Ana, gracias por tu tiempo. Nos pondremos en contacto contigo antes del viernes.", Date(D), WorkWeek.MondayToFriday);

        Assert.Equal(Date("2026-11-13"), reading.Timeline?.RespondBy);
    }

    [Fact]
    public void Read_GermanMorningIsNotTomorrow()
    {
        Assert.Null(RespondBy("Wir melden uns heute Morgen nicht mehr.", Language.German) is { } d && d == Date("2026-11-11") ? d : null);
    }

    [Fact]
    public void Read_SpanishMorningIsNotTomorrow()
    {
        Assert.NotEqual(Date("2026-11-11"), RespondBy("Te daremos una respuesta el viernes por la mañana.", Language.Spanish));
    }

    private static DateOnly? RespondBy(string text, Language language) =>
        TimelineExtractor.Read(PlainText.Normalize(text), Date(D), WorkWeek.MondayToFriday, [Language.English, language]).Timeline?.RespondBy;

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
