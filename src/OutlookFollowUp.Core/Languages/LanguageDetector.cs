using System.Collections.Frozen;

namespace OutlookFollowUp.Core.Languages;

/// <summary>What the invite's text says about its language.</summary>
/// <param name="Language">The invite's language when it is one of the five and clearly ahead; null when it is another
/// language, too short to tell, or two of the five are level (a one-word subject "Entrevista" is Spanish or Portuguese).</param>
/// <param name="Candidates">The languages with real evidence in the text, strongest first (may hold more than one:
/// a bilingual invite). Readers use all of them.</param>
public sealed record LanguageDetection(Language? Language, IReadOnlyList<Language> Candidates)
{
    /// <summary>Nothing could be told.</summary>
    public static LanguageDetection Unknown { get; } = new(null, []);

    /// <summary>
    /// The languages to read the invite in: English always (hiring systems and meeting tools write English into
    /// invites of every language, and English never regresses), then the invite's candidates; when the invite's own
    /// language is unknown, also the mailbox's.
    /// </summary>
    public IReadOnlyList<Language> ReadingLanguages(Language? mailboxLanguage)
    {
        var languages = new List<Language>(3) { Languages.Language.English };
        foreach (var candidate in Candidates)
        {
            if (!languages.Contains(candidate))
            {
                languages.Add(candidate);
            }
        }

        if (Language is null && mailboxLanguage is { } mailbox && !languages.Contains(mailbox))
        {
            languages.Add(mailbox);
        }

        return languages;
    }
}

/// <summary>
/// Tells which of the five languages an invite is written in, from its subject and body: one pass over the words,
/// counting frequent words of each language (articles, pronouns, prepositions and the vocabulary of invites). The
/// lines a meeting tool or a hiring system adds (<see cref="Boilerplate"/>) are skipped; the subject counts double.
/// Words of a few other languages (Italian, Dutch, Scandinavian) are counted too, so such an invite is "not one of
/// the five" rather than a poor guess. Pure and cheap: no allocation per word, and an early stop once one language
/// clearly leads.
/// </summary>
public static class LanguageDetector
{
    private const byte En = 1, Es = 2, Fr = 4, De = 8, Pt = 16, Other = 32;
    private const int Buckets = 6;
    private const int OtherBucket = 5;

    private static readonly FrozenDictionary<string, byte> Words = BuildWords();
    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Detects the language of an invite.</summary>
    /// <param name="subject">The subject, as written.</param>
    /// <param name="body">The body as plain text (<see cref="Text.PlainText.FromBody"/>).</param>
    public static LanguageDetection Detect(string? subject, string? body)
    {
        // Per language: every word it shares counts in "scores"; words only it has count again in "own", so a language
        // that only shares words with the leader ("in", "will" are English and German) is no candidate.
        Span<int> scores = stackalloc int[Buckets * 2];
        Count(subject.AsSpan(), 2, scores);
        if (!string.IsNullOrEmpty(body))
        {
            foreach (var (start, length) in Boilerplate.SenderLines(body))
            {
                Count(body.AsSpan(start, length), 1, scores);
                if (IsDecided(scores[..Buckets]))
                {
                    break;
                }
            }
        }

        return Decide(scores[..Buckets], scores[Buckets..]);
    }

    /// <summary>True for a word the detector counts: a frequent word (article, pronoun, verb, invite vocabulary) of some language.</summary>
    internal static bool IsFrequentWord(string word) => Words.ContainsKey(word.ToLowerInvariant());

    private static bool IsDecided(ReadOnlySpan<int> scores)
    {
        var (_, first, _, second) = TopTwo(scores);
        return first >= 24 && first >= 3 * second;
    }

    private static LanguageDetection Decide(ReadOnlySpan<int> scores, ReadOnlySpan<int> own)
    {
        var (top, first, _, second) = TopTwo(scores);
        if (first < 2)
        {
            return LanguageDetection.Unknown;
        }

        Language? language = top != OtherBucket && own[top] >= 1 && first >= second + Math.Max(1, first / 5) ? (Language)top : null;
        var candidates = new List<Language>(2);
        if (language is { } leader)
        {
            // The invite's own language is always read, even when few of its words are its alone ("Entrevista técnica -
            // Desarrolladora Backend": most words are shared with Portuguese).
            candidates.Add(leader);
        }

        var threshold = Math.Max(2, first / 3);
        for (var pass = first; candidates.Count < Buckets - 1 && pass >= threshold; pass--)
        {
            for (var b = 0; b < OtherBucket; b++)
            {
                if (scores[b] == pass && own[b] >= 2 && !candidates.Contains((Language)b))
                {
                    candidates.Add((Language)b);
                }
            }
        }

        return new LanguageDetection(language, candidates);
    }

    private static (int Top, int First, int Runner, int Second) TopTwo(ReadOnlySpan<int> scores)
    {
        var top = 0;
        for (var b = 1; b < scores.Length; b++)
        {
            if (scores[b] > scores[top])
            {
                top = b;
            }
        }

        var runner = top == 0 ? 1 : 0;
        for (var b = 0; b < scores.Length; b++)
        {
            if (b != top && scores[b] > scores[runner])
            {
                runner = b;
            }
        }

        return (top, scores[top], runner, scores[runner]);
    }

    private static void Count(ReadOnlySpan<char> text, int weight, Span<int> scores)
    {
        Span<char> lower = stackalloc char[32];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            if (word.Length > lower.Length)
            {
                continue;
            }

            var w = lower[..word.Length];
            word.ToLowerInvariant(w);
            if (Lookup.TryGetValue(w, out var mask))
            {
                Add(mask, weight, scores);
            }
            else if (IsGermanCompound(w))
            {
                Add(De, weight, scores);
            }
        }
    }

    private static void Add(byte mask, int weight, Span<int> scores)
    {
        for (var b = 0; b < Buckets; b++)
        {
            if ((mask & (1 << b)) != 0)
            {
                scores[b] += weight;
            }
        }

        if (System.Numerics.BitOperations.PopCount(mask) == 1)
        {
            scores[Buckets + System.Numerics.BitOperations.TrailingZeroCount(mask)] += weight;
        }
    }

    // German builds long nouns with these endings (Bewerbung, Möglichkeit, Vorstellungsgespräch); English words of
    // seven letters or more hardly end so.
    private static bool IsGermanCompound(ReadOnlySpan<char> w) =>
        w.Length >= 7 && (w.EndsWith("ung") || w.EndsWith("ungen") || w.EndsWith("keit") || w.EndsWith("heit") || w.EndsWith("schaft") || w.EndsWith("gespräch"));

    private static FrozenDictionary<string, byte> BuildWords()
    {
        var words = new Dictionary<string, byte>(StringComparer.Ordinal);
        void Add(byte language, string list)
        {
            foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words[word] = (byte)(words.GetValueOrDefault(word) | language);
            }
        }

        // Words two languages share count for both: they do not tell those two apart, but they tell them from the rest.
        Add(En, "the and you your yours we our ours to of for with will be is are was were this that these those please look looking " +
                "forward thank thanks us have has had would could should can at from by it if or meet meeting interview interviews time " +
                "let know any questions hi hello dear regards best about get back next week call join schedule scheduled available role " +
                "position candidate hiring manager which who what when where there their they them been being not but all also into only " +
                "just more than then out up so an on in as do no am team my me i sincerely");
        Add(Es, "el los las del al y con su sus muy gracias usted ustedes hola saludos puesto equipo día días hasta también tambien pero más " +
                "hemos estamos tenemos podemos queremos será estimado estimada estimados reunión tiempo proceso selección seleccion lo mi mis " +
                "ya donde cuando vacante nuestra nuestro nuestros nosotros después despues disponibilidad contigo tú entrevista entrevistas " +
                "para por que de la le les en un una te tu se nos es está esta este como sobre semana próxima proxima próximo proximo antes " +
                "empresa candidatura horas hora cordialmente atentamente no o dos si ser muchas mucho pondremos contacto recibir quedamos " +
                "cualquier duda dudas favor ha han he tiene puede pueden debe hacer sido año años esto eso ese esa hay aquí aqui fue bien " +
                "ahora cita llamada correo trabajo datos lunes martes miércoles jueves viernes sábado domingo mañana agradecemos");
        Add(Fr, "et est vous nous votre vos notre pour avec sur dans une au aux ce cette ces qui pas ne merci bonjour cordialement entretien " +
                "entretiens poste être avons sommes sera serait êtes avez été très où je il elle ils elles chez semaine prochaine prochain " +
                "jours jour heures heure rendez madame monsieur salutations hésitez lors afin ainsi également suite retour reviendrons " +
                "souhaitons équipe toute tout tous leur leurs cela ça déjà après avant encore aussi mais ou des du les le la en un on à " +
                "candidature recrutement recruteur disponibilités disponibilité lundi mardi mercredi jeudi vendredi samedi dimanche que de " +
                "te tu se nos si bien l qu c j n vers ici");
        Add(De, "der die das und ist sie wir ihnen ihre ihr ihren ihrem mit für fur auf den dem zu ein eine einen einem einer nicht uns " +
                "unser unsere unseren bei von vom zum zur sich auch wird werden haben gerne gern freuen vielen dank danke grüße grüßen " +
                "gruß freundlichen termin gespräch vorstellungsgespräch bewerbung stelle sehr geehrte geehrter hallo guten tag uhr über " +
                "wie oder aber noch nach wenn dass daß sowie mir dir dich dein deine deinen euch kann können möchten möchte soll muss gibt " +
                "schon nur jetzt hier bis ab ob weil damit woche nächste nächsten wochen tage tagen werktage werktagen montag dienstag " +
                "mittwoch donnerstag freitag samstag sonntag im es des du da an am in so was will team hat sind wurde waren war " +
                "kennenlernen rückmeldung melden interview");
        Add(Pt, "os do da dos das e em um uma com não nao você voce vocês seu sua seus suas nós nosso nossa nossos ao aos pelo pela pelos " +
                "pelas obrigado obrigada atenciosamente vaga vagas são foi muito muita também tambem equipe equipa processo seletivo olá ola " +
                "dias dia até ate depois já quando onde entraremos contato retorno agradecemos prezado prezada gostaria gostaríamos ficamos " +
                "disposição caso então isso isto esse essa tem temos ter pode podemos seja estão cargo reunião às as o na no nas nos à " +
                "semana próxima segunda terça quarta quinta sexta feira sábado horário entrevista candidato candidata para por que de te tu " +
                "se está esta este como sobre antes empresa candidatura horas hora cordialmente mais ou dos será sido será");
        Add(Other, "il di che per sono della delle dei degli alla alle nella grazie colloquio siamo vostro vostra cordiali saluti gentile " +
                   "het een niet wij jij voor zijn bedankt groeten sollicitatie gesprek och att är för med vi og til ikke jeg deg dere hej " +
                   "tack l");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
