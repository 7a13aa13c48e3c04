namespace OutlookFollowUp.Core.Languages;

/// <summary>
/// How the invite addresses the candidate, so the drafts answer in the same register: tú or usted, tu or vous, du or
/// Sie, você or an impersonal formal Portuguese. Counts the second-person pronouns and possessives of the language in
/// the sender's own lines (not a meeting tool's); formal when the invite shows no informal address, or when unsure.
/// </summary>
public static class FormalityDetector
{
    private static readonly HashSet<string> SpanishInformal = new(StringComparer.Ordinal) { "tú", "te", "ti", "contigo", "tu", "tus", "tienes", "puedes", "estás", "quieres", "recibirás", "podrás", "tendrás" };
    private static readonly HashSet<string> SpanishFormal = new(StringComparer.Ordinal) { "usted", "ustedes", "le", "su", "sus" };
    private static readonly HashSet<string> FrenchInformal = new(StringComparer.Ordinal) { "tu", "te", "t", "toi", "ton", "ta", "tes" };
    private static readonly HashSet<string> FrenchFormal = new(StringComparer.Ordinal) { "vous", "votre", "vos" };
    private static readonly HashSet<string> GermanInformal = new(StringComparer.OrdinalIgnoreCase) { "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "euch", "euer", "eure" };
    private static readonly HashSet<string> GermanFormal = new(StringComparer.Ordinal) { "Ihnen", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ihr" };
    private static readonly HashSet<string> PortugueseInformal = new(StringComparer.Ordinal) { "você", "voce", "vocês", "tu", "te", "teu", "tua", "contigo" };
    private static readonly HashSet<string> PortugueseFormal = new(StringComparer.Ordinal) { "senhor", "senhora", "vossa", "v.sa", "sr", "sra" };

    /// <summary>The register of the invite for a language; <see cref="Formality.Formal"/> for English and when unsure.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="body">The body as plain text.</param>
    /// <param name="language">The drafts' language.</param>
    public static Formality Detect(string? subject, string? body, Language language)
    {
        if (language == Language.English)
        {
            return Formality.Formal;
        }

        var informal = 0;
        var formal = 0;
        void CountLine(ReadOnlySpan<char> line)
        {
            var i = 0;
            var sentenceStart = true;
            while (i < line.Length)
            {
                if (!char.IsLetter(line[i]))
                {
                    if (line[i] is '.' or '!' or '?' or ':')
                    {
                        sentenceStart = true;
                    }

                    i++;
                    continue;
                }

                var start = i;
                while (i < line.Length && char.IsLetter(line[i]))
                {
                    i++;
                }

                var word = line[start..i].ToString();
                var (isInformal, isFormal) = Classify(word, language, sentenceStart);
                informal += isInformal ? 1 : 0;
                formal += isFormal ? 1 : 0;
                sentenceStart = false;
            }
        }

        CountLine(subject.AsSpan());
        if (!string.IsNullOrEmpty(body))
        {
            foreach (var (start, length) in Boilerplate.SenderLines(body))
            {
                CountLine(body.AsSpan(start, length));
            }
        }

        return informal > formal ? Formality.Informal : Formality.Formal;
    }

    private static (bool Informal, bool Formal) Classify(string word, Language language, bool sentenceStart)
    {
        var lower = word.ToLowerInvariant();
        return language switch
        {
            Language.Spanish => (SpanishInformal.Contains(lower), SpanishFormal.Contains(lower)),
            Language.French => (FrenchInformal.Contains(lower), FrenchFormal.Contains(lower)),
            // German: "Sie" and "Ihr…" are formal only with their capital and not at a sentence's start ("Sie" there may
            // be "they"); "du", "dir", "dein" in any case (letters may capitalise them).
            Language.German => (GermanInformal.Contains(word), !sentenceStart && (GermanFormal.Contains(word) || word == "Sie")),
            Language.Portuguese => (PortugueseInformal.Contains(lower), PortugueseFormal.Contains(lower)),
            _ => (false, false),
        };
    }
}
