using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Text;

namespace OutlookFollowUp.Core.Replies;

/// <summary>
/// The part of a reply the employer wrote: the subject without its "Re:"/"Fwd:" prefixes, and the preview up to the
/// quoted earlier message ("On Tue, Amy wrote:", "-----Original Message-----", "From: … Sent:", "&gt;" lines), in the
/// five languages the product reads.
/// </summary>
internal static partial class ReplyText
{
    /// <summary>The subject without reply and forward prefixes; <paramref name="prefixed"/> tells whether it had any.</summary>
    public static string Subject(string? subject, out bool prefixed)
    {
        var text = PlainText.Normalize(subject ?? "");
        var m = SubjectPrefix().Match(text);
        prefixed = m.Success && m.Length > 0;
        return prefixed ? text[m.Length..].Trim() : text.Trim();
    }

    /// <summary>The preview normalized and cut before the quoted earlier message; <paramref name="quoted"/> tells whether it was cut.</summary>
    public static string Own(string? preview, out bool quoted)
    {
        var text = PlainText.Normalize(preview ?? "");
        var m = QuoteStart().Match(text);
        quoted = m.Success;
        return quoted ? text[..m.Index].TrimEnd() : text;
    }

    /// <summary>
    /// The sentences of a text. A full stop after a common abbreviation, an initial or a day number ("Dec.", "14.
    /// Dezember") does not end one.
    /// </summary>
    public static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (var separator in SentenceBreak().EnumerateMatches(text))
        {
            var end = separator.Index;
            while (end < separator.Index + separator.Length && text[end] is '.' or '!' or '?')
            {
                end++;
            }

            Add(text[start..end]);
            start = separator.Index + separator.Length;
        }

        Add(text[start..]);
        return sentences;

        void Add(string sentence)
        {
            var trimmed = sentence.Trim();
            if (trimmed.Length > 0)
            {
                sentences.Add(trimmed);
            }
        }
    }

    // "Re:", "RE:", "Fwd:", "AW:" (German Antwort), "WG:" (weitergeleitet), "TR:" (transféré), "RV:" (reenviado),
    // "RES:" (resposta), "Réf :", repeated and bracketed ("[EXT] Re: Re:").
    [GeneratedRegex(@"^(?:\s*(?:\[[^\]\n]{1,20}\]\s*)?(?:re|fwd?|aw|antw|wg|tr|rv|res|enc|r[ée]f|sv|vs)\s*(?:\[\d{1,3}\])?\s*:\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPrefix();

    // The first sign of a quoted earlier message. The lazy runs are bounded, so the search stays linear in practice on a
    // 255-character preview.
    [GeneratedRegex(
        @"(?-i:\bOn)\s[^\n]{1,200}?\bwrote\s*:" +
        @"|(?-i:\bLe)\s[^\n]{1,200}?\ba\s+[ée]crit\s*:" +
        @"|(?-i:\bAm)\s[^\n]{1,200}?\bschrieb\b[^\n]{0,120}?:" +
        @"|(?-i:\bEl)\s[^\n]{1,200}?\bescribi[óo]\s*:" +
        @"|(?-i:\bEm)\s[^\n]{1,200}?\bescreveu\s*:" +
        @"|-{2,}\s*(?:original\s+message|forwarded\s+message|urspr[üu]ngliche\s+nachricht|message\s+d'origine|mensaje\s+original|mensagem\s+original)\s*-{2,}" +
        @"|_{8,}" +
        @"|(?-i:\bFrom):\s[^\n]{1,200}?\b(?-i:Sent|Date):" +
        @"|(?-i:\bVon):\s[^\n]{1,200}?\b(?-i:Gesendet|Datum):" +
        @"|(?-i:\bDe)\s?:\s[^\n]{1,200}?\b(?-i:Envoy[ée]|Enviado|Enviada|Date|Data|Fecha)\s?:" +
        @"|(?:^|\n)\s*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuoteStart();

    [GeneratedRegex(@"(?<!\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mr|mrs|ms|dr|st|prof|approx|etc|vs|no|inc|ltd|corp|co|[a-z]))(?<!\b\d{1,2})\.(?:\s+|$)|[!?]+(?:\s+|$)|[\n;]+\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
