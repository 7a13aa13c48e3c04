using System.Text.RegularExpressions;

namespace OutlookFollowUp.Core.Extraction;

/// <summary>
/// Finds an employer's request not to be contacted or followed up with. An automated "please do not reply to this
/// email" is about the mailbox, not the hiring team, and does not count.
/// </summary>
public static partial class NoContactDetector
{
    /// <summary>The sentence that asks candidates not to make contact, or null.</summary>
    public static string? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!QuickCheck().IsMatch(text))
        {
            return null;
        }

        foreach (Match m in Request().Matches(text))
        {
            var after = text.Substring(m.Index + m.Length, Math.Min(60, text.Length - m.Index - m.Length));
            if (AboutThisMailbox().IsMatch(after))
            {
                continue; // "do not reply to this message", "do not contact this address"
            }

            return SentenceAround(text, m.Index);
        }

        return null;
    }

    private static string SentenceAround(string text, int index)
    {
        var start = text.LastIndexOfAny(['.', '!', '?', '\n', ';'], Math.Max(0, index - 1));
        var end = text.IndexOfAny(['.', '!', '?', '\n'], index);
        var sentence = text[(start + 1)..(end < 0 ? text.Length : end + 1)];
        return sentence.Trim();
    }

    [GeneratedRegex(@"contact|call|follow|reach|chase|touch|inquir|enquir|phone", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuickCheck();

    private const string Contact =
        @"(?:contact(?:ing)?|call(?:ing)?|phon(?:e|ing)|e-?mail(?:ing)?|follow(?:ing)?[\s-]*up|reach(?:ing)?\s+out|get(?:ting)?\s+in\s+touch|chas(?:e|ing)|check(?:ing)?\s+in)";

    // "We do not contact references" describes the employer; only a request to the candidate counts.
    [GeneratedRegex(
        @"\b(?:please\s+|kindly\s+|we\s+(?:kindly\s+)?ask\s+that\s+you\s+|we\s+ask\s+that\s+(?:candidates|applicants)\s+)?(?<!\b(?:we|i|they|who)\s+)(?:do\s+not|don't|dont|refrain\s+from|avoid|never)\s+(?:directly\s+|any\s+(?:further\s+)?)?" + Contact + @"\b" +
        @"|\b(?:you|candidates|applicants)\s+are\s+(?:kindly\s+)?(?:asked|requested)\s+(?:not\s+to|to\s+refrain\s+from|to\s+avoid)\s+(?:directly\s+)?" + Contact + @"\b" +
        @"|\b(?:ask|request|asking|requesting)\s+(?:that\s+)?(?:you|candidates|applicants|all\s+candidates|all\s+applicants)\s+(?:do\s+)?not\s+(?:to\s+)?" + Contact + @"\b" +
        @"|\b(?:candidates|applicants)\s+(?:should|must)\s+not\s+" + Contact + @"\b" +
        @"|\bno\s+(?:phone\s+calls|calls|follow[\s-]*ups?|follow[\s-]*up\s+(?:calls|e-?mails|messages)|status\s+(?:inquiries|enquiries|requests|checks))(?:\s+please|,?\s+please)?\b" +
        @"|\b(?:status\s+)?(?:inquiries|enquiries|follow[\s-]*ups)\s+(?:will\s+not|won't|cannot|can't)\s+be\s+(?:answered|responded\s+to|acknowledged)\b" +
        @"|\bwe\s+(?:will\s+not|won't|cannot|can't|are\s+unable\s+to)\s+(?:be\s+able\s+to\s+)?(?:respond|reply)\s+to\s+(?:status\s+)?(?:inquiries|enquiries|follow[\s-]*ups|calls|e-?mails\s+about)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Request();

    [GeneratedRegex(@"^\s*(?:us\s+)?(?:(?:to|at|via|through|on|using)\s+)?(?:this|the\s+sender\s+of\s+this|our\s+automated|the\s+automated)\s+(?:e-?mail|message|address|mailbox|notification|invitation|invite|calendar)|^\s*(?:this|the)\s+(?:no-?reply|automated)|^\s*(?:with\s+)?questions\s+about\s+(?:this|the)\s+(?:invite|invitation|calendar|meeting\s+link)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutThisMailbox();
}
