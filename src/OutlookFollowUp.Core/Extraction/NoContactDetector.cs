using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Languages;

namespace OutlookFollowUp.Core.Extraction;

/// <summary>What an employer asked about being contacted.</summary>
public enum ContactRequestKind
{
    /// <summary>Do not contact us at all (no follow-ups, no thank-you notes): nothing is drafted or scheduled.</summary>
    NoContact,

    /// <summary>Do not ask us about the status: a thank-you is still right, a status check is not.</summary>
    NoStatusInquiries,
}

/// <summary>A request found in an invite, with the sentence that made it.</summary>
public sealed record ContactRequest(ContactRequestKind Kind, string Text);

/// <summary>
/// Finds an employer's request not to be contacted or followed up with, and tells a request about contact of any kind
/// ("we ask that candidates do not follow up by phone or email") from one about the status only ("please refrain from
/// contacting us about the status of your application"). An automated "please do not reply to this email" is about
/// the mailbox, not the hiring team, and does not count; nor do its look-alikes in other languages ("merci de ne pas
/// répondre à ce message", "bitte antworten Sie nicht auf diese E-Mail"). Every language is read with its own phrases
/// (<see cref="ContactLexicon"/>).
/// </summary>
public static partial class NoContactDetector
{
    /// <summary>The sentence that asks candidates not to make contact of any kind, or null (status-only requests excluded).</summary>
    public static string? Find(string text) => Detect(text) is { Kind: ContactRequestKind.NoContact } found ? found.Text : null;

    /// <summary>
    /// The strongest request in the text: a no-contact request wins over a status-only one wherever they stand; null
    /// when there is neither.
    /// </summary>
    public static ContactRequest? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(text, LanguageDetector.Detect(null, text).ReadingLanguages(null));
    }

    /// <summary>The strongest request in the text read in the given languages: no-contact wins over status-only in any of them.</summary>
    public static ContactRequest? Detect(string text, IReadOnlyList<Language> languages)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(languages);
        ContactRequest? statusOnly = null;
        foreach (var language in languages)
        {
            var found = Detect(text, ContactLexicon.For(language));
            if (found is { Kind: ContactRequestKind.NoContact })
            {
                return found;
            }

            statusOnly ??= found;
        }

        return statusOnly;
    }

    private static ContactRequest? Detect(string text, ContactLexicon lexicon)
    {
        if (!lexicon.QuickCheck.IsMatch(text))
        {
            return null;
        }

        ContactRequest? statusOnly = null;
        foreach (Match m in lexicon.Request.Matches(text))
        {
            var after = text.Substring(m.Index + m.Length, Math.Min(60, text.Length - m.Index - m.Length));
            if (lexicon.AboutThisMailbox.IsMatch(after))
            {
                continue; // "do not reply to this message", "do not contact this address"
            }

            var sentence = SentenceAround(text, m.Index);
            var clause = ClauseAfter(text, m.Index + m.Length);
            if (lexicon.Redirect.IsMatch(sentence) && !lexicon.AboutThePeople.IsMatch(clause))
            {
                continue; // "do not email us, use the portal instead": a channel, not a request for silence
            }

            if (lexicon.StatusWords.IsMatch(m.Value) || lexicon.StatusPurpose.IsMatch(clause))
            {
                statusOnly ??= new ContactRequest(ContactRequestKind.NoStatusInquiries, sentence);
                continue;
            }

            return new ContactRequest(ContactRequestKind.NoContact, sentence);
        }

        foreach (Match m in lexicon.StatusOnlyStatement.Matches(text))
        {
            statusOnly ??= new ContactRequest(ContactRequestKind.NoStatusInquiries, SentenceAround(text, m.Index));
        }

        return statusOnly;
    }

    /// <summary>The rest of the clause after a match: up to the next sentence end, semicolon or line break, at most 120 characters.</summary>
    private static string ClauseAfter(string text, int index)
    {
        var end = text.IndexOfAny(['.', '!', '?', '\n', ';'], index);
        var length = (end < 0 ? text.Length : end) - index;
        return text.Substring(index, Math.Min(120, length));
    }

    private static string SentenceAround(string text, int index)
    {
        var start = text.LastIndexOfAny(['.', '!', '?', '\n', ';'], Math.Max(0, index - 1));
        var end = text.IndexOfAny(['.', '!', '?', '\n'], index);
        var sentence = text[(start + 1)..(end < 0 ? text.Length : end + 1)];
        return sentence.Trim();
    }

    [GeneratedRegex(@"\binstead\b|\brather\b|\b(?:use|through|via)\s+(?:the|our)\s+(?:\w+\s+)?(?:portal|site|website|form|app)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Redirect();

    [GeneratedRegex(@"^\W*(?:(?:any\s+of\s+)?the|our)\s+(?:interviewers?|hiring\s+managers?|panel(?:ists)?|team\s+members|staff|employees)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex AboutThePeople();

    [GeneratedRegex(@"contact|call|follow|reach|chase|touch|inquir|enquir|phone|status|update|thank", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex QuickCheck();

    private const string Contact =
        @"(?:contact(?:ing)?|call(?:ing)?|phon(?:e|ing)|e-?mail(?:ing)?|follow(?:ing)?[\s-]*up|reach(?:ing)?\s+out|get(?:ting)?\s+in\s+touch|chas(?:e|ing)|check(?:ing)?\s+in|send(?:ing)?\s+(?:us\s+)?(?:any\s+)?(?:thank[\s-]*you|follow[\s-]*up)\s+(?:notes?|e-?mails?|messages?|letters?|cards?))";

    // "We do not contact references" describes the employer; only a request to the candidate counts.
    [GeneratedRegex(
        @"\b(?:please\s+|kindly\s+|we\s+(?:kindly\s+)?ask\s+that\s+you\s+|we\s+ask\s+that\s+(?:candidates|applicants)\s+)?(?<!\b(?:we|i|they|who)\s+)(?:do\s+not|don't|dont|refrain\s+from|avoid|never)\s+(?:directly\s+|any\s+(?:further\s+)?)?" + Contact + @"\b" +
        @"|\b(?:you|candidates|applicants)\s+are\s+(?:kindly\s+)?(?:asked|requested)\s+(?:not\s+to|to\s+refrain\s+from|to\s+avoid)\s+(?:directly\s+)?" + Contact + @"\b" +
        @"|\b(?:ask|request|asking|requesting)\s+(?:that\s+)?(?:you|candidates|applicants|all\s+candidates|all\s+applicants)\s+(?:do\s+)?not\s+(?:to\s+)?" + Contact + @"\b" +
        @"|\b(?:candidates|applicants)\s+(?:should|must)\s+not\s+" + Contact + @"\b" +
        @"|\bno\s+(?:phone\s+calls|calls|thank[\s-]*you\s+(?:notes|e-?mails|messages|letters)|follow[\s-]*ups?|follow[\s-]*up\s+(?:calls|e-?mails|messages)|status\s+(?:inquiries|enquiries|requests|checks|updates))(?:\s+or\s+e-?mails)?(?:\s+please|,?\s+please)?\b" +
        @"|\b(?:status\s+)?(?:inquiries|enquiries|follow[\s-]*ups|requests|questions)\s+(?:will\s+not|won't|cannot|can't)\s+be\s+(?:answered|responded\s+to|acknowledged)\b" +
        @"|\bwe\s+(?:will\s+not|won't|cannot|can't|are\s+unable\s+to|are\s+not\s+able\s+to)\s+(?:be\s+able\s+to\s+)?(?:respond|reply)\s+to\s+(?:status\s+)?(?:inquiries|enquiries|follow[\s-]*ups|calls|e-?mails\s+about)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Request();

    /// <summary>Statements that only status questions go unanswered: "we do not give out status updates".</summary>
    [GeneratedRegex(
        @"\bwe\s+(?:do\s+not|don't|cannot|can't|are\s+unable\s+to|are\s+not\s+able\s+to|will\s+not|won't)\s+(?:be\s+able\s+to\s+)?(?:give|provide|offer|share)\s+(?:out\s+)?(?:any\s+)?(?:individual\s+)?(?:status\s+updates|updates\s+on\s+(?:the\s+)?(?:status|progress)|updates\s+on\s+(?:individual|your|each|specific)\s+(?:applications?|candidac(?:y|ies))|application\s+status)\b" +
        @"|\b(?:status\s+updates|updates\s+on\s+(?:the\s+)?status)\s+(?:are\s+not|cannot\s+be|will\s+not\s+be)\s+(?:given|provided|available|shared)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex StatusOnlyStatement();

    [GeneratedRegex(@"\bstatus\b|\bupdates?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex StatusWords();

    [GeneratedRegex(
        @"^\W*(?:\w+\W+){0,6}?(?:(?:about|regarding|concerning|on|for|to\s+(?:check|ask|inquire|enquire)(?:\s+(?:on|about))?|asking\s+(?:about|for))\s+(?:the\s+)?(?:status|progress|an?\s+update|updates|your\s+(?:application(?:'s)?\s+)?(?:status|progress))|(?:to\s+)?(?:check|ask|inquire|enquire)\s+(?:on|about)\s+(?:your|the)\s+(?:application|candidacy)|(?:to\s+)?(?:ask|check|inquire|enquire)\s+(?:where|how)\s+your\s+(?:application|candidacy)\s+(?:stands|is\s+going))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex StatusPurpose();

    [GeneratedRegex(@"^\s*(?:us\s+)?(?:(?:to|at|via|through|on|using)\s+)?(?:this|the\s+sender\s+of\s+this|our\s+automated|the\s+automated)\s+(?:e-?mail|message|address|mailbox|notification|invitation|invite|calendar)|^\s*(?:this|the)\s+(?:no-?reply|automated)|^\s*(?:with\s+)?questions\s+about\s+(?:this|the)\s+(?:invite|invitation|calendar|meeting\s+link)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex AboutThisMailbox();
}
