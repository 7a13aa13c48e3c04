using System.Net;
using System.Text.RegularExpressions;

namespace OutlookFollowUp.Simulator.Calendar;

/// <summary>Body conversions for Prefer: outlook.body-content-type, close enough to Exchange's for tests.</summary>
internal static partial class HtmlText
{
    public static string ToText(string html)
    {
        var text = Dropped().Replace(html, string.Empty);
        text = Breaks().Replace(text, "\r\n");
        text = Tags().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text).Replace('\u00a0', ' ');
        text = BlankLines().Replace(text, "\r\n\r\n");
        return text.Trim() + (text.Trim().Length > 0 ? "\r\n" : string.Empty);
    }

    public static string ToHtml(string text) =>
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
        + WebUtility.HtmlEncode(text).Replace("\r\n", "<br>", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal)
        + "</body></html>";

    /// <summary>bodyPreview: the first 255 characters of the text, whitespace collapsed.</summary>
    public static string Preview(string? contentType, string? content)
    {
        if (string.IsNullOrEmpty(content))
        {
            return string.Empty;
        }

        var text = string.Equals(contentType, "html", StringComparison.OrdinalIgnoreCase) ? ToText(content) : content;
        text = Whitespace().Replace(text, " ").Trim();
        return text.Length <= 255 ? text : text[..255];
    }

    [GeneratedRegex(@"<(head|script|style)[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Dropped();

    [GeneratedRegex(@"<br\s*/?>|</(p|div|li|tr|h[1-6])\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Breaks();

    [GeneratedRegex(@"<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"(\r\n\s*){3,}", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
