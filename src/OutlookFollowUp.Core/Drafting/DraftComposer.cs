using System.Globalization;
using System.Net;
using System.Text;
using OutlookFollowUp.Core.Recipients;

namespace OutlookFollowUp.Core.Drafting;

/// <summary>A composed mail: subject, plain text and the same text as escaped HTML.</summary>
public sealed record DraftText(string Subject, string BodyText, string BodyHtml);

/// <summary>What a thank-you note is about.</summary>
/// <param name="Recipient">Who it goes to.</param>
/// <param name="Role">The job title, when known.</param>
/// <param name="Company">The employer, when known.</param>
/// <param name="Note">What the user discussed with this person, in their own words; null when they gave none.</param>
/// <param name="SignerName">The user's first name for the sign-off; null when unknown.</param>
/// <param name="Variant">The recipient's position in the panel: each position gets different wording.</param>
/// <param name="Signature">An optional signature block appended after the name.</param>
public sealed record ThankYouRequest(
    Recipient Recipient,
    string? Role,
    string? Company,
    string? Note,
    string? SignerName,
    int Variant,
    string? Signature = null);

/// <summary>What a status-check note is about.</summary>
/// <param name="Recipient">Who it goes to, or null when the invite named nobody eligible (the user fills it in).</param>
/// <param name="Role">The job title, when known.</param>
/// <param name="Company">The employer, when known.</param>
/// <param name="InterviewDate">The interview's local date.</param>
/// <param name="RespondBy">The date the employer said they would respond by, when they said one.</param>
/// <param name="SignerName">The user's first name for the sign-off.</param>
/// <param name="Signature">An optional signature block.</param>
public sealed record StatusCheckRequest(
    Recipient? Recipient,
    string? Role,
    string? Company,
    DateOnly InterviewDate,
    DateOnly? RespondBy,
    string? SignerName,
    string? Signature = null);

/// <summary>
/// Writes the thank-you and status-check drafts (DESIGN.md, "drafts"): short, personal, naming the role and company,
/// greeting the recipient by first name, and never the same text twice within one panel.
/// </summary>
public static class DraftComposer
{
    private static readonly string[] Openings =
    [
        "Thank you for taking the time to meet with me about {0}.",
        "I appreciated the chance to speak with you about {0}.",
        "Thank you for our conversation about {0} and for the time you gave me.",
        "It was a pleasure to meet you and to learn more about {0}.",
    ];

    private static readonly string[] InterestLines =
    [
        "Our conversation strengthened my interest in joining {0}, and I would be glad to bring my experience to the role.",
        "I came away even more enthusiastic about the opportunity and about contributing to {0}.",
        "I am very interested in the position and would welcome the chance to contribute to {0}.",
    ];

    private static readonly string[] Closings = ["Best regards,", "Kind regards,", "With thanks,", "Warm regards,"];

    private static readonly string[] SubjectLines =
    [
        "Thank you - {0} interview",
        "Thank you for your time - {0} interview",
        "Thanks for meeting with me - {0}",
        "Following our {0} interview - thank you",
    ];

    /// <summary>The prefix of the bracketed placeholder written when the user gave no note for a person.</summary>
    public const string PlaceholderPrefix = "[Add one specific thing you discussed with ";

    /// <summary>Composes one thank-you note.</summary>
    public static DraftText ThankYou(ThankYouRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // 4 openings × 3 interest lines are all distinct for 12 people (4 and 3 are coprime); closings extend it to 48.
        var v = Math.Max(0, request.Variant);
        var opening = Openings[v % Openings.Length];
        var interest = InterestLines[v % InterestLines.Length];
        var closing = Closings[(v / 12) % Closings.Length];

        var name = request.Recipient.GreetingName;
        var openingLine = string.Format(CultureInfo.InvariantCulture, opening, RolePhrase(request.Role, request.Company));
        var paragraphs = new List<string> { Greeting(name, v) };
        if (!string.IsNullOrWhiteSpace(request.Note))
        {
            // The note is part of the thanks, a sentence of the opening paragraph.
            // The lead-in never repeats its opening's verb or noun ("I appreciated … I appreciated …").
            var lead = v % 3;
            if ((v % Openings.Length == 1 && lead == 1) || (v % Openings.Length == 2 && lead == 0))
            {
                lead = (lead + 1) % 3;
            }

            paragraphs.Add(openingLine + " " + NoteSentence(request.Note, lead));
        }
        else
        {
            paragraphs.Add(openingLine);
            paragraphs.Add(Placeholder(name, v));
        }

        paragraphs.Add(string.Format(CultureInfo.InvariantCulture, interest, request.Company ?? "your team"));

        var subjectTopic = request.Role ?? (request.Company is { } c ? $"{c}" : null);
        var subject = subjectTopic is null
            ? "Thank you for the interview"
            : string.Format(CultureInfo.InvariantCulture, SubjectLines[v % SubjectLines.Length], subjectTopic);
        return Build(subject, paragraphs, closing, request.SignerName, request.Signature);
    }

    /// <summary>Composes the polite status check sent once, on the due date, when the employer has not replied.</summary>
    public static DraftText StatusCheck(StatusCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var interviewDay = request.InterviewDate.ToString("MMMM d", CultureInfo.InvariantCulture);
        var about = request.Role is { } role
            ? request.Company is { } company ? $"the {role} role at {company}" : $"the {role} role"
            : request.Company is { } only ? $"the position at {only}" : "the position";

        var timeline = request.RespondBy is { } by
            ? $"You mentioned that you expected to share an update by {by.ToString("MMMM d", CultureInfo.InvariantCulture)}, so I wanted to check in on the timeline."
            : "I wanted to ask whether there is any update on the next steps.";

        var paragraphs = new List<string>
        {
            Greeting(request.Recipient?.GreetingName, 0),
            $"I hope you are doing well. I am writing to follow up on my interview for {about} on {interviewDay}. {timeline}",
            "I remain very interested in the opportunity and would be glad to provide anything else you need.",
            "Thank you again for your time and consideration.",
        };

        var subject = request.Role is not null ? $"Following up on the {request.Role} position"
            : request.Company is not null ? $"Following up on my interview with {request.Company}"
            : "Following up on my interview";
        return Build(subject, paragraphs, "Best regards,", request.SignerName, request.Signature);
    }

    /// <summary>"the Editorial Assistant role at Lucerne Publishing", degrading gracefully when either is unknown.</summary>
    public static string RolePhrase(string? role, string? company) => (role, company) switch
    {
        ({ } r, { } c) => $"the {r} role at {c}",
        ({ } r, null) => $"the {r} role",
        (null, { } c) => $"the opportunity at {c}",
        _ => "the position",
    };

    private static string Greeting(string? name, int variant) =>
        name is null ? "Hello," : $"{(variant % 2 == 0 ? "Dear" : "Hello")} {name},";

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

    private static bool IsPlainLowerAfterFirst(string word) => word.Length > 1 && word.Skip(1).All(c => !char.IsUpper(c));

    private static string Capitalized(string s) => char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;

    private static string Placeholder(string? name, int variant)
    {
        var who = name ?? "this interviewer";
        return variant % 2 == 0
            ? $"{PlaceholderPrefix}{who}: a project, a question they asked, or something you learned.]"
            : $"{PlaceholderPrefix}{who}: something they said that stayed with you, or a topic you connected on.]";
    }

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
