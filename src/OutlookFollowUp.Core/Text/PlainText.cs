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
    public static string FromHtml(string html)
    {
        var s = Invisible().Replace(html, " ");
        s = LineBreakTags().Replace(s, "\n");
        s = AnyTag().Replace(s, " ");
        return WebUtility.HtmlDecode(s);
    }

    /// <summary>
    /// Normalizes typography and whitespace: curly quotes → straight, dashes → '-', non-breaking and zero-width spaces,
    /// runs of spaces collapsed, lines trimmed, blank-line runs collapsed.
    /// </summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        // CRLF is one line break, not two (which would read as a paragraph break).
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            sb.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u00A0' or '\u2007' or '\u202F' or '\t' or '\u2009' or '\u200A' => ' ',
                '\r' => '\n',
                '\u200B' or '\u200C' or '\u200D' or '\uFEFF' => '\0',
                _ => c,
            });
        }

        sb.Replace("\0", "");
        var lines = sb.ToString().Split('\n');
        var result = new StringBuilder(sb.Length);
        var blank = 0;
        foreach (var raw in lines)
        {
            var line = Spaces().Replace(raw, " ").Trim();
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank > 0 ? "\n\n" : "\n");
            }

            result.Append(line);
            blank = 0;
        }

        return result.ToString();
    }

    /// <summary>Removes diacritics and lower-cases, for comparing names ("José" equals "jose").</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (System.Text.Ascii.IsValid(text))
        {
            return text.ToLowerInvariant(); // nothing to decompose: the common case, and the hot one
        }

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

    /// <summary>Counts words the way a reader would (runs of letters, digits and apostrophes).</summary>
    public static int CountWords(string text) => Words().Count(text);

    private static bool LooksLikeHtml(string content) => HtmlSniff().IsMatch(content);

    // A script, style or comment that is never closed runs to the end, as browsers read it (raw text elements);
    // an unclosed head is not, because the body would go with it.
    [GeneratedRegex(@"<(script|style|head|title|xml|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<!\[CDATA\[.*?\]\]>|<(?:script|style)\b[^>]*>.*\z|<!--.*\z", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/tr|/h[1-6]|/blockquote|/table|p|div|li|tr|h[1-6]|hr)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreakTags();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@" {2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"<(html|body|div|p|br|span|table|a)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlSniff();
}
