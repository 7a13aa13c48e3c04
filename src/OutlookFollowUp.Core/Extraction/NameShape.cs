using System.Collections.Frozen;

namespace OutlookFollowUp.Core.Extraction;

/// <summary>
/// Whether a phrase reads as a name (DESIGN.md, "what goes into a draft must be right or absent"): one line, no
/// sentence punctuation inside, no function word at either end, not a fragment such as "coffee", "On-Demand",
/// "Link Enclosed!" or "Thank". Extraction asks this of every role and company before a draft may use it.
/// </summary>
internal static class NameShape
{
    /// <summary>Words that never start or end a role or a company ("about your startup", "Northwind Traders. I").</summary>
    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "a", "an", "the", "and", "or", "nor", "of", "for", "to", "in", "on", "at", "by", "with", "from", "as", "about", "into",
        "onto", "over", "under", "via", "per", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "your", "our", "my",
        "his", "her", "their", "its", "you", "we", "i", "me", "us", "it", "they", "them", "he", "she", "this", "that", "these",
        "those", "please", "thank", "thanks", "hi", "hello", "dear", "hey", "if", "so", "but", "not", "no", "yes", "re",
        "regarding", "who", "what", "when", "where", "why", "how", "here", "there", "today", "tomorrow", "tonight", "now",
        "then", "just", "also", "very", "all", "any", "some", "each", "every", "up", "out", "off", "down",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The same in Spanish, French, German and Portuguese: a name never ends in one ("Analista de", "Contoso en"); a role
    /// never starts with one either, while a company may ("La Poste", "El Corte Inglés", "Del Monte", "Die Zeit").
    /// </summary>
    private static readonly FrozenSet<string> ForeignFunctionWords = new[]
    {
        "de", "del", "d", "da", "do", "das", "dos", "des", "du", "la", "le", "les", "el", "los", "las", "os", "y", "et", "und", "oder", "ou",
        "en", "em", "na", "no", "nas", "nos", "para", "pour", "für", "fur", "con", "com", "avec", "mit", "bei", "chez", "sur", "sobre", "über",
        "von", "zu", "zum", "zur", "por", "par", "al", "au", "aux", "que", "qui", "der", "die", "dem", "ein", "eine", "un", "une", "una",
        "um", "uma", "su", "sus", "tu", "votre", "vos", "notre", "ihr", "ihre", "ihrem", "ihren", "seu", "sua", "nuestro", "nuestra",
        "nosso", "nossa", "unser", "unsere",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that, standing as a whole name or at its end, mark a fragment of a subject or a sentence.</summary>
    private static readonly FrozenSet<string> FragmentWords = new[]
    {
        "chat", "call", "calls", "meeting", "meetings", "invite", "invitation", "invitations", "reminder", "confirmed",
        "confirmation", "scheduled", "rescheduled", "update", "updated", "link", "links", "enclosed", "attached", "inside",
        "details", "agenda", "zoom", "teams", "webex", "meet", "video", "phone", "on-demand", "ondemand", "one-way",
        "interview", "interviews", "screen", "screening", "session", "today", "tomorrow", "tonight", "soon", "now", "here",
        "welcome", "congratulations", "congrats", "regards", "best", "cheers", "sincerely", "thank", "thanks", "hi", "hello",
        "dear", "next", "steps", "step", "action", "required", "request", "requested", "please", "rsvp", "join", "joining",
        "online", "virtual", "remote", "onsite", "on-site", "in-person", "available", "availability", "time", "date", "slot",
        "team", "department", "dept", "division", "office", "offices", "hq",
        "entrevista", "entrevistas", "entretien", "entretiens", "gespräch", "vorstellungsgespräch", "bewerbungsgespräch", "llamada",
        "videollamada", "reunión", "réunion", "reunião", "chamada", "conversa", "conversación", "besprechung", "termin", "invitación",
        "convite", "einladung", "recordatorio", "rappel", "erinnerung", "lembrete", "detalles", "détails", "equipo", "équipe", "equipe",
        "departamento", "département", "abteilung", "visio", "confirmado", "confirmada", "confirmé", "confirmée", "bestätigt", "agendada",
        "programada",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a subject's status phrase, never an employer's name.</summary>
    private static readonly FrozenSet<string> StatusWords = new[]
    {
        "enclosed", "attached", "inside", "confirmed", "confirmation", "scheduled", "rescheduled", "reminder", "invitation",
        "invite", "today", "tomorrow", "tonight", "required", "requested", "details", "update", "updated", "link", "interview",
        "interviews", "chat", "call", "meeting", "soon", "now", "here", "thank", "thanks", "regards", "welcome", "congratulations",
        "confirmado", "confirmada", "confirmé", "confirmée", "bestätigt", "agendada", "programada", "hoy", "mañana", "aujourd'hui", "demain",
        "heute", "morgen", "hoje", "amanhã", "entrevista", "entretien", "gespräch", "vorstellungsgespräch", "invitación", "convite",
        "einladung", "rappel", "recordatorio", "lembrete",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Names that are days, months or meeting tools, never an employer.</summary>
    private static readonly FrozenSet<string> NotEmployers = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "microsoft teams", "teams", "zoom",
        "google meet", "google hangouts", "webex", "skype", "hirevue", "calendly", "greenhouse", "lever", "workday", "outlook",
        "gmail", "linkedin", "indeed", "glassdoor", "us", "you", "me", "hr", "the team", "our team", "talent acquisition",
        "human resources", "recruiting", "recruitment", "careers", "hiring team",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
        "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "segunda-feira", "terça-feira",
        "quarta-feira", "quinta-feira", "sexta-feira", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "janeiro", "fevereiro", "março", "maio",
        "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "recursos humanos", "rrhh", "ressources humaines", "rh",
        "recrutement", "personalabteilung", "recrutamento", "reclutamiento", "selección", "equipo de selección", "videollamada", "visio",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations whose full stop does not end a sentence ("Inc. Europe", "St. Louis").</summary>
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "inc", "co", "corp", "ltd", "llc", "plc", "st", "dr", "mr", "mrs", "ms", "jr", "sr", "bros", "no", "mt", "ft", "dept",
        "assoc", "intl", "natl", "univ", "sa", "nv", "ag", "gmbh", "bv", "vs", "etc",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the phrase can be a job title in a draft.</summary>
    public static bool IsRole(string? phrase) => IsName(phrase, maxWords: 9, maxLength: 80, isCompany: false);

    /// <summary>True when the phrase can be an employer's name in a draft (corroboration is a separate question).</summary>
    public static bool IsCompany(string? phrase) =>
        IsName(phrase, maxWords: 7, maxLength: 60, isCompany: true) && !NotEmployers.Contains(phrase!.Trim());

    /// <summary>
    /// True when a '.', '!' or '?' followed by a space and a capitalised word stands inside the text, an abbreviation or
    /// an initial before the full stop excepted ("J.P. Morgan", "Contoso Inc. Europe").
    /// </summary>
    public static bool HasSentenceBreak(string text)
    {
        for (var i = 0; i < text.Length - 2; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || text[i + 1] != ' ' || !char.IsUpper(text[i + 2]))
            {
                continue;
            }

            if (text[i] != '.' || !IsAbbreviationBefore(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text up to its first sentence break (see <see cref="HasSentenceBreak"/>), without the break.</summary>
    public static string CutAtSentenceBreak(string text)
    {
        for (var i = 0; i < text.Length - 2; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && (text[i] != '.' || !IsAbbreviationBefore(text, i)))
            {
                return text[..i];
            }
        }

        return text;
    }

    /// <summary>Removes function words and fragment words from both ends ("with Contoso team" is not asked here).</summary>
    public static string TrimConnectors(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && FunctionWords.Contains(Bare(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    private static bool IsName(string? phrase, int maxWords, int maxLength, bool isCompany)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return false;
        }

        var s = phrase.Trim();
        if (s.Length < 2 || s.Length > maxLength || !s.Any(char.IsLetter))
        {
            return false;
        }

        if (s.AsSpan().IndexOfAny('\n', '\r') >= 0 || s.AsSpan().IndexOfAny(";!?:\"") >= 0 || s.Contains('@') || s.Contains("://", StringComparison.Ordinal)
            || HasSentenceBreak(s))
        {
            return false;
        }

        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > maxWords)
        {
            return false;
        }

        // "A. Datum": an initial, not the article.
        var first = words[0].EndsWith('.') && words[0].Length == 2 ? words[0] : Bare(words[0]);
        var last = Bare(words[^1]);
        if (words.Length > 1 && last == "I")
        {
            last = "II"; // a grade ("Software Engineer I"), not the pronoun
        }

        // A leading "The" belongs to a company's name ("The Home Depot"); nothing else may start or end a name.
        var leadingThe = isCompany && first.Equals("the", StringComparison.OrdinalIgnoreCase) && words.Length > 1;
        if ((FunctionWords.Contains(first) && !leadingThe) || FunctionWords.Contains(last))
        {
            return false;
        }

        if (words.Length > 1 && (ForeignFunctionWords.Contains(last) || (!isCompany && ForeignFunctionWords.Contains(first))))
        {
            return false;
        }

        // "Monday", "Next Tuesday", "November 10": a date, not a name.
        if (words.All(w => DatePart(Bare(w))))
        {
            return false;
        }

        // A company may end in a word such as "Video" or "Coffee" (Southridge Video); only a subject's status word
        // ends a fragment there ("Link Enclosed", "Interview Confirmed").
        if ((isCompany ? StatusWords.Contains(last) : FragmentWords.Contains(last)) || (words.Length == 1 && FragmentWords.Contains(first)))
        {
            return false;
        }

        // Inside a name, pronouns and verbs of a sentence do not occur ("Data Analyst is Today", "you are invited").
        for (var i = 0; i < words.Length; i++)
        {
            var w = Bare(words[i]).ToLowerInvariant();
            if (w is "is" or "are" or "was" or "were" or "will" or "you" or "we" or "your" or "our" or "please" or "thank" or "thanks"
                || (w == "i" && (i == 0 || words[i] != "I" || i < words.Length - 1)))
            {
                return false;
            }
        }

        if (isCompany)
        {
            // An employer's name is written with capitals (or digits); a lower-case word may only join two of them.
            if (!char.IsUpper(s[0]) && !char.IsDigit(s[0]))
            {
                return false;
            }

            for (var i = 0; i < words.Length; i++)
            {
                var w = words[i];
                if (char.IsLower(w[0]) && (i == words.Length - 1 || !IsJoiner(w)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static readonly FrozenSet<string> DateWords = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "today", "tomorrow", "tonight", "next", "this", "morning", "afternoon", "evening", "week", "am", "pm",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "segunda", "terça", "quarta",
        "quinta", "sexta", "feira", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre", "janvier", "février", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "janeiro", "fevereiro", "março", "maio", "junho", "julho",
        "setembro", "outubro", "novembro", "dezembro", "de", "del", "le", "el", "am", "hoy", "mañana", "demain", "heute", "morgen", "hoje",
        "amanhã", "próximo", "próxima", "prochain", "prochaine", "nächsten", "semana", "semaine", "woche",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool DatePart(string word) => DateWords.Contains(word) || (word.Length > 0 && word.All(char.IsDigit));

    private static bool IsJoiner(string word) =>
        Bare(word).ToLowerInvariant() is "of" or "and" or "de" or "du" or "des" or "la" or "le" or "van" or "von" or "der" or "den" or "y" or "e" or "et" or "und" or "for" or "the";

    private static bool IsAbbreviationBefore(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..dot];
        // An initial ("A. Datum", "J.P.") or a known abbreviation.
        return word.Length == 1 || Abbreviations.Contains(word);
    }

    private static string Bare(string word) => word.Trim(',', '.', '(', ')', '\'', '"', '-', '/');
}
