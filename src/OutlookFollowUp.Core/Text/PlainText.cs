using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace OutlookFollowUp.Core.Text;

/// <summary>
/// Turns an invite body (HTML or text) into normalized plain text for reading: scripts, styles, head and comments
/// are dropped, block elements become line breaks, entities are decoded, typographic quotes and dashes become ASCII.
/// </summary>
public static partial class PlainText
{
    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>Converts a body to normalized plain text.</summary>
    public static string FromBody(string? content, bool isHtml)
    {
        if (string.IsNullOrEmpty(content))
        {
            return "";
        }

        var text = isHtml || LooksLikeHtml(content) ? FromHtml(content) : WebUtility.HtmlDecode(content);
        return Normalize(text);
    }

    /// <summary>Strips HTML to text; entities decoded; script, style, head, comments ignored.</summary>
    /// <remarks>
    /// One pass over the markup (this runs on every invite): block tags become line breaks, other tags spaces; the
    /// content of script, style, head, title, xml, noscript and template is dropped; a script, style or comment that
    /// is never closed runs to the end, as browsers read it (raw text), while an unclosed head does not, because the
    /// body would go with it; a '&lt;' with no '&gt;' after it is text.
    /// </remarks>
    public static string FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var sb = new StringBuilder(html.Length);
        var i = 0;
        var preformatted = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                AppendText(sb, html.AsSpan(i), preformatted > 0);
                break;
            }

            AppendText(sb, html.AsSpan(i, lt - i), preformatted > 0);
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var endComment = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                sb.Append(' ');
                i = endComment < 0 ? html.Length : endComment + 3;
                continue;
            }

            if (string.CompareOrdinal(html, lt, "<![CDATA[", 0, 9) == 0 && html.IndexOf("]]>", lt + 9, StringComparison.Ordinal) is var endData and >= 0)
            {
                sb.Append(' ');
                i = endData + 3;
                continue;
            }

            var gt = html.IndexOf('>', lt + 1);
            if (gt < 0)
            {
                sb.Append(html, lt, html.Length - lt);
                break;
            }

            var p = lt + 1;
            while (p < gt && char.IsWhiteSpace(html[p]))
            {
                p++;
            }

            var closing = p < gt && html[p] == '/';
            if (closing)
            {
                p++;
            }

            var nameStart = p;
            while (p < gt && char.IsAsciiLetterOrDigit(html[p]))
            {
                p++;
            }

            var name = html.AsSpan(nameStart, p - nameStart);
            if (name.Equals("pre", StringComparison.OrdinalIgnoreCase) || name.Equals("textarea", StringComparison.OrdinalIgnoreCase))
            {
                preformatted = Math.Max(0, preformatted + (closing ? -1 : 1));
            }

            if (!closing && nameStart == lt + 1 && IsInvisible(name))
            {
                var after = ClosingTagEnd(html, gt + 1, name);
                if (after >= 0 || IsRawText(name))
                {
                    sb.Append(' ');
                    i = after >= 0 ? after : html.Length;
                    continue;
                }
            }

            sb.Append(IsLineBreak(name, closing) ? '\n' : ' ');
            i = gt + 1;
        }

        return WebUtility.HtmlDecode(sb.ToString());
    }

    /// <summary>
    /// Text between tags as a browser shows it: a line break or tab in the HTML source is a space (only &lt;br&gt; and
    /// block elements break lines), except inside &lt;pre&gt; and &lt;textarea&gt;.
    /// </summary>
    private static void AppendText(StringBuilder sb, ReadOnlySpan<char> text, bool preformatted)
    {
        if (preformatted || text.IndexOfAny('\r', '\n', '\t') < 0)
        {
            sb.Append(text);
            return;
        }

        foreach (var c in text)
        {
            sb.Append(c is '\r' or '\n' or '\t' ? ' ' : c);
        }
    }

    /// <summary>
    /// Normalizes typography and whitespace: curly quotes → straight, dashes → '-', non-breaking and zero-width spaces,
    /// runs of spaces collapsed, lines trimmed, blank-line runs collapsed.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var line = new StringBuilder(128);
        var blank = 0;

        void EndLine()
        {
            var content = line.ToString().Trim();
            line.Clear();
            if (content.Length == 0)
            {
                blank++;
                return;
            }

            if (result.Length > 0)
            {
                result.Append(blank > 0 ? "\n\n" : "\n");
            }

            result.Append(content);
            blank = 0;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u00A0' or '\u2007' or '\u202F' or '\t' or '\u2009' or '\u200A' => ' ',
                '\u200B' or '\u200C' or '\u200D' or '\uFEFF' => '\0',
                var other => other,
            };
            switch (c)
            {
                case '\0':
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break; // CRLF is one line break, not two (which would read as a paragraph break)
                case '\r' or '\n':
                    EndLine();
                    break;
                case ' ' when line.Length > 0 && line[^1] == ' ':
                    break; // runs of spaces collapse
                default:
                    line.Append(c);
                    break;
            }
        }

        EndLine();
        return result.ToString();
    }

    /// <summary>
    /// A plain-text body whose sender wrapped long lines (at about 70–80 characters, as mail clients do) with its
    /// sentences joined again: a long line that does not end a sentence or a heading continues on the next line.
    /// Short lines (a greeting, a signature, a list) keep their breaks.
    /// </summary>
    public static string JoinWrappedLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOf('\n') < 0)
        {
            return text;
        }

        var lines = text.Split('\n');
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            sb.Append(lines[i]);
            if (i == lines.Length - 1)
            {
                break;
            }

            var line = lines[i];
            var next = lines[i + 1];
            var continues = line.Length >= 60 || EndsWithJoiningWord(line);
            var wrapped = continues && line.Length > 0 && line[^1] is not ('.' or '!' or '?' or ':' or ';') && next.Length > 0
                && next[0] is not ('-' or '*' or '\u2022') && !char.IsDigit(next[0]);
            sb.Append(wrapped ? ' ' : '\n');
        }

        return sb.ToString();
    }

    // A line that ends in one of these words ("… get back to you by") cannot end a sentence.
    private static bool EndsWithJoiningWord(string line)
    {
        var space = line.LastIndexOf(' ');
        var last = (space < 0 ? line : line[(space + 1)..]).ToLowerInvariant();
        return last is "by" or "to" or "the" or "a" or "an" or "of" or "within" or "on" or "in" or "for" or "and" or "or" or "with"
            or "from" or "until" or "before" or "than" or "at" or "you" or "your" or "our" or "we" or "will" or "be";
    }

    /// <summary>Removes diacritics and lower-cases, for comparing names ("José" equals "jose").</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (System.Text.Ascii.IsValid(text))
        {
            return text.ToLowerInvariant(); // nothing to decompose: the common case, and the hot one
        }

        // Names come back again and again (the same interviewers, event after event); Unicode decomposition is the
        // costly part, so short texts are remembered. A pure function: the cache changes nothing but speed.
        if (text.Length <= 64 && FoldCache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var folded = FoldSlow(text);
        if (text.Length <= 64 && FoldCache.Count < 4096)
        {
            FoldCache.TryAdd(text, folded);
        }

        return folded;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> FoldCache = new(StringComparer.Ordinal);

    private static string FoldSlow(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Only the letters and digits of a text, folded: "A. Datum Corp." → "adatumcorp".</summary>
    public static string LettersAndDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        if (folded.AsSpan().IndexOfAnyExcept(AsciiLettersAndDigits) < 0)
        {
            return folded;
        }

        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The words of a text folded, letters and digits only, one space between them: "Margie's Travel, Inc." →
    /// "margies travel inc". For comparing names word by word.
    /// </summary>
    public static string LettersAndDigitsWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(c);
            }
            else if (c is not ('\'' or '.'))
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Counts words the way a reader would (runs of letters, digits and apostrophes).</summary>
    public static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                count += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                // "don't" and "follow-up" are one word each
                inWord = inWord && c is '\'' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            }
        }

        return count;
    }

    private static bool LooksLikeHtml(string content) => HtmlSniff().IsMatch(content);

    private static bool IsInvisible(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
        || name.Equals("head", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase)
        || name.Equals("xml", StringComparison.OrdinalIgnoreCase) || name.Equals("noscript", StringComparison.OrdinalIgnoreCase)
        || name.Equals("template", StringComparison.OrdinalIgnoreCase);

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase);

    // Elements a browser lays out as blocks: their start and end break the line.
    private static readonly string[] BlockTags =
        ["p", "div", "li", "tr", "pre", "ul", "ol", "dl", "dt", "dd", "table", "blockquote", "section", "article", "header", "footer", "address", "center", "form", "fieldset", "caption"];

    private static bool IsLineBreak(ReadOnlySpan<char> name, bool closing)
    {
        if (name.Length == 2 && (name[0] is 'h' or 'H') && name[1] is >= '1' and <= '6')
        {
            return true;
        }

        if (!closing && (name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("hr", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        foreach (var block in BlockTags)
        {
            if (name.Equals(block, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index just after "&lt;/name&gt;" (whitespace allowed before '&gt;') at or after <paramref name="from"/>, or -1.</summary>
    private static int ClosingTagEnd(string html, int from, ReadOnlySpan<char> name)
    {
        var at = from;
        while ((at = html.IndexOf("</", at, StringComparison.Ordinal)) >= 0)
        {
            var p = at + 2;
            if (p + name.Length <= html.Length && html.AsSpan(p, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                p += name.Length;
                while (p < html.Length && char.IsWhiteSpace(html[p]))
                {
                    p++;
                }

                if (p < html.Length && html[p] == '>')
                {
                    return p + 1;
                }
            }

            at += 2;
        }

        return -1;
    }

    [GeneratedRegex(@"<(html|body|div|p|br|span|table|a)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlSniff();
}
