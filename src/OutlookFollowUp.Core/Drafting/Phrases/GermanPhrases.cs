using OutlookFollowUp.Core.Languages;

namespace OutlookFollowUp.Core.Drafting.Phrases;

/// <summary>
/// German drafts, Sie and du. A formal greeting names first and last name when both are known ("Guten Tag Anna
/// Weber,"), never "Sehr geehrte Frau …" (that would guess a gender). As in German letters, the text after the
/// greeting's comma starts in lower case, and the sign-off carries no comma.
/// </summary>
internal static class GermanPhrases
{
    private static readonly NoteStyle Notes = new()
    {
        TopicLeadIns = [],
        FragmentLeadIns =
        [
            "Besonders in Erinnerung geblieben ist mir dieser Punkt unseres Gesprächs: {0}",
            "Ein Thema fand ich besonders spannend: {0}",
            "Besonders gefallen hat mir dieser Teil unseres Gesprächs: {0}",
        ],
        SentenceStarts = NoteStyle.Set("ich wir es mir mich danke vielen herzlichen"),
        Verbs = NoteStyle.Set("ist war hat haben hatte hatten fand finde gefiel gefallen sind waren wurde wird kann könnte möchte beeindruckt interessiert gezeigt geholfen hat's"),
        // "über" takes the accusative: these forms fit it whatever the noun ("über die Roadmap", "über den Umbau");
        // "der", "dem", "ein" or "Ihr" may not ("über der Umbau"), so such notes follow a colon instead.
        TopicStarts = NoteStyle.Set("die das den eine einen Ihre Ihren deine deinen unsere unseren diese diesen dieses wie was warum welche welchen"),
        // Articles lose their capital after a lead-in; nouns and the formal "Ihre" keep theirs.
        LowerCaseStarts = NoteStyle.Set("der die das den dem des ein eine einen einem einer eines unser unsere unseren unserem unserer mein meine meinen dein deine deinen diese diesen dieses dieser wie was warum welche welchen"),
    };

    private static string RolePhrase(string? role, string? company) => (role, company) switch
    {
        ({ } r, { } c) => $"die Position als {r} bei {c}",
        ({ } r, null) => $"die Position als {r}",
        (null, { } c) => $"die Stelle bei {c}",
        _ => "die ausgeschriebene Stelle",
    };

    private static StatusCheckPhrases Status(bool du) => new()
    {
        About = RolePhrase,
        Opening = (about, day) => du
            ? $"ich hoffe, es geht dir gut. Ich melde mich wegen unseres Vorstellungsgesprächs vom {day} für {about}."
            : $"ich hoffe, es geht Ihnen gut. Ich melde mich bezüglich unseres Vorstellungsgesprächs vom {day} für {about}.",
        Timeline = date => du
            ? $"Mir wurde eine Rückmeldung bis zum {date} in Aussicht gestellt, deshalb wollte ich kurz nach dem aktuellen Stand fragen."
            : $"Mir wurde eine Rückmeldung bis zum {date} in Aussicht gestellt, daher möchte ich mich nach dem aktuellen Stand erkundigen.",
        NoTimeline = du ? "Ich wollte kurz nach dem aktuellen Stand und den nächsten Schritten fragen." : "Gerne möchte ich mich nach dem aktuellen Stand und den nächsten Schritten erkundigen.",
        Interest = du
            ? "Mein Interesse an der Position ist unverändert groß. Wenn du noch etwas von mir brauchst, sag gerne Bescheid."
            : "Mein Interesse an der Position ist unverändert groß, und ich stelle Ihnen gerne weitere Informationen zur Verfügung, falls Sie etwas benötigen.",
        Thanks = du ? "Danke dir nochmals für deine Zeit." : "Vielen Dank nochmals für Ihre Zeit.",
        Closing = du ? "Viele Grüße" : "Mit freundlichen Grüßen",
        Subject = (role, company) => role is not null ? $"Nachfrage zum Stand meiner Bewerbung - {role}"
            : company is not null ? $"Nachfrage zu meinem Vorstellungsgespräch bei {company}"
            : "Nachfrage zu meinem Vorstellungsgespräch",
        Date = DateWords.German,
    };

    public static DraftPhrases Formal { get; } = new()
    {
        Language = Language.German,
        Formality = Formality.Formal,
        Openings =
        [
            "vielen Dank, dass Sie sich die Zeit für das Gespräch über {0} genommen haben.",
            "ich habe mich sehr über die Gelegenheit gefreut, mit Ihnen über {0} zu sprechen.",
            "herzlichen Dank für das angenehme Gespräch über {0} und die Zeit, die Sie sich dafür genommen haben.",
            "es war mir eine Freude, Sie kennenzulernen und mehr über {0} zu erfahren.",
        ],
        InterestLines =
        [
            c => $"Das Gespräch hat mich in meinem Wunsch bestärkt, {c ?? "Ihr Team"} mit meiner Erfahrung zu unterstützen.",
            c => $"Nach unserem Gespräch bin ich umso motivierter, {c ?? "Ihr Team"} zu verstärken.",
            c => $"Die Position reizt mich sehr, und ich würde mich freuen, künftig für {c ?? "Ihr Team"} tätig zu sein.",
        ],
        Closings = ["Mit freundlichen Grüßen", "Freundliche Grüße", "Herzliche Grüße", "Viele Grüße"],
        SubjectLines = ["Vielen Dank für das Gespräch - {0}", "Danke für Ihre Zeit - {0}", "Herzlichen Dank für das Vorstellungsgespräch - {0}", "Danke für das angenehme Gespräch - {0}"],
        SubjectWithoutTopic = "Vielen Dank für das Gespräch",
        Greeting = (names, _) => (names.Full ?? names.First) is { } name ? $"Guten Tag {name}," : "Guten Tag,",
        NamelessGreeting = "Guten Tag,",
        PlaceholderPrefix = "[Hier einen konkreten Punkt aus dem Gespräch mit ",
        PlaceholderEndings = [" ergänzen: ein Projekt, eine gestellte Frage oder eine neue Erkenntnis.]", " ergänzen: eine Aussage, die hängen geblieben ist, oder ein gemeinsames Thema.]"],
        ThisInterviewer = "dieser Person",
        RolePhrase = RolePhrase,
        Notes = Notes with { TopicLeadIns = ["Besonders interessant fand ich unseren Austausch über {0}", "Sehr aufschlussreich war für mich Ihre Sicht auf {0}", "Gern habe ich mit Ihnen über {0} gesprochen"] },
        // "mit Ihnen über … zu sprechen" and "mit Ihnen über … gesprochen".
        LeadInClashes = [(1, 2)],
        Status = Status(du: false),
        NeutralTeam = "Ihr Team",
        NeutralPosition = "die ausgeschriebene Stelle",
    };

    public static DraftPhrases Informal { get; } = new()
    {
        Language = Language.German,
        Formality = Formality.Informal,
        Openings =
        [
            "vielen Dank, dass du dir die Zeit für das Gespräch über {0} genommen hast.",
            "ich habe mich sehr über die Gelegenheit gefreut, mit dir über {0} zu sprechen.",
            "herzlichen Dank für das angenehme Gespräch über {0} und die Zeit, die du dir dafür genommen hast.",
            "es war schön, dich kennenzulernen und mehr über {0} zu erfahren.",
        ],
        InterestLines =
        [
            c => $"Das Gespräch hat mich in meinem Wunsch bestärkt, {c ?? "dein Team"} mit meiner Erfahrung zu unterstützen.",
            c => $"Nach unserem Gespräch bin ich umso motivierter, {c ?? "dein Team"} zu verstärken.",
            c => $"Die Position reizt mich sehr, und ich würde mich freuen, künftig für {c ?? "dein Team"} tätig zu sein.",
        ],
        Closings = ["Viele Grüße", "Herzliche Grüße", "Liebe Grüße", "Schöne Grüße"],
        SubjectLines = ["Vielen Dank für das Gespräch - {0}", "Danke für deine Zeit - {0}", "Herzlichen Dank für das Vorstellungsgespräch - {0}", "Danke für das angenehme Gespräch - {0}"],
        SubjectWithoutTopic = "Vielen Dank für das Gespräch",
        Greeting = (names, _) => names.First is { } name ? $"Hallo {name}," : "Hallo,",
        NamelessGreeting = "Hallo,",
        PlaceholderPrefix = "[Hier einen konkreten Punkt aus dem Gespräch mit ",
        PlaceholderEndings = [" ergänzen: ein Projekt, eine gestellte Frage oder eine neue Erkenntnis.]", " ergänzen: eine Aussage, die hängen geblieben ist, oder ein gemeinsames Thema.]"],
        ThisInterviewer = "dieser Person",
        RolePhrase = RolePhrase,
        Notes = Notes with { TopicLeadIns = ["Besonders interessant fand ich unseren Austausch über {0}", "Sehr aufschlussreich war für mich deine Sicht auf {0}", "Gern habe ich mit dir über {0} gesprochen"] },
        LeadInClashes = [(1, 2)],
        Status = Status(du: true),
        NeutralTeam = "dein Team",
        NeutralPosition = "die ausgeschriebene Stelle",
    };
}
