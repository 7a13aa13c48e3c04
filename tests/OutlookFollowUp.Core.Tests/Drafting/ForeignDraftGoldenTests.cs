using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Core.Tests.Drafting;

/// <summary>
/// The drafts' exact text in Spanish, French, German and Portuguese, formal and informal, pinned so any change to a
/// template is a reviewed change. The templates follow the shape that published advice in each language gives a
/// thank-you after an interview (thanks for the time, one concrete point of the conversation, renewed interest, a
/// short usual sign-off; e.g. modelocurriculum.net and ionos.mx for Spanish, powermycv.fr, keljob.com and
/// nouveau-cv.com for French sign-offs, arbeits-abc.de for German, centrodeempregos.pt for Portuguese), with no
/// greeting or adjective that guesses a gender. D is Tuesday 2026-11-10; the user is Ana Souza.
/// </summary>
public sealed class ForeignDraftGoldenTests
{
    private static InterviewAnalysis Analyze(EventBuilder builder, Dictionary<string, string>? notes = null) =>
        InterviewAnalyzer.Analyze(builder.Build(), new AnalysisContext(EventBuilder.Candidate, UserSchedule.Default, notes));

    private static string Transcript(InterviewAnalysis a) =>
        string.Join("\n=====\n", a.ThankYouDrafts.Select(d => $"To: {d.To.Address}\nSubject: {d.Text.Subject}\n\n{d.Text.BodyText}")
            .Append($"Status check {a.StatusCheck!.Due:yyyy-MM-dd} to {a.StatusCheck.To!.Address}\nSubject: {a.StatusCheck.Text.Subject}\n\n{a.StatusCheck.Text.BodyText}"));

    private static (EventBuilder Event, Dictionary<string, string>? Notes, Language Language, Formality Formality) Scenario(string name) => name switch
    {
        "es-formal" => (new EventBuilder().WithSubject("Entrevista: Analista de Datos – Contoso")
                .WithHtmlBody("<p>Estimada candidata:</p><p>Le confirmamos su entrevista. Le daremos una respuesta en un plazo de 5 días hábiles.</p>")
                .WithOrganizer("amy.chen@contoso.com", "Amy Chen").WithAttendee("carlos.ruiz@contoso.com", "Carlos Ruiz"),
            new() { ["carlos.ruiz@contoso.com"] = "el nuevo modelo de previsión de demanda" }, Language.Spanish, Formality.Formal),
        "es-informal" => (new EventBuilder().WithSubject("Entrevista: Analista de Datos – Contoso")
                .WithHtmlBody("<p>Hola Ana, gracias por tu candidatura. Te contaremos los próximos pasos antes del viernes.</p>")
                .WithOrganizer("lucia.gomez@contoso.com", "Lucía Gómez"),
            new() { ["lucia.gomez@contoso.com"] = "Me encantó conocer cómo trabaja el equipo de datos" }, Language.Spanish, Formality.Informal),
        "fr-formal" => (new EventBuilder().WithSubject("Entretien pour le poste de Data Analyst chez Contoso")
                .WithHtmlBody("<p>Bonjour,</p><p>Nous vous confirmons votre entretien. Nous reviendrons vers vous d'ici vendredi.</p>")
                .WithOrganizer("paul.martin@contoso.com", "Martin, Paul").WithAttendee("claire.dubois@contoso.com", "Claire Dubois"),
            new() { ["claire.dubois@contoso.com"] = "la migration vers le cloud" }, Language.French, Formality.Formal),
        "fr-informal" => (new EventBuilder().WithSubject("Entretien : Chargé de projet - Contoso")
                .WithHtmlBody("<p>Salut Ana, merci pour ta candidature ! On te recontacte la semaine prochaine.</p>")
                .WithOrganizer("claire.dubois@contoso.com", "Claire Dubois"),
            null, Language.French, Formality.Informal),
        "de-formal" => (new EventBuilder().WithSubject("Vorstellungsgespräch als Data Analyst (m/w/d) bei Contoso")
                .WithHtmlBody("<p>Guten Tag,</p><p>vielen Dank für Ihre Bewerbung. Wir melden uns innerhalb von zwei Wochen bei Ihnen.</p>")
                .WithOrganizer("anna.weber@contoso.com", "Weber, Anna").WithAttendee("jonas.becker@contoso.com", "Jonas Becker"),
            new() { ["jonas.becker@contoso.com"] = "die Roadmap für das neue Dashboard" }, Language.German, Formality.Formal),
        "de-informal" => (new EventBuilder().WithSubject("Kennenlerngespräch - Contoso")
                .WithHtmlBody("<p>Hallo Ana, danke für deine Bewerbung als UX Designerin! Wir melden uns bis Freitag bei dir.</p>")
                .WithOrganizer("lena.fischer@contoso.com", "Lena Fischer"),
            null, Language.German, Formality.Informal),
        "pt-formal" => (new EventBuilder().WithSubject("Entrevista - vaga de Analista de Dados - Contoso")
                .WithHtmlBody("<p>Confirmamos a entrevista para a vaga. Daremos um retorno até 4 de dezembro.</p>")
                .WithOrganizer("rafael.lima@contoso.com", "Rafael Lima").WithAttendee("beatriz.costa@contoso.com", "Beatriz Costa"),
            new() { ["beatriz.costa@contoso.com"] = "o projeto de migração para a nuvem" }, Language.Portuguese, Formality.Formal),
        "pt-informal" => (new EventBuilder().WithSubject("Entrevista - vaga de Analista de Dados - Contoso")
                .WithHtmlBody("<p>Olá Ana, tudo bem? Você está confirmada e vamos te dar um retorno em até 5 dias úteis.</p>")
                .WithOrganizer("beatriz.costa@contoso.com", "Beatriz Costa"),
            null, Language.Portuguese, Formality.Informal),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Fact]
    public void Analyze_SpanishFormalInvite_DraftsReadAsPinned()
    {
        const string expected = """
        To: amy.chen@contoso.com
        Subject: Gracias por la entrevista - Analista de Datos

        Hola, Amy:

        Gracias por dedicarme su tiempo para conversar sobre el puesto de Analista de Datos en Contoso.

        [Añade un detalle concreto de la conversación con Amy: un proyecto, una pregunta que surgió o algo aprendido.]

        La conversación reforzó mi interés en incorporarme a Contoso y aportar mi experiencia al puesto.

        Saludos cordiales,
        Ana Souza
        =====
        To: carlos.ruiz@contoso.com
        Subject: Gracias por su tiempo - Analista de Datos

        Buenos días, Carlos:

        Le agradezco la oportunidad de hablar con usted sobre el puesto de Analista de Datos en Contoso. Me resultó muy interesante escuchar su punto de vista sobre el nuevo modelo de previsión de demanda.

        Salí de la entrevista con más ganas aún de contribuir al trabajo de Contoso.

        Saludos cordiales,
        Ana Souza
        =====
        Status check 2026-11-19 to amy.chen@contoso.com
        Subject: Seguimiento de mi candidatura - Analista de Datos

        Hola, Amy:

        Espero que se encuentre bien. Le escribo para dar seguimiento a la entrevista que tuvimos el 10 de noviembre para el puesto de Analista de Datos en Contoso. Según me indicaron, esperaban tener una respuesta para el 17 de noviembre, así que quería preguntarle cómo avanza el proceso.

        Mi interés en el puesto sigue intacto y con gusto le enviaré cualquier información adicional que necesite.

        Muchas gracias de nuevo por su tiempo y su consideración.

        Saludos cordiales,
        Ana Souza
        """;

        AssertPinned("es-formal", expected);
    }

    [Fact]
    public void Analyze_SpanishInformalInvite_DraftsReadAsPinned()
    {
        const string expected = """
        To: lucia.gomez@contoso.com
        Subject: Gracias por la entrevista - Analista de Datos

        Hola, Lucía:

        Gracias por dedicarme tu tiempo para conversar sobre el puesto de Analista de Datos en Contoso. Me encantó conocer cómo trabaja el equipo de datos.

        La conversación reforzó mi interés en incorporarme a Contoso y aportar mi experiencia al puesto.

        Un saludo,
        Ana
        =====
        Status check 2026-11-17 to lucia.gomez@contoso.com
        Subject: Seguimiento de mi candidatura - Analista de Datos

        Hola, Lucía:

        Espero que estés bien. Te escribo para dar seguimiento a la entrevista que tuvimos el 10 de noviembre para el puesto de Analista de Datos en Contoso. Según me indicaron, esperaban tener una respuesta para el 13 de noviembre, así que quería preguntarte cómo avanza el proceso.

        Mi interés en el puesto sigue intacto y con gusto te enviaré cualquier información adicional que necesites.

        Muchas gracias de nuevo por tu tiempo.

        Un saludo,
        Ana
        """;

        AssertPinned("es-informal", expected);
    }

    [Fact]
    public void Analyze_FrenchFormalInvite_DraftsReadAsPinned()
    {
        const string expected = """
        To: paul.martin@contoso.com
        Subject: Merci pour l'entretien - Data Analyst

        Bonjour Paul Martin,

        Merci d'avoir pris le temps d'échanger avec moi sur le poste de Data Analyst chez Contoso.

        [Ajoutez un point précis de l'échange avec Paul : un projet évoqué, une question posée ou un enseignement retenu.]

        Nos échanges ont renforcé mon envie de rejoindre Contoso et d'y mettre mon expérience à profit.

        Bien cordialement,
        Ana Souza
        =====
        To: claire.dubois@contoso.com
        Subject: Merci pour votre temps - Data Analyst

        Bonjour Claire Dubois,

        J'ai beaucoup apprécié notre conversation sur le poste de Data Analyst chez Contoso. J'ai pris grand plaisir à échanger avec vous sur la migration vers le cloud.

        Je ressors de cet entretien encore plus enthousiaste à l'idée de travailler chez Contoso.

        Bien cordialement,
        Ana Souza
        =====
        Status check 2026-11-17 to paul.martin@contoso.com
        Subject: Suivi de ma candidature - Data Analyst

        Bonjour Paul Martin,

        J'espère que vous allez bien. Je me permets de revenir vers vous au sujet de notre entretien du 10 novembre pour le poste de Data Analyst chez Contoso. Un retour m'avait été annoncé pour le 13 novembre ; je souhaitais donc savoir où en est le processus de recrutement.

        Le poste m'intéresse toujours vivement et je reste à votre disposition pour tout complément d'information.

        Je vous remercie encore pour votre temps et votre considération.

        Bien cordialement,
        Ana Souza
        """;

        AssertPinned("fr-formal", expected);
    }

    [Fact]
    public void Analyze_FrenchInformalInvite_DraftsReadAsPinned()
    {
        const string expected = """
        To: claire.dubois@contoso.com
        Subject: Merci pour l'entretien - Chargé de projet

        Bonjour Claire,

        Merci d'avoir pris le temps d'échanger avec moi sur le poste de Chargé de projet chez Contoso.

        [Ajoutez un point précis de l'échange avec Claire : un projet évoqué, une question posée ou un enseignement retenu.]

        Nos échanges ont renforcé mon envie de rejoindre Contoso et d'y mettre mon expérience à profit.

        Bien à toi,
        Ana
        =====
        Status check 2026-11-24 to claire.dubois@contoso.com
        Subject: Suivi de ma candidature - Chargé de projet

        Bonjour Claire,

        J'espère que tu vas bien. Je reviens vers toi au sujet de notre entretien du 10 novembre pour le poste de Chargé de projet chez Contoso. Un retour m'avait été annoncé pour le 20 novembre ; je voulais donc savoir où en est le processus.

        Le poste m'intéresse toujours beaucoup et je reste disponible si tu as besoin d'autre chose.

        Merci encore pour ton temps.

        Bien à toi,
        Ana
        """;

        AssertPinned("fr-informal", expected);
    }

    [Fact]
    public void Analyze_GermanFormalInvite_DraftsReadAsPinned()
    {
        const string expected = """
        To: anna.weber@contoso.com
        Subject: Vielen Dank für das Gespräch - Data Analyst

        Guten Tag Anna Weber,

        vielen Dank, dass Sie sich die Zeit für das Gespräch über die Position als Data Analyst bei Contoso genommen haben.

        [Hier einen konkreten Punkt aus dem Gespräch mit Anna ergänzen: ein Projekt, eine gestellte Frage oder eine neue Erkenntnis.]

        Das Gespräch hat mich in meinem Wunsch bestärkt, Contoso mit meiner Erfahrung zu unterstützen.

        Mit freundlichen Grüßen
        Ana Souza
        =====
        To: jonas.becker@contoso.com
        Subject: Danke für Ihre Zeit - Data Analyst

        Guten Tag Jonas Becker,

        ich habe mich sehr über die Gelegenheit gefreut, mit Ihnen über die Position als Data Analyst bei Contoso zu sprechen. Sehr aufschlussreich war für mich Ihre Sicht auf die Roadmap für das neue Dashboard.

        Nach unserem Gespräch bin ich umso motivierter, Contoso zu verstärken.

        Mit freundlichen Grüßen
        Ana Souza
        =====
        Status check 2026-11-26 to anna.weber@contoso.com
        Subject: Nachfrage zum Stand meiner Bewerbung - Data Analyst

        Guten Tag Anna Weber,

        ich hoffe, es geht Ihnen gut. Ich melde mich bezüglich unseres Vorstellungsgesprächs vom 10. November für die Position als Data Analyst bei Contoso. Mir wurde eine Rückmeldung bis zum 24. November in Aussicht gestellt, daher möchte ich mich nach dem aktuellen Stand erkundigen.

        Mein Interesse an der Position ist unverändert groß, und ich stelle Ihnen gerne weitere Informationen zur Verfügung, falls Sie etwas benötigen.

        Vielen Dank nochmals für Ihre Zeit.

        Mit freundlichen Grüßen
        Ana Souza
        """;

        AssertPinned("de-formal", expected);
    }

    [Fact]
    public void Analyze_GermanInformalInvite_DraftsReadAsPinned()
    {
        const string expected = """
        To: lena.fischer@contoso.com
        Subject: Vielen Dank für das Gespräch - UX Designerin

        Hallo Lena,

        vielen Dank, dass du dir die Zeit für das Gespräch über die Position als UX Designerin bei Contoso genommen hast.

        [Hier einen konkreten Punkt aus dem Gespräch mit Lena ergänzen: ein Projekt, eine gestellte Frage oder eine neue Erkenntnis.]

        Das Gespräch hat mich in meinem Wunsch bestärkt, Contoso mit meiner Erfahrung zu unterstützen.

        Viele Grüße
        Ana
        =====
        Status check 2026-11-17 to lena.fischer@contoso.com
        Subject: Nachfrage zum Stand meiner Bewerbung - UX Designerin

        Hallo Lena,

        ich hoffe, es geht dir gut. Ich melde mich wegen unseres Vorstellungsgesprächs vom 10. November für die Position als UX Designerin bei Contoso. Mir wurde eine Rückmeldung bis zum 13. November in Aussicht gestellt, deshalb wollte ich kurz nach dem aktuellen Stand fragen.

        Mein Interesse an der Position ist unverändert groß. Wenn du noch etwas von mir brauchst, sag gerne Bescheid.

        Danke dir nochmals für deine Zeit.

        Viele Grüße
        Ana
        """;

        AssertPinned("de-informal", expected);
    }

    [Fact]
    public void Analyze_PortugueseFormalInvite_DraftsReadAsPinned()
    {
        const string expected = """
        To: rafael.lima@contoso.com
        Subject: Agradecimento pela entrevista - Analista de Dados

        Olá, Rafael,

        Agradeço o tempo dedicado à nossa conversa sobre a vaga de Analista de Dados na Contoso.

        [Acrescente algo específico da conversa com Rafael: um projeto, uma pergunta feita ou algo aprendido.]

        A conversa reforçou meu interesse em fazer parte da Contoso e contribuir com minha experiência.

        Atenciosamente,
        Ana Souza
        =====
        To: beatriz.costa@contoso.com
        Subject: Agradecimento pela conversa - Analista de Dados

        Olá, Beatriz,

        Foi muito bom ter a oportunidade de conversar sobre a vaga de Analista de Dados na Contoso. Achei muito interessante conhecer a sua visão sobre o projeto de migração para a nuvem.

        Depois da entrevista, meu entusiasmo em contribuir com o trabalho da Contoso ficou ainda maior.

        Atenciosamente,
        Ana Souza
        =====
        Status check 2026-12-08 to rafael.lima@contoso.com
        Subject: Acompanhamento da minha candidatura - Analista de Dados

        Olá, Rafael,

        Espero que esteja tudo bem. Escrevo para dar seguimento à entrevista para a vaga de Analista de Dados na Contoso, realizada no dia 10 de novembro. Foi mencionado que haveria um retorno até 4 de dezembro, por isso gostaria de saber como está o andamento do processo.

        Continuo com grande interesse na vaga e fico à disposição para enviar qualquer informação adicional.

        Agradeço mais uma vez pelo tempo e pela consideração.

        Atenciosamente,
        Ana Souza
        """;

        AssertPinned("pt-formal", expected);
    }

    [Fact]
    public void Analyze_PortugueseInformalInvite_DraftsReadAsPinned()
    {
        const string expected = """
        To: beatriz.costa@contoso.com
        Subject: Agradecimento pela entrevista - Analista de Dados

        Olá, Beatriz,

        Agradeço o tempo que você dedicou à nossa conversa sobre a vaga de Analista de Dados na Contoso.

        [Acrescente algo específico da conversa com Beatriz: um projeto, uma pergunta feita ou algo aprendido.]

        A conversa reforçou meu interesse em fazer parte da Contoso e contribuir com minha experiência.

        Abraços,
        Ana
        =====
        Status check 2026-11-19 to beatriz.costa@contoso.com
        Subject: Acompanhamento da minha candidatura - Analista de Dados

        Olá, Beatriz,

        Espero que você esteja bem. Escrevo para dar seguimento à entrevista para a vaga de Analista de Dados na Contoso, realizada no dia 10 de novembro. Foi mencionado que haveria um retorno até 17 de novembro, por isso gostaria de saber como está o andamento do processo.

        Continuo com grande interesse na vaga e fico à disposição caso você precise de mais alguma informação.

        Agradeço mais uma vez pelo seu tempo.

        Abraços,
        Ana
        """;

        AssertPinned("pt-informal", expected);
    }

    private static void AssertPinned(string name, string expected)
    {
        var (e, notes, language, formality) = Scenario(name);

        var analysis = Analyze(e, notes);

        Assert.Equal(language, analysis.Language);
        Assert.Equal(formality, analysis.Formality);
        Assert.Equal(expected.ReplaceLineEndings("\n"), Transcript(analysis));
    }
}
