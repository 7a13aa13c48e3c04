using OutlookFollowUp.Core.Languages;

namespace OutlookFollowUp.Core.Drafting.Phrases;

/// <summary>
/// French drafts, vous and tu. A formal greeting names first and last name when both are known ("Bonjour Anna
/// Weber,"), never "Madame" or "Monsieur" (that would guess a gender); no participle agrees with the writer.
/// </summary>
internal static class FrenchPhrases
{
    private static readonly NoteStyle Notes = new()
    {
        TopicLeadIns = [],
        FragmentLeadIns =
        [
            "J'ai particulièrement retenu ce point de notre échange : {0}",
            "Un sujet a tout particulièrement retenu mon attention : {0}",
            "Ce que je retiens en particulier de notre entretien : {0}",
        ],
        SentenceStarts = NoteStyle.Set("je j nous on il elle ils elles c ça cela merci"),
        Verbs = NoteStyle.Set("est était a ont avait sont étaient fut semble semblait paraît reste sera serait me m'a m'ont m'intéresse m'intéresse"),
        TopicStarts = NoteStyle.Set("le la les l un une des du votre vos ton ta tes notre nos ce cet cette ces mon ma mes leur leurs comment pourquoi quel quelle quels quelles"),
        LowerCaseStarts = NoteStyle.Set("le la les l un une des du votre vos ton ta tes notre nos ce cet cette ces mon ma mes leur leurs comment pourquoi quel quelle quels quelles"),
        IsInfinitive = w => w.Length > 3 && (w.EndsWith("er", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ir", StringComparison.OrdinalIgnoreCase) || w.EndsWith("re", StringComparison.OrdinalIgnoreCase)),
    };

    // The placeholder speaks to the user, not to the recipient: past its imperative it uses no "vous" or "tu", so
    // the draft keeps one register whichever it is written in.
    private const string Placeholder = "[Ajoutez un point précis de l'échange avec ";

    private static readonly string[] PlaceholderEndings = [" : un projet évoqué, une question posée ou un enseignement retenu.]", " : une remarque marquante ou un centre d'intérêt commun.]"];

    private static string RolePhrase(string? role, string? company) => (role, company) switch
    {
        ({ } r, { } c) => $"le poste {Grammar.FrenchDe(r)} chez {c}",
        ({ } r, null) => $"le poste {Grammar.FrenchDe(r)}",
        (null, { } c) => $"le poste chez {c}",
        _ => "le poste",
    };

    private static StatusCheckPhrases Status(bool tu) => new()
    {
        About = RolePhrase,
        Opening = (about, day) => tu
            ? $"J'espère que tu vas bien. Je reviens vers toi au sujet de notre entretien du {day} pour {about}."
            : $"J'espère que vous allez bien. Je me permets de revenir vers vous au sujet de notre entretien du {day} pour {about}.",
        Timeline = date => tu
            ? $"Un retour m'avait été annoncé pour le {date} ; je voulais donc savoir où en est le processus."
            : $"Un retour m'avait été annoncé pour le {date} ; je souhaitais donc savoir où en est le processus de recrutement.",
        NoTimeline = tu ? "Je voulais savoir si tu avais des nouvelles concernant les prochaines étapes." : "Je souhaitais savoir si vous aviez des nouvelles concernant les prochaines étapes.",
        Interest = tu
            ? "Le poste m'intéresse toujours beaucoup et je reste disponible si tu as besoin d'autre chose."
            : "Le poste m'intéresse toujours vivement et je reste à votre disposition pour tout complément d'information.",
        Thanks = tu ? "Merci encore pour ton temps." : "Je vous remercie encore pour votre temps et votre considération.",
        Closing = tu ? "Bien à toi," : "Bien cordialement,",
        Subject = (role, company) => role is not null ? $"Suivi de ma candidature - {role}"
            : company is not null ? $"Suivi de mon entretien chez {company}"
            : "Suivi de mon entretien",
        Date = DateWords.French,
    };

    public static DraftPhrases Formal { get; } = new()
    {
        Language = Language.French,
        Formality = Formality.Formal,
        Openings =
        [
            "Merci d'avoir pris le temps d'échanger avec moi sur {0}.",
            "J'ai beaucoup apprécié notre conversation sur {0}.",
            "Je vous remercie pour l'entretien concernant {0} et pour le temps que vous m'avez consacré.",
            "Ce fut un plaisir de vous rencontrer et d'en apprendre davantage sur {0}.",
        ],
        InterestLines =
        [
            c => $"Nos échanges ont renforcé mon envie de rejoindre {c ?? "votre équipe"} et d'y mettre mon expérience à profit.",
            c => c is null ? "Je ressors de cet entretien encore plus enthousiaste à l'idée de travailler avec votre équipe." : $"Je ressors de cet entretien encore plus enthousiaste à l'idée de travailler chez {c}.",
            c => c is null ? "Le poste m'intéresse vivement et j'aimerais beaucoup contribuer aux projets de votre équipe." : $"Le poste m'intéresse vivement et j'aimerais beaucoup contribuer aux projets menés chez {c}.",
        ],
        Closings = ["Bien cordialement,", "Cordialement,", "Très cordialement,", "Avec mes remerciements,"],
        SubjectLines = ["Merci pour l'entretien - {0}", "Merci pour votre temps - {0}", "Remerciements après notre entretien - {0}", "Merci pour notre échange - {0}"],
        SubjectWithoutTopic = "Merci pour l'entretien",
        Greeting = (names, _) => (names.Full ?? names.First) is { } name ? $"Bonjour {name}," : "Bonjour,",
        NamelessGreeting = "Bonjour,",
        PlaceholderPrefix = Placeholder,
        PlaceholderEndings = PlaceholderEndings,
        ThisInterviewer = "cette personne",
        RolePhrase = RolePhrase,
        Notes = Notes with { TopicLeadIns = ["J'ai particulièrement apprécié notre échange sur {0}", "J'ai beaucoup aimé entendre votre point de vue sur {0}", "J'ai pris grand plaisir à échanger avec vous sur {0}"] },
        // "échanger" and "notre échange"; "J'ai beaucoup apprécié" twice; "l'entretien" and "notre entretien".
        LeadInClashes = [(0, 0), (0, 2), (1, 0), (1, 1), (2, 2)],
        Status = Status(tu: false),
        NeutralTeam = "votre équipe",
        NeutralPosition = "le poste",
    };

    public static DraftPhrases Informal { get; } = new()
    {
        Language = Language.French,
        Formality = Formality.Informal,
        Openings =
        [
            "Merci d'avoir pris le temps d'échanger avec moi sur {0}.",
            "J'ai beaucoup apprécié notre conversation sur {0}.",
            "Merci pour l'entretien concernant {0} et pour le temps que tu m'as consacré.",
            "Ce fut un plaisir de te rencontrer et d'en apprendre davantage sur {0}.",
        ],
        InterestLines =
        [
            c => $"Nos échanges ont renforcé mon envie de rejoindre {c ?? "ton équipe"} et d'y mettre mon expérience à profit.",
            c => c is null ? "Je ressors de cet entretien encore plus enthousiaste à l'idée de travailler avec ton équipe." : $"Je ressors de cet entretien encore plus enthousiaste à l'idée de travailler chez {c}.",
            c => c is null ? "Le poste m'intéresse vivement et j'aimerais beaucoup contribuer aux projets de ton équipe." : $"Le poste m'intéresse vivement et j'aimerais beaucoup contribuer aux projets menés chez {c}.",
        ],
        Closings = ["Bien à toi,", "À bientôt,", "Belle journée,", "Merci encore,"],
        SubjectLines = ["Merci pour l'entretien - {0}", "Merci pour ton temps - {0}", "Remerciements après notre entretien - {0}", "Merci pour notre échange - {0}"],
        SubjectWithoutTopic = "Merci pour l'entretien",
        Greeting = (names, _) => names.First is { } name ? $"Bonjour {name}," : "Bonjour,",
        NamelessGreeting = "Bonjour,",
        PlaceholderPrefix = Placeholder,
        PlaceholderEndings = PlaceholderEndings,
        ThisInterviewer = "cette personne",
        RolePhrase = RolePhrase,
        Notes = Notes with { TopicLeadIns = ["J'ai particulièrement apprécié notre échange sur {0}", "J'ai beaucoup aimé entendre ton point de vue sur {0}", "J'ai pris grand plaisir à échanger avec toi sur {0}"] },
        LeadInClashes = [(0, 0), (0, 2), (1, 0), (1, 1), (2, 2)],
        Status = Status(tu: true),
        NeutralTeam = "ton équipe",
        NeutralPosition = "le poste",
    };
}
