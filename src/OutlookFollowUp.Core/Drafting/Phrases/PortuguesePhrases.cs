using OutlookFollowUp.Core.Languages;

namespace OutlookFollowUp.Core.Drafting.Phrases;

/// <summary>
/// Portuguese drafts (Brazilian usage, read well in Portugal too). Informal is "você"; the formal register needs no
/// "o senhor / a senhora", which would guess a gender: it speaks impersonally ("Agradeço o tempo dedicado…"). The
/// writer never says "obrigado/obrigada" or "interessado/interessada" either: "agradeço", "meu interesse".
/// </summary>
internal static class PortuguesePhrases
{
    private static readonly NoteStyle Notes = new()
    {
        TopicLeadIns = [],
        FragmentLeadIns =
        [
            "Um ponto da conversa que me marcou em especial: {0}",
            "Algo da nossa conversa que ficou comigo: {0}",
            "Um tema que achei especialmente interessante: {0}",
        ],
        SentenceStarts = NoteStyle.Set("eu me nós nos gostei adorei aprendi achei curti amei fiquei percebi entendi conheci agradeço foi é era acho"),
        Verbs = NoteStyle.Set("é era foi são eram está estava tem tinha me achei gostei ajudou pareceu impressionou ficou chamou"),
        TopicStarts = NoteStyle.Set("o a os as um uma uns umas seu sua seus suas teu tua nosso nossa nossos nossas este esta estes estas esse essa esses essas como qual quais quando onde por"),
        LowerCaseStarts = NoteStyle.Set("o a os as um uma uns umas seu sua seus suas teu tua nosso nossa nossos nossas este esta estes estas esse essa esses essas como qual quais quando onde"),
        IsFirstPersonVerb = w => w.Length > 3 && w.EndsWith("ei", StringComparison.Ordinal) && char.IsUpper(w[0]),
        IsInfinitive = w => w.Length > 3 && (w.EndsWith("ar", StringComparison.OrdinalIgnoreCase) || w.EndsWith("er", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ir", StringComparison.OrdinalIgnoreCase)),
    };

    // The placeholder speaks to the user, not to the recipient: past its imperative it uses no "você", so the
    // impersonal formal draft stays impersonal.
    private const string Placeholder = "[Acrescente algo específico da conversa com ";

    private static readonly string[] PlaceholderEndings = [": um projeto, uma pergunta feita ou algo aprendido.]", ": algo que foi dito e ficou na memória, ou um interesse em comum.]"];

    private static string RolePhrase(string? role, string? company) => (role, company) switch
    {
        ({ } r, { } c) => $"a vaga de {r} {Grammar.PortugueseIn(c)}",
        ({ } r, null) => $"a vaga de {r}",
        (null, { } c) => $"a oportunidade {Grammar.PortugueseIn(c)}",
        _ => "a vaga",
    };

    private static string StatusAbout(string? role, string? company) => (role, company) switch
    {
        ({ } r, { } c) => $"a vaga de {r} {Grammar.PortugueseIn(c)}",
        ({ } r, null) => $"a vaga de {r}",
        (null, { } c) => $"a vaga {Grammar.PortugueseIn(c)}",
        _ => "a vaga",
    };

    private static readonly Func<string?, string>[] InterestLines =
    [
        c => $"A conversa reforçou meu interesse em fazer parte {(c is null ? "da sua equipe" : Grammar.PortugueseOf(c))} e contribuir com minha experiência.",
        c => $"Depois da entrevista, meu entusiasmo em contribuir com o trabalho {(c is null ? "da sua equipe" : Grammar.PortugueseOf(c))} ficou ainda maior.",
        c => $"Tenho grande interesse na vaga e gostaria muito de contribuir para o sucesso {(c is null ? "da sua equipe" : Grammar.PortugueseOf(c))}.",
    ];

    private static StatusCheckPhrases Status(bool voce) => new()
    {
        About = StatusAbout,
        Opening = (about, day) => voce
            ? $"Espero que você esteja bem. Escrevo para dar seguimento à entrevista para {about}, realizada no dia {day}."
            : $"Espero que esteja tudo bem. Escrevo para dar seguimento à entrevista para {about}, realizada no dia {day}.",
        Timeline = date => $"Foi mencionado que haveria um retorno até {date}, por isso gostaria de saber como está o andamento do processo.",
        NoTimeline = "Gostaria de saber se há alguma novidade sobre os próximos passos.",
        Interest = voce
            ? "Continuo com grande interesse na vaga e fico à disposição caso você precise de mais alguma informação."
            : "Continuo com grande interesse na vaga e fico à disposição para enviar qualquer informação adicional.",
        Thanks = voce ? "Agradeço mais uma vez pelo seu tempo." : "Agradeço mais uma vez pelo tempo e pela consideração.",
        Closing = voce ? "Abraços," : "Atenciosamente,",
        Subject = (role, company) => role is not null ? $"Acompanhamento da minha candidatura - {role}"
            : company is not null ? $"Acompanhamento da minha entrevista {Grammar.PortugueseIn(company)}"
            : "Acompanhamento da minha entrevista",
        Date = DateWords.Portuguese,
    };

    public static DraftPhrases Formal { get; } = new()
    {
        Language = Language.Portuguese,
        Formality = Formality.Formal,
        Openings =
        [
            "Agradeço o tempo dedicado à nossa conversa sobre {0}.",
            "Foi muito bom ter a oportunidade de conversar sobre {0}.",
            "Agradeço muito pela conversa sobre {0} e pela atenção.",
            "Foi um prazer participar da entrevista e conhecer melhor {0}.",
        ],
        InterestLines = InterestLines,
        Closings = ["Atenciosamente,", "Cordialmente,", "Com os melhores cumprimentos,", "Saudações cordiais,"],
        SubjectLines = ["Agradecimento pela entrevista - {0}", "Agradecimento pela conversa - {0}", "Agradecimento pelo tempo dedicado - {0}", "Agradecimento pela oportunidade - {0}"],
        SubjectWithoutTopic = "Agradecimento pela entrevista",
        Greeting = (names, _) => names.First is { } name ? $"Olá, {name}," : "Olá,",
        NamelessGreeting = "Olá,",
        PlaceholderPrefix = Placeholder,
        PlaceholderEndings = PlaceholderEndings,
        ThisInterviewer = "essa pessoa",
        RolePhrase = RolePhrase,
        Notes = Notes with { TopicLeadIns = ["Gostei especialmente da nossa conversa sobre {0}", "Achei muito interessante conhecer a sua visão sobre {0}", "Foi ótimo poder conversar sobre {0}"] },
        // "nossa conversa sobre" twice; "conversar sobre" twice; "conhecer" twice.
        LeadInClashes = [(0, 0), (0, 1), (1, 2), (2, 0), (3, 1)],
        Status = Status(voce: false),
        NeutralTeam = "sua equipe",
        NeutralPosition = "a vaga",
    };

    public static DraftPhrases Informal { get; } = new()
    {
        Language = Language.Portuguese,
        Formality = Formality.Informal,
        Openings =
        [
            "Agradeço o tempo que você dedicou à nossa conversa sobre {0}.",
            "Foi muito bom ter a oportunidade de conversar com você sobre {0}.",
            "Agradeço muito pela conversa sobre {0} e pela sua atenção.",
            "Foi um prazer conhecer você e saber mais sobre {0}.",
        ],
        InterestLines = InterestLines,
        Closings = ["Abraços,", "Um abraço,", "Até breve,", "Atenciosamente,"],
        SubjectLines = ["Agradecimento pela entrevista - {0}", "Agradecimento pela conversa - {0}", "Agradecimento pelo seu tempo - {0}", "Agradecimento pela oportunidade - {0}"],
        SubjectWithoutTopic = "Agradecimento pela entrevista",
        Greeting = (names, _) => names.First is { } name ? $"Olá, {name}," : "Olá,",
        NamelessGreeting = "Olá,",
        PlaceholderPrefix = Placeholder,
        PlaceholderEndings = PlaceholderEndings,
        ThisInterviewer = "essa pessoa",
        RolePhrase = RolePhrase,
        Notes = Notes with { TopicLeadIns = ["Gostei especialmente da nossa conversa sobre {0}", "Achei muito interessante conhecer a sua visão sobre {0}", "Foi ótimo conversar com você sobre {0}"] },
        LeadInClashes = [(0, 0), (0, 1), (1, 2), (2, 0), (3, 1)],
        Status = Status(voce: true),
        NeutralTeam = "sua equipe",
        NeutralPosition = "a vaga",
    };
}
