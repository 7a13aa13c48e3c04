using OutlookFollowUp.Core.Text;

namespace OutlookFollowUp.Core.Tests.Text;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("<p>Tom &amp; Jerry</p>", "Tom & Jerry")]
    [InlineData("<p>&lt;b&gt;not bold&lt;/b&gt;</p>", "<b>not bold</b>")]
    [InlineData("<p>We&rsquo;ll be in touch</p>", "We'll be in touch")]
    [InlineData("<p>We&#8217;ll be in touch</p>", "We'll be in touch")]
    [InlineData("<p>We&#x2019;ll be in touch</p>", "We'll be in touch")]
    [InlineData("<p>by&nbsp;Friday</p>", "by Friday")]
    [InlineData("<p>&ldquo;Caf&eacute;&rdquo;</p>", "\"Café\"")]
    [InlineData("<p>7&ndash;10 days &mdash; maybe</p>", "7-10 days - maybe")]
    public void FromBody_HtmlEntities_AreDecodedAndNormalized(string html, string expected)
    {
        Assert.Equal(expected, PlainText.FromBody(html, isHtml: true));
    }

    [Theory]
    [InlineData("<html><head><title>Invitation</title><style>p { color: red; }</style></head><body><p>Hello</p></body></html>")]
    [InlineData("<p>Hello</p><script>var x = 'We will decide by Friday';</script>")]
    [InlineData("<p>Hello</p><SCRIPT type=\"text/javascript\">alert(1)</SCRIPT >")]
    [InlineData("<style type=\"text/css\">\n.x{font-family:Calibri}\n</style><p>Hello</p>")]
    [InlineData("<p>Hello</p><!-- We will decide by Friday -->")]
    [InlineData("<p>Hello</p><script>var x = 'We will decide by Friday';")]
    [InlineData("<p>Hello</p><style>p { color: red; }")]
    [InlineData("<p>Hello</p><!-- We will decide by Friday")]
    [InlineData("<head><meta charset=\"utf-8\"><body><p>Hello</p></body>")]
    public void FromBody_InvisibleContent_IsIgnored(string html)
    {
        Assert.Equal("Hello", PlainText.FromBody(html, isHtml: true));
    }

    [Theory]
    [InlineData("Line one<br>Line two", new[] { "Line one", "Line two" })]
    [InlineData("Line one<br/>Line two<BR />Line three", new[] { "Line one", "Line two", "Line three" })]
    [InlineData("<p>First</p><p>Second</p>", new[] { "First", "Second" })]
    [InlineData("<div>First</div><div>Second</div>", new[] { "First", "Second" })]
    [InlineData("<ul><li>One</li><li>Two</li></ul>", new[] { "One", "Two" })]
    [InlineData("<span>Same</span> <b>line</b>", new[] { "Same line" })]
    public void FromBody_BlockElements_BecomeLineBreaks(string html, string[] expectedLines)
    {
        var text = PlainText.FromBody(html, isHtml: true);

        Assert.Equal(expectedLines, text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void FromBody_TextBody_KeepsLinesAndDecodesEntities()
    {
        var text = PlainText.FromBody("Hi Ana,\r\n\r\n\r\nWe&rsquo;ll be   in touch.\r\nBest", isHtml: false);

        Assert.Equal("Hi Ana,\n\nWe'll be in touch.\nBest", text);
    }

    [Fact]
    public void FromBody_TextThatIsReallyHtml_IsStripped()
    {
        Assert.Equal("Hello", PlainText.FromBody("<div>Hello</div>", isHtml: false));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void FromBody_Nothing_ReturnsEmpty(string? content)
    {
        Assert.Equal("", PlainText.FromBody(content, isHtml: true));
    }

    [Theory]
    [InlineData("\u201CHello\u201D", "\"Hello\"")]
    [InlineData("it\u2019s \u2018quoted\u2019", "it's 'quoted'")]
    [InlineData("7\u201310 \u2014 days \u2212 1", "7-10 - days - 1")]
    [InlineData("a\u00A0b\u2009c\u202Fd", "a b c d")]
    [InlineData("zero\u200Bwidth\uFEFF", "zerowidth")]
    [InlineData("  lots   of\tspace  ", "lots of space")]
    [InlineData("one\n\n\n\ntwo", "one\n\ntwo")]
    public void Normalize_Typography_BecomesAscii(string text, string expected)
    {
        Assert.Equal(expected, PlainText.Normalize(text));
    }

    [Theory]
    [InlineData("José", "jose")]
    [InlineData("ZOË", "zoe")]
    [InlineData("Łukasz", "łukasz")]
    public void Fold_Accents_AreRemovedAndLowerCased(string text, string expected)
    {
        Assert.Equal(expected, PlainText.Fold(text));
    }

    [Fact]
    public void LettersAndDigits_Punctuation_IsDropped()
    {
        Assert.Equal("adatumcorp", PlainText.LettersAndDigits("A. Datum Corp."));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("Hello", 1)]
    [InlineData("Dear Amy, it's a well-known fact: 3 items.", 8)]
    public void CountWords_Text_CountsWords(string text, int expected)
    {
        Assert.Equal(expected, PlainText.CountWords(text));
    }

    [Theory]
    // a line break or tab in the HTML source is a space, as a browser shows it
    [InlineData("<div>get back to you by\nFriday.</div>", "get back to you by Friday.")]
    [InlineData("<p>we'll be\r\nin touch</p>", "we'll be in touch")]
    [InlineData("<p>one\ttwo</p>", "one two")]
    // <br>, <p>, <div>, <li> and other blocks break the line
    [InlineData("one<br>two", "one\ntwo")]
    [InlineData("<p>one</p><p>two</p>", "one\ntwo")]
    [InlineData("<ul><li>one</li><li>two</li></ul>", "one\ntwo")]
    [InlineData("<div>one</div><div>two</div>", "one\ntwo")]
    [InlineData("<blockquote>one</blockquote>two", "one\ntwo")]
    [InlineData("<table><tr><td>Role:</td><td>Data Analyst</td></tr></table>", "Role: Data Analyst")]
    // preformatted text keeps its lines
    [InlineData("<pre>one\ntwo</pre>", "one\ntwo")]
    public void FromBody_Html_ReadAsABrowserShowsIt(string html, string expected)
    {
        // a blank line between blocks is a paragraph break; the lines are what counts here
        Assert.Equal(expected, PlainText.FromBody("<html><body>" + html + "</body></html>", isHtml: true).Replace("\n\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void JoinWrappedLines_HardWrappedPlainText_JoinsSentencesKeepsShortLines()
    {
        var text = "Hi Ana,\nThank you for meeting with the team today. We will review everything and get back to you by\nFriday.\nBest,\nAmy";

        Assert.Equal("Hi Ana,\nThank you for meeting with the team today. We will review everything and get back to you by Friday.\nBest,\nAmy", PlainText.JoinWrappedLines(text));
    }

    [Theory]
    [InlineData("Margie's Travel, Inc.", "margies travel inc")]
    [InlineData("  City Power & Light ", "city power light")]
    [InlineData("José-Luis", "jose luis")]
    public void LettersAndDigitsWords_Name_FoldedWords(string text, string expected)
    {
        Assert.Equal(expected, PlainText.LettersAndDigitsWords(text));
    }
}
