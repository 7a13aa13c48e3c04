using OutlookFollowUp.Core.Languages;

namespace OutlookFollowUp.Core.Drafting.Phrases;

/// <summary>
/// Spanish drafts, usted and tú. The greeting is "Hola, Ana:" (the vocative comma and the colon of Spanish letters);
/// "Estimado/Estimada" would guess a gender, so it is never used.
/// </summary>
internal static class SpanishPhrases
{
    private static readonly NoteStyle Notes = new()
    {
        TopicLeadIns = [], // set per register below
        FragmentLeadIns =
        [
            "Me quedo especialmente con esta parte de la conversación: {0}",
            "Algo que valoré mucho de la entrevista: {0}",
            "Un tema que me pareció especialmente interesante: {0}",
        ],
        SentenceStarts = NoteStyle.Set("yo me nos nosotros usted tú gracias muchas fue es era creo pienso aprendí disfruté valoré agradezco agradecí encantó gustó quedé entendí descubrí conocí"),
        Verbs = NoteStyle.Set("es era fue son fueron está estaba estuvo ha han había me parece pareció gustó gustaron encantó ayudó sirvió impresionó resultó quedó tiene tenía"),
        TopicStarts = NoteStyle.Set("el la los las un una unos unas su sus tu tus mi mis nuestro nuestra nuestros nuestras este esta estos estas ese esa esos esas cómo como qué cuál cuáles cuándo dónde por"),
        LowerCaseStarts = NoteStyle.Set("el la los las un una unos unas su sus tu tus mi mis nuestro nuestra nuestros nuestras este esta estos estas ese esa esos esas cómo como qué cuál cuáles"),
        IsFirstPersonVerb = w => w.Length > 3 && (w.EndsWith('é') || w.EndsWith('í')) && char.IsUpper(w[0]),
        IsInfinitive = w => w.Length > 3 && (w.EndsWith("ar", StringComparison.OrdinalIgnoreCase) || w.EndsWith("er", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ir", StringComparison.OrdinalIgnoreCase)),
    };

    // The placeholder speaks to the user, not to the recipient: past its imperative it uses no "tú" or "usted"
    // forms, so the draft keeps one register whichever it is written in.
    private const string Placeholder = "[Añade un detalle concreto de la conversación con ";

    private static readonly string[] PlaceholderEndings = [": un proyecto, una pregunta que surgió o algo aprendido.]", ": un comentario que dejó huella o un interés en común.]"];

    private static string RolePhrase(string? role, string? company) => (role, company) switch
    {
        ({ } r, { } c) => $"el puesto de {r} en {c}",
        ({ } r, null) => $"el puesto de {r}",
        (null, { } c) => $"el puesto en {c}",
        _ => "el puesto",
    };

    private static StatusCheckPhrases Status(bool tu) => new()
    {
        About = RolePhrase,
        Opening = (about, day) => tu
            ? $"Espero que estés bien. Te escribo para dar seguimiento a la entrevista que tuvimos el {day} para {about}."
            : $"Espero que se encuentre bien. Le escribo para dar seguimiento a la entrevista que tuvimos el {day} para {about}.",
        Timeline = date => tu
            ? $"Según me indicaron, esperaban tener una respuesta para el {date}, así que quería preguntarte cómo avanza el proceso."
            : $"Según me indicaron, esperaban tener una respuesta para el {date}, así que quería preguntarle cómo avanza el proceso.",
        NoTimeline = tu ? "Quería preguntarte si hay novedades sobre los próximos pasos." : "Quería preguntarle si hay novedades sobre los próximos pasos.",
        Interest = tu
            ? "Mi interés en el puesto sigue intacto y con gusto te enviaré cualquier información adicional que necesites."
            : "Mi interés en el puesto sigue intacto y con gusto le enviaré cualquier información adicional que necesite.",
        Thanks = tu ? "Muchas gracias de nuevo por tu tiempo." : "Muchas gracias de nuevo por su tiempo y su consideración.",
        Closing = tu ? "Un saludo," : "Saludos cordiales,",
        Subject = (role, company) => role is not null ? $"Seguimiento de mi candidatura - {role}"
            : company is not null ? $"Seguimiento de mi entrevista en {company}"
            : "Seguimiento de mi entrevista",
        Date = DateWords.Spanish,
    };

    public static DraftPhrases Formal { get; } = new()
    {
        Language = Language.Spanish,
        Formality = Formality.Formal,
        Openings =
        [
            "Gracias por dedicarme su tiempo para conversar sobre {0}.",
            "Le agradezco la oportunidad de hablar con usted sobre {0}.",
            "Muchas gracias por la conversación sobre {0} y por el tiempo que me dedicó.",
            "Fue un placer conversar con usted y conocer más sobre {0}.",
        ],
        InterestLines =
        [
            c => $"La conversación reforzó mi interés en incorporarme a {c ?? "su equipo"} y aportar mi experiencia al puesto.",
            c => $"Salí de la entrevista con más ganas aún de contribuir al trabajo de {c ?? "su equipo"}.",
            c => $"El puesto me interesa mucho y me encantaría poder contribuir a {c ?? "su equipo"}.",
        ],
        Closings = ["Saludos cordiales,", "Un cordial saludo,", "Atentamente,", "Muchas gracias de nuevo,"],
        SubjectLines = ["Gracias por la entrevista - {0}", "Gracias por su tiempo - {0}", "Agradecimiento por la entrevista - {0}", "Gracias por la conversación - {0}"],
        SubjectWithoutTopic = "Gracias por la entrevista",
        Greeting = (names, v) => names.First is null ? "Buenos días:" : $"{(v % 2 == 0 ? "Hola" : "Buenos días")}, {names.First}:",
        NamelessGreeting = "Buenos días:",
        PlaceholderPrefix = Placeholder,
        PlaceholderEndings = PlaceholderEndings,
        ThisInterviewer = "esta persona",
        RolePhrase = RolePhrase,
        Notes = Notes with { TopicLeadIns = ["Me gustó especialmente nuestra conversación sobre {0}", "Me resultó muy interesante escuchar su punto de vista sobre {0}", "Disfruté hablando con usted sobre {0}"] },
        // "conversar" and "nuestra conversación"; "hablar con usted" and "hablando con usted".
        LeadInClashes = [(0, 0), (1, 2), (2, 0), (3, 0), (3, 2)],
        Status = Status(tu: false),
        NeutralTeam = "su equipo",
        NeutralPosition = "el puesto",
    };

    public static DraftPhrases Informal { get; } = new()
    {
        Language = Language.Spanish,
        Formality = Formality.Informal,
        Openings =
        [
            "Gracias por dedicarme tu tiempo para conversar sobre {0}.",
            "Te agradezco la oportunidad de hablar contigo sobre {0}.",
            "Muchas gracias por la conversación sobre {0} y por el tiempo que me dedicaste.",
            "Fue un placer conversar contigo y conocer más sobre {0}.",
        ],
        InterestLines =
        [
            c => $"La conversación reforzó mi interés en incorporarme a {c ?? "tu equipo"} y aportar mi experiencia al puesto.",
            c => $"Salí de la entrevista con más ganas aún de contribuir al trabajo de {c ?? "tu equipo"}.",
            c => $"El puesto me interesa mucho y me encantaría poder contribuir a {c ?? "tu equipo"}.",
        ],
        Closings = ["Un saludo,", "Saludos,", "Gracias de nuevo,", "Hasta pronto,"],
        SubjectLines = ["Gracias por la entrevista - {0}", "Gracias por tu tiempo - {0}", "Agradecimiento por la entrevista - {0}", "Gracias por la conversación - {0}"],
        SubjectWithoutTopic = "Gracias por la entrevista",
        Greeting = (names, _) => names.First is null ? "Hola:" : $"Hola, {names.First}:",
        NamelessGreeting = "Hola:",
        PlaceholderPrefix = Placeholder,
        PlaceholderEndings = PlaceholderEndings,
        ThisInterviewer = "esta persona",
        RolePhrase = RolePhrase,
        Notes = Notes with { TopicLeadIns = ["Me gustó especialmente nuestra conversación sobre {0}", "Me resultó muy interesante escuchar tu punto de vista sobre {0}", "Disfruté hablando contigo sobre {0}"] },
        LeadInClashes = [(0, 0), (1, 2), (2, 0), (3, 0), (3, 2)],
        Status = Status(tu: true),
        NeutralTeam = "tu equipo",
        NeutralPosition = "el puesto",
    };
}
