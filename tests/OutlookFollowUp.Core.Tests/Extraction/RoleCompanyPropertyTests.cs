using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using OutlookFollowUp.Core.Extraction;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Text;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Core.Tests.Extraction;

/// <summary>
/// Whatever the invite, a role or company that reaches a draft is null or reads as a name: it stands inside one line
/// of the invite (subject, body as a browser shows it, or a display name), holds no sentence break, and neither starts
/// nor ends with a function word. Invites are assembled from realistic parts, wrapped in random HTML.
/// </summary>
public sealed partial class RoleCompanyPropertyTests
{
    private static readonly string[] Companies =
    [
        "Northwind Traders", "Wide World Importers", "Contoso", "A. Datum Corporation", "Fourth Coffee", "City Power & Light",
        "Margie's Travel", "J.P. Morgan Chase", "Litware, Inc.", "Tailspin Toys", "Blue Yonder Airlines", "The Phone Company",
        "Adventure Works", "Lucerne Publishing", "Woodgrove Bank", "Humongous Insurance",
    ];

    private static readonly string[] Roles =
    [
        "Data Analyst", "Senior Software Engineer", "Head of Marketing", "Barista", "Customer Success Manager", "Software Engineer II",
        "Product Designer", "Claims Adjuster", "Editorial Assistant", "Store Manager", "Frontend Engineer", "Travel Consultant",
    ];

    private static readonly string[] SubjectTemplates =
    [
        "Interview: {role} - {company}", "{company} coffee chat", "Your {company} Interview for {role} is Today - Link Enclosed!",
        "On-Demand Video Interview - {company}", "{role} at {company}", "Phone Screen | {company} | {role}",
        "Invitation: {role} interview w/ {company} @ Tue Nov 10, 2026 3pm - 4pm (EST) (ana.souza@outlook.com)",
        "Thank you for applying!", "Reminder: your interview tomorrow", "Coffee chat", "Interview about your startup - {company}",
        "Interview with {company}", "Updated invitation: {company} - {role} (final round)", "{company}: Interview Confirmed",
        "Interview Scheduled: Ana Souza - {role} at {company}", "RE: Next steps - {role}", "{role} | Panel Interview",
        "Congratulations! Interview for {role}", "Interview - {company}. Please confirm",
    ];

    private static readonly string[] BodySentences =
    [
        "Hi Ana,", "Thank you for applying with {company}", "Thank you again!", "We look forward to meeting you at {company}. I will send the agenda.",
        "Our recruiter will be in touch.", "Please find the link enclosed!", "We're excited about the {role} position at {company}.",
        "Regards,", "{company} Talent Team", "Join Microsoft Teams Meeting", "Role: {role}", "Location: Building 4",
        "You will meet with Amy Chen and Bob Lee from {company}", "Thanks for your interest in {company}. Talk soon!",
        "We will get back to you by Friday.", "Coffee with the team", "Best, Amy", "Is this time still OK? Let me know.",
        "Welcome to {company}! We are glad you applied.", "Please complete the on-demand interview for {company} by Friday.",
        "{company} | Careers", "Looking forward to our chat about the {role} role",
    ];

    private static readonly string[] Breaks = ["<br>", "</p><p>", "</div><div>", "<li>", "\n", " ", "\r\n", "<br/>\n", "</li><li>", "<br><br>"];

    private static readonly Gen<CalendarEvent> Invites =
        Gen.Select(Gen.Int[0, Companies.Length - 1], Gen.Int[0, Roles.Length - 1], Gen.Int[0, SubjectTemplates.Length - 1],
                Gen.Int[0, BodySentences.Length - 1].Array[0, 7], Gen.Int[0, Breaks.Length - 1].Array[8], Gen.Int[0, 3], Gen.Int[0, 1000])
            .Select((c, r, t, sentences, breaks, organizerKind, seed) => Build(Companies[c], Roles[r], SubjectTemplates[t], sentences, breaks, organizerKind, seed));

    [Fact]
    public void Extract_GeneratedInvites_RoleAndCompanyAreNullOrReadAsNames()
    {
        Invites.Sample(e =>
        {
            var body = PlainText.FromBody(e.Body.Content, e.Body.IsHtml);
            var facts = RoleCompanyExtractor.Extract(e, body, EventBuilder.Candidate);
            var lines = InviteLines(e, body);
            AssertReadsAsName(facts.Role, lines, allowLeadingThe: false, e);
            AssertReadsAsName(facts.Company, lines, allowLeadingThe: true, e);
        }, iter: 3_000);
    }

    private static void AssertReadsAsName(string? value, List<string> lines, bool allowLeadingThe, CalendarEvent e)
    {
        if (value is null)
        {
            return;
        }

        var context = $"'{value}' from subject '{e.Subject}' and body '{e.Body.Content}'";
        Assert.True(lines.Any(l => l.Contains(value, StringComparison.OrdinalIgnoreCase)), "not inside one line: " + context);
        Assert.False(HasSentenceBreak(value), "sentence break inside: " + context);
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0].EndsWith('.') ? "" : words[0].Trim(',').ToLowerInvariant(); // "A. Datum": an initial
        var last = words[^1].Trim(',', '.').ToLowerInvariant();
        Assert.False(FunctionWords.Contains(last), "ends with a function word: " + context);
        Assert.False(FunctionWords.Contains(first) && !(allowLeadingThe && first == "the" && words.Length > 1), "starts with a function word: " + context);
    }

    private static readonly HashSet<string> FunctionWords =
        ["a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "from", "about", "is", "are", "your", "our", "you", "we", "i", "it", "this", "that", "please", "thank", "thanks"];

    private static readonly HashSet<string> Abbreviations = ["inc", "co", "corp", "ltd", "llc", "st", "dr", "mr", "mrs", "ms", "jr", "sr"];

    /// <summary>A '.', '!' or '?' followed by a space and a capitalised word; an initial or a known abbreviation excepted.</summary>
    private static bool HasSentenceBreak(string value)
    {
        foreach (Match m in SentenceBreak().Matches(value))
        {
            if (m.Groups["mark"].Value != "." || !(m.Groups["word"].Value.Length == 1 || Abbreviations.Contains(m.Groups["word"].Value.ToLowerInvariant())))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<word>\p{L}*)(?<mark>[.!?])\s+\p{Lu}")]
    private static partial Regex SentenceBreak();

    private static List<string> InviteLines(CalendarEvent e, string body)
    {
        var lines = new List<string> { PlainText.Normalize(e.Subject) };
        lines.AddRange(body.Split('\n'));
        lines.AddRange(new[] { e.Organizer?.Name }.Concat(e.Attendees.Select(a => a.Email.Name)).OfType<string>());
        return lines;
    }

    private static CalendarEvent Build(string company, string role, string template, int[] sentences, int[] breaks, int organizerKind, int seed)
    {
        string Fill(string s) => s.Replace("{company}", company, StringComparison.Ordinal).Replace("{role}", role, StringComparison.Ordinal);
        var random = new Random(seed);
        var html = new StringBuilder("<html><body><div>");
        for (var i = 0; i < sentences.Length; i++)
        {
            var sentence = Encode(Fill(BodySentences[sentences[i]]), random);
            if (random.Next(3) == 0 && sentence.IndexOf(' ', sentence.Length / 2) is var space and > 0)
            {
                sentence = sentence[..space] + "\n" + sentence[(space + 1)..]; // the source wraps mid-sentence
            }

            html.Append(sentence).Append(Breaks[breaks[i % breaks.Length]]);
        }

        html.Append("</div></body></html>");
        var domain = PlainText.LettersAndDigits(company.Replace("The ", "", StringComparison.Ordinal)) + ".com";
        var builder = new EventBuilder().WithSubject(Fill(template)).WithHtmlBody(html.ToString());
        builder = organizerKind switch
        {
            0 => builder.WithOrganizer("amy.chen@" + domain, "Amy Chen"),
            1 => builder.WithOrganizer("no-reply@greenhouse.io", company + " Recruiting"),
            2 => builder.WithOrganizer("recruiter.jo@gmail.com", "Jo Park"),
            _ => builder.WithOrganizer("no-reply@hirevue.com", "HireVue"),
        };
        return builder.WithAttendee("bob.lee@" + domain, "Bob Lee").Build();
    }

    private static string Encode(string text, Random random)
    {
        var encoded = WebUtility.HtmlEncode(text);
        return random.Next(2) == 0 ? encoded.Replace(" ", random.Next(2) == 0 ? "&nbsp;" : " ", StringComparison.Ordinal) : encoded.Replace("&#39;", "&rsquo;", StringComparison.Ordinal);
    }
}
