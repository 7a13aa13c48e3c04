using System.Collections.Frozen;
using OutlookFollowUp.Core.Languages;

namespace OutlookFollowUp.Core.Drafting.Phrases;

/// <summary>The names a greeting may use: the first name, and first and last name for a formal German or French one.</summary>
internal sealed record GreetingNames(string? First, string? Full);

/// <summary>
/// Everything a draft says in one language and register: one table per language, one composer for all. Text that
/// carries a role, a company or a name is a function of them, because languages bend around them differently
/// (French "le poste d'analyste", Portuguese "na Contoso" but "no Banco Azul", German cases after prepositions).
/// No wording guesses a gender: the greeting uses names, never "Estimada" or "Sehr geehrte Frau", and the writer
/// speaks of "my interest", never "interesado / interessada".
/// </summary>
internal sealed class DraftPhrases
{
    public required Language Language { get; init; }

    public required Formality Formality { get; init; }

    /// <summary>Four openings; {0} is the role phrase. Four openings and three interest lines vary over twelve people.</summary>
    public required string[] Openings { get; init; }

    /// <summary>Three interest lines, given the company (null: neutral wording such as "your team").</summary>
    public required Func<string?, string>[] InterestLines { get; init; }

    /// <summary>Four sign-offs, the line above the user's name (German's carry no comma).</summary>
    public required string[] Closings { get; init; }

    /// <summary>Four subjects; {0} is the role, else the company.</summary>
    public required string[] SubjectLines { get; init; }

    public required string SubjectWithoutTopic { get; init; }

    /// <summary>The greeting line for the names known and the panel position.</summary>
    public required Func<GreetingNames, int, string> Greeting { get; init; }

    /// <summary>The greeting without a name, as the warnings quote it.</summary>
    public required string NamelessGreeting { get; init; }

    /// <summary>The start of the bracketed placeholder, up to the interviewer's name.</summary>
    public required string PlaceholderPrefix { get; init; }

    /// <summary>Two endings after the name, each closing the bracket.</summary>
    public required string[] PlaceholderEndings { get; init; }

    /// <summary>Who the placeholder names when the first name is unknown.</summary>
    public required string ThisInterviewer { get; init; }

    /// <summary>"the Data Analyst role at Contoso", degrading to neutral wording when either is unknown.</summary>
    public required Func<string?, string?, string> RolePhrase { get; init; }

    /// <summary>How the user's note is woven in.</summary>
    public required NoteStyle Notes { get; init; }

    /// <summary>(opening, lead-in) pairs that would repeat a word ("I appreciated … I appreciated …"): the next lead-in is used.</summary>
    public required (int Opening, int LeadIn)[] LeadInClashes { get; init; }

    public required StatusCheckPhrases Status { get; init; }

    /// <summary>The neutral words used for an unconfirmed company, as the warnings quote them ("your team").</summary>
    public required string NeutralTeam { get; init; }

    /// <summary>The neutral words used when neither role nor company is known ("the position").</summary>
    public required string NeutralPosition { get; init; }

    /// <summary>The phrases for a language and register (English has one register).</summary>
    public static DraftPhrases For(Language language, Formality formality) => (language, formality) switch
    {
        (Language.Spanish, Formality.Informal) => SpanishPhrases.Informal,
        (Language.Spanish, _) => SpanishPhrases.Formal,
        (Language.French, Formality.Informal) => FrenchPhrases.Informal,
        (Language.French, _) => FrenchPhrases.Formal,
        (Language.German, Formality.Informal) => GermanPhrases.Informal,
        (Language.German, _) => GermanPhrases.Formal,
        (Language.Portuguese, Formality.Informal) => PortuguesePhrases.Informal,
        (Language.Portuguese, _) => PortuguesePhrases.Formal,
        _ => EnglishPhrases.Instance,
    };

    /// <summary>Every language's placeholder prefix: the linter and the send guard know all of them as ours.</summary>
    public static IReadOnlyList<string> AllPlaceholderPrefixes { get; } =
        new[] { EnglishPhrases.Instance, SpanishPhrases.Formal, SpanishPhrases.Informal, FrenchPhrases.Formal, FrenchPhrases.Informal,
                GermanPhrases.Formal, GermanPhrases.Informal, PortuguesePhrases.Formal, PortuguesePhrases.Informal }
            .Select(p => p.PlaceholderPrefix).Distinct(StringComparer.Ordinal).ToArray();
}

/// <summary>The status check's wording.</summary>
internal sealed class StatusCheckPhrases
{
    /// <summary>What the interview was for, given role and company.</summary>
    public required Func<string?, string?, string> About { get; init; }

    /// <summary>The first paragraph's opening sentences, given <see cref="About"/> and the interview's day in words.</summary>
    public required Func<string, string, string> Opening { get; init; }

    /// <summary>The sentence about the stated timeline, given its date in words.</summary>
    public required Func<string, string> Timeline { get; init; }

    public required string NoTimeline { get; init; }

    public required string Interest { get; init; }

    public required string Thanks { get; init; }

    public required string Closing { get; init; }

    /// <summary>The subject, given role and company.</summary>
    public required Func<string?, string?, string> Subject { get; init; }

    /// <summary>A date in words ("December 4", "4 de diciembre", "4. Dezember").</summary>
    public required Func<DateOnly, string> Date { get; init; }
}

/// <summary>
/// How a note becomes part of a sentence in a language other than English. The user's words are never changed: a
/// note that reads as a sentence stands as written (capital, full stop); a phrase that starts with an article or a
/// possessive follows a lead-in that ends in a preposition which takes it unchanged (Spanish and Portuguese "sobre",
/// French "sur", German "über" only with articles whose form fits the accusative); anything else follows a lead-in
/// ending in a colon, which fits any phrase.
/// </summary>
internal sealed record NoteStyle
{
    /// <summary>Three lead-ins ending in a preposition; {0} is the note.</summary>
    public required string[] TopicLeadIns { get; init; }

    /// <summary>Three lead-ins ending in a colon; {0} is the note.</summary>
    public required string[] FragmentLeadIns { get; init; }

    /// <summary>First words that start a sentence of the user's own ("Me gustó …", "J'ai …", "Ich fand …").</summary>
    public required FrozenSet<string> SentenceStarts { get; init; }

    /// <summary>Verbs that make a note a sentence when they stand after its first word.</summary>
    public required FrozenSet<string> Verbs { get; init; }

    /// <summary>First words (articles, possessives, question words) that the topic lead-in's preposition takes as they are.</summary>
    public required FrozenSet<string> TopicStarts { get; init; }

    /// <summary>First words lower-cased after a lead-in (articles, determiners): the rest keep their case (names, German nouns).</summary>
    public required FrozenSet<string> LowerCaseStarts { get; init; }

    /// <summary>A first word that reads as the writer's own verb ("Aprendí", "Gostei"): the note is a sentence.</summary>
    public Func<string, bool> IsFirstPersonVerb { get; init; } = _ => false;

    /// <summary>A first word that reads as an infinitive ("conocer", "découvrir"): lower-cased after a colon.</summary>
    public Func<string, bool> IsInfinitive { get; init; } = _ => false;

    public static FrozenSet<string> Set(string words, bool ignoreCase = true) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
}
