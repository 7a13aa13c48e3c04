using System.Globalization;
using System.Net;
using System.Text;
using OutlookFollowUp.Core.Drafting.Phrases;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.Core.Recipients;

namespace OutlookFollowUp.Core.Drafting;

/// <summary>A composed mail: subject, plain text and the same text as escaped HTML.</summary>
public sealed record DraftText(string Subject, string BodyText, string BodyHtml);

/// <summary>What a thank-you note is about.</summary>
/// <param name="Recipient">Who it goes to.</param>
/// <param name="Role">The job title, when known.</param>
/// <param name="Company">The employer, when known.</param>
/// <param name="Note">What the user discussed with this person, in their own words; null when they gave none.</param>
/// <param name="SignerName">The user's name for the sign-off (first name; first and last under a formal note in another language than English); null when unknown.</param>
/// <param name="Variant">The recipient's position in the panel: each position gets different wording.</param>
/// <param name="Signature">An optional signature block appended after the name.</param>
public sealed record ThankYouRequest(
    Recipient Recipient,
    string? Role,
    string? Company,
    string? Note,
    string? SignerName,
    int Variant,
    string? Signature = null)
{
    /// <summary>The language the note is written in; English by default.</summary>
    public Language Language { get; init; } = Language.English;

    /// <summary>Formal (usted, vous, Sie) or informal (tú, tu, du, você) address; formal by default. English has one.</summary>
    public Formality Formality { get; init; } = Formality.Formal;
}

/// <summary>What a status-check note is about.</summary>
/// <param name="Recipient">Who it goes to, or null when the invite named nobody eligible (the user fills it in).</param>
/// <param name="Role">The job title, when known.</param>
/// <param name="Company">The employer, when known.</param>
/// <param name="InterviewDate">The interview's local date.</param>
/// <param name="RespondBy">The date the employer said they would respond by, when they said one.</param>
/// <param name="SignerName">The user's name for the sign-off, as for a thank-you.</param>
/// <param name="Signature">An optional signature block.</param>
public sealed record StatusCheckRequest(
    Recipient? Recipient,
    string? Role,
    string? Company,
    DateOnly InterviewDate,
    DateOnly? RespondBy,
    string? SignerName,
    string? Signature = null)
{
    /// <summary>The language the note is written in; English by default.</summary>
    public Language Language { get; init; } = Language.English;

    /// <summary>Formal or informal address; formal by default.</summary>
    public Formality Formality { get; init; } = Formality.Formal;
}

/// <summary>
/// Writes the thank-you and status-check drafts (DESIGN.md, "drafts"): short, personal, naming the role and company,
/// greeting the recipient by first name, and never the same text twice within one panel. The same structure in every
/// language; the words come from one table per language and register (<see cref="DraftPhrases"/>).
/// </summary>
public static class DraftComposer
{
    /// <summary>The prefix of the bracketed placeholder written in an English note when the user gave no note for a person.</summary>
    public const string PlaceholderPrefix = "[Add one specific thing you discussed with ";

    /// <summary>The placeholder prefixes of every language ("[Añade un detalle concreto…", "[Ajoutez un point précis…"): all ours.</summary>
    public static IReadOnlyList<string> PlaceholderPrefixes => DraftPhrases.AllPlaceholderPrefixes;

    /// <summary>True when a bracketed text is one of our own placeholders, in any language.</summary>
    public static bool IsOwnPlaceholder(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var prefix in DraftPhrases.AllPlaceholderPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Composes one thank-you note.</summary>
    public static DraftText ThankYou(ThankYouRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var phrases = DraftPhrases.For(request.Language, request.Formality);
        // 4 openings × 3 interest lines are all distinct for 12 people (4 and 3 are coprime); closings extend it to 48.
        var v = Math.Max(0, request.Variant);
        var opening = phrases.Openings[v % phrases.Openings.Length];
        var interest = phrases.InterestLines[v % phrases.InterestLines.Length];
        var closing = phrases.Closings[(v / 12) % phrases.Closings.Length];

        var name = request.Recipient.GreetingName;
        var openingLine = string.Format(CultureInfo.InvariantCulture, opening, phrases.RolePhrase(request.Role, request.Company));
        var paragraphs = new List<string> { phrases.Greeting(Names(request.Recipient), v) };
        if (!string.IsNullOrWhiteSpace(request.Note))
        {
            // The note is part of the thanks, a sentence of the opening paragraph.
            // The lead-in never repeats its opening's verb or noun ("I appreciated … I appreciated …").
            var lead = v % 3;
            for (var tries = 0; tries < 3 && Array.Exists(phrases.LeadInClashes, c => c.Opening == v % phrases.Openings.Length && c.LeadIn == lead); tries++)
            {
                lead = (lead + 1) % 3;
            }

            paragraphs.Add(openingLine + " " + NoteSentence(request.Note, lead, phrases));
        }
        else
        {
            paragraphs.Add(openingLine);
            paragraphs.Add(Placeholder(name, v, phrases));
        }

        paragraphs.Add(interest(request.Company));

        var subjectTopic = request.Role ?? (request.Company is { } c ? $"{c}" : null);
        var subject = subjectTopic is null
            ? phrases.SubjectWithoutTopic
            : string.Format(CultureInfo.InvariantCulture, phrases.SubjectLines[v % phrases.SubjectLines.Length], subjectTopic);
        return Build(subject, paragraphs, closing, request.SignerName, request.Signature);
    }

    /// <summary>Composes the polite status check sent once, on the due date, when the employer has not replied.</summary>
    public static DraftText StatusCheck(StatusCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var phrases = DraftPhrases.For(request.Language, request.Formality);
        var status = phrases.Status;
        var about = status.About(request.Role, request.Company);
        var timeline = request.RespondBy is { } by ? status.Timeline(status.Date(by)) : status.NoTimeline;
        var greeting = request.Recipient is { } recipient ? phrases.Greeting(Names(recipient), 0) : phrases.Greeting(new GreetingNames(null, null), 0);
        var paragraphs = new List<string>
        {
            greeting,
            $"{status.Opening(about, status.Date(request.InterviewDate))} {timeline}",
            status.Interest,
            status.Thanks,
        };

        return Build(status.Subject(request.Role, request.Company), paragraphs, status.Closing, request.SignerName, request.Signature);
    }

    /// <summary>"the Editorial Assistant role at Lucerne Publishing", degrading gracefully when either is unknown.</summary>
    public static string RolePhrase(string? role, string? company) => EnglishPhrases.Instance.RolePhrase(role, company);

    /// <summary>The role phrase in a language ("el puesto de Analista de Datos en Contoso", "le poste d'analyste").</summary>
    public static string RolePhrase(string? role, string? company, Language language, Formality formality = Formality.Formal) =>
        DraftPhrases.For(language, formality).RolePhrase(role, company);

    /// <summary>The neutral words a draft uses for an unconfirmed company ("your team", "su equipo", "Ihr Team").</summary>
    public static string NeutralTeam(Language language, Formality formality = Formality.Formal) => DraftPhrases.For(language, formality).NeutralTeam;

    /// <summary>The neutral words a draft uses when neither role nor company is known ("the position", "le poste").</summary>
    public static string NeutralPosition(Language language, Formality formality = Formality.Formal) => DraftPhrases.For(language, formality).NeutralPosition;

    /// <summary>The greeting a draft uses when the first name is unknown ("Hello,", "Guten Tag,").</summary>
    public static string NamelessGreeting(Language language, Formality formality = Formality.Formal) => DraftPhrases.For(language, formality).NamelessGreeting;

    private static GreetingNames Names(Recipient recipient) =>
        new(recipient.GreetingName, recipient.GreetingName is null ? null : PersonNames.FullName(recipient.DisplayName, recipient.Address));

    private static readonly string[] TopicLeadIns =
    [
        "I especially enjoyed our conversation about {0}",
        "I appreciated hearing your thoughts on {0}",
        "I enjoyed talking with you about {0}",
    ];

    private static readonly string[] ActivityLeadIns = ["I especially enjoyed {0}", "I particularly appreciated {0}", "I really enjoyed {0}"];

    // Words that begin a sentence of their own ("Loved hearing about …", "I was glad …"): the note stands as written.
    private static readonly HashSet<string> SentenceStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "you", "you're", "you've", "it", "it's", "thank", "thanks",
        "loved", "enjoyed", "liked", "appreciated", "really", "great", "glad",
    };

    // A verb after the first word makes the note a sentence of its own ("Your focus on testing impressed me").
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "has", "have", "had", "impressed", "struck", "made", "makes", "sounds", "sounded", "seems",
        "seemed", "resonated", "stood", "stayed", "helped", "will", "would", "can", "could", "inspired", "excited", "showed",
    };

    // Words that start a noun phrase and lose their capital after a lead-in ("The roadmap" → "… about the roadmap").
    private static readonly HashSet<string> CommonStarts = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "Our", "Your", "Their", "His", "Her", "My", "Its", "These", "Those", "How", "What", "Why", "When", "Where", "Which", "Working", "Building",
    };

    /// <summary>
    /// The user's note as a sentence that reads naturally in the draft. The user's words are never changed: the first
    /// letter's case may change, a lead-in may come before them ("I especially enjoyed our conversation about …") and a
    /// full stop after them. A note that already reads as a sentence ("Loved hearing about …", "I was glad …") keeps
    /// its own start.
    /// </summary>
    public static string NoteSentence(string note, int variant)
    {
        ArgumentNullException.ThrowIfNull(note);
        var n = string.Join(' ', note.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd(',', ';', ':', ' ');
        if (n.Length == 0)
        {
            return "";
        }

        var end = n[^1] is '.' or '!' or '?' ? "" : ".";
        var firstWord = n.Split(' ')[0].TrimEnd(',', '.', '!', '?');
        var v = Math.Max(0, variant);
        var multiSentence = n.TrimEnd('.', '!', '?').AsSpan().IndexOfAny(".!?") >= 0 && n.Contains(". ", StringComparison.Ordinal);
        var words = n.Split(' ');
        if (multiSentence || n[^1] is '?' or '!' || SentenceStarts.Contains(firstWord) || words.Skip(1).Any(w => Verbs.Contains(w.Trim(',', '.', '!', '?'))))
        {
            return Capitalized(n) + end;
        }

        var body = CommonStarts.Contains(firstWord) || (IsPlainLowerAfterFirst(firstWord) && firstWord.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            ? char.ToLowerInvariant(n[0]) + n[1..]
            : n;
        var leadIns = firstWord.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && firstWord.Length > 4 ? ActivityLeadIns : TopicLeadIns;
        return string.Format(CultureInfo.InvariantCulture, leadIns[v % leadIns.Length], body) + end;
    }

    /// <summary>The user's note as a sentence of a draft in a language and register (see <see cref="NoteSentence(string, int)"/>).</summary>
    public static string NoteSentence(string note, int variant, Language language, Formality formality = Formality.Formal) =>
        NoteSentence(note, variant, DraftPhrases.For(language, formality));

    private static string NoteSentence(string note, int variant, DraftPhrases phrases)
    {
        if (phrases.Language == Language.English)
        {
            return NoteSentence(note, variant);
        }

        ArgumentNullException.ThrowIfNull(note);
        var style = phrases.Notes;
        var n = string.Join(' ', note.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd(',', ';', ':', ' ');
        if (n.Length == 0)
        {
            return "";
        }

        var end = n[^1] is '.' or '!' or '?' or '…' ? "" : ".";
        var words = n.Split(' ');
        var firstWord = words[0].TrimEnd(',', '.', '!', '?', ':', ';');
        // "J'ai", "L'équipe": the word before the apostrophe decides ("j", "l").
        var apostrophe = firstWord.IndexOf('\'');
        var firstKey = apostrophe > 0 ? firstWord[..apostrophe] : firstWord;
        var v = Math.Max(0, variant);
        var multiSentence = n.TrimEnd('.', '!', '?').AsSpan().IndexOfAny(".!?") >= 0 && n.Contains(". ", StringComparison.Ordinal);
        var laterVerb = words.Skip(1).Any(w => style.Verbs.Contains(w.Trim(',', '.', '!', '?', ';', ':')) || w.StartsWith("m'", StringComparison.OrdinalIgnoreCase));
        if (multiSentence || n[^1] is '?' or '!' || n[0] is '¿' or '¡' || style.SentenceStarts.Contains(firstKey) || style.IsFirstPersonVerb(firstWord) || laterVerb)
        {
            return Capitalized(n) + end;
        }

        if (style.TopicStarts.Contains(firstKey))
        {
            var topic = style.LowerCaseStarts.Contains(firstKey) ? char.ToLowerInvariant(n[0]) + n[1..] : n;
            return string.Format(CultureInfo.InvariantCulture, style.TopicLeadIns[v % style.TopicLeadIns.Length], topic) + end;
        }

        // Anything else (a bare noun, an infinitive, a name) follows a colon, which fits any phrase; only articles and
        // infinitives lose their capital there, names and German nouns keep theirs.
        var fragment = style.LowerCaseStarts.Contains(firstKey) || (style.IsInfinitive(firstKey) && IsPlainLowerAfterFirst(firstKey))
            ? char.ToLowerInvariant(n[0]) + n[1..]
            : n;
        return string.Format(CultureInfo.InvariantCulture, style.FragmentLeadIns[v % style.FragmentLeadIns.Length], fragment) + end;
    }

    private static bool IsPlainLowerAfterFirst(string word) => word.Length > 1 && word.Skip(1).All(c => !char.IsUpper(c));

    private static string Capitalized(string s) => char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;

    private static string Placeholder(string? name, int variant, DraftPhrases phrases) =>
        phrases.PlaceholderPrefix + (name ?? phrases.ThisInterviewer) + phrases.PlaceholderEndings[variant % 2];

    private static DraftText Build(string subject, List<string> paragraphs, string closing, string? signer, string? signature)
    {
        var signOff = signer is null ? closing : $"{closing}\n{signer}";
        var all = new List<string>(paragraphs) { signOff };
        if (!string.IsNullOrWhiteSpace(signature))
        {
            all.Add(signature.Trim());
        }

        var text = string.Join("\n\n", all);
        return new DraftText(subject, text, ToHtml(all));
    }

    /// <summary>Paragraphs as HTML, every character of them escaped (they carry text from the invite and the user).</summary>
    public static string ToHtml(IEnumerable<string> paragraphs)
    {
        var sb = new StringBuilder("<html><body>");
        foreach (var paragraph in paragraphs)
        {
            sb.Append("<p>");
            var lines = paragraph.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append("<br>");
                }

                sb.Append(WebUtility.HtmlEncode(lines[i]));
            }

            sb.Append("</p>");
        }

        sb.Append("</body></html>");
        return sb.ToString();
    }

    /// <summary>Plain text (paragraphs separated by blank lines) as escaped HTML; used for text the user edited.</summary>
    public static string TextToHtml(string text) =>
        ToHtml(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim('\n')));
}
