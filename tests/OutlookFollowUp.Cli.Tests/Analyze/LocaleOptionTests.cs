using System.Text.Json.Nodes;

namespace OutlookFollowUp.Cli.Tests.Analyze;

/// <summary>
/// <c>language</c> per event (the drafts' language) and <c>--locale</c>: the mailbox's locale, the drafts' language
/// when the invite's is not one of the five, and the holiday country when <c>--country</c> is absent.
/// </summary>
public sealed class LocaleOptionTests
{
    private static string Event(string subject, string html, string end = "2026-11-10T16:00:00") => $$$"""
        {"id":"AAMk1","iCalUId":"ICAL1","subject":"{{{subject}}}",
         "body":{"contentType":"html","content":"{{{html}}}"},
         "start":{"dateTime":"{{{end[..11]}}}15:00:00.0000000","timeZone":"UTC"},
         "end":{"dateTime":"{{{end}}}.0000000","timeZone":"UTC"},
         "organizer":{"emailAddress":{"name":"Amy Chen","address":"amy.chen@contoso.com"}},
         "attendees":[]}
        """;

    private static JsonNode Analyze(string json, params string[] extra)
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(["analyze", "--events", temp.Write("e.json", json), "--me", "ana.souza@outlook.com", "--me-name", "Ana Souza", .. extra]);
        Assert.Equal(0, result.ExitCode);
        return JsonNode.Parse(result.Stdout)!["events"]![0]!;
    }

    [Theory]
    [InlineData("Interview: Data Analyst - Contoso", "<p>Hi Ana, we look forward to meeting you.</p>", "en", "Dear Amy,")]
    [InlineData("Entrevista: Analista de Datos - Contoso", "<p>Hola Ana, te esperamos el martes.</p>", "es", "Hola, Amy:")]
    [InlineData("Entretien : Chargé de projet - Contoso", "<p>Bonjour Ana, nous vous confirmons votre entretien.</p>", "fr", "Bonjour Amy Chen,")]
    [InlineData("Vorstellungsgespräch als Data Analyst bei Contoso", "<p>Guten Tag, vielen Dank für Ihre Bewerbung.</p>", "de", "Guten Tag Amy Chen,")]
    [InlineData("Entrevista - vaga de Analista de Dados - Contoso", "<p>Olá Ana, confirmamos a sua entrevista.</p>", "pt", "Olá, Amy,")]
    public void Analyze_InviteLanguage_IsTheEventsLanguageAndTheDraftsAreInIt(string subject, string html, string language, string greeting)
    {
        var e = Analyze(Event(subject, html));

        Assert.Equal(language, e["language"]!.GetValue<string>());
        Assert.StartsWith(greeting + "\n", e["thankYouDrafts"]![0]!["bodyText"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("pt-BR", "pt")]
    [InlineData("es-419", "es")]
    [InlineData("fr", "fr")]
    [InlineData("it-IT", "en")]
    public void Analyze_InviteNotInTheFive_LocaleLanguageElseEnglish(string? locale, string language)
    {
        var json = Event("Interview - Data Analyst - Contoso", "<p>Gentile Ana, la aspettiamo per il colloquio con il nostro team della sede di Milano. Cordiali saluti</p>");

        var e = locale is null ? Analyze(json) : Analyze(json, "--locale", locale);

        Assert.Equal("candidate-interview", e["classification"]!.GetValue<string>());
        Assert.Equal(language, e["language"]!.GetValue<string>());
    }

    [Theory]
    // Ends Friday 2026-05-08, no timeline: D + 5 business days; Ascension Day (Thursday 14th) is a holiday in Germany only.
    [InlineData(new string[0], "2026-05-15")]
    [InlineData(new[] { "--locale", "de-DE" }, "2026-05-18")]
    [InlineData(new[] { "--locale", "de-DE", "--country", "US" }, "2026-05-15")]
    [InlineData(new[] { "--locale", "en-US", "--country", "DE" }, "2026-05-18")]
    [InlineData(new[] { "--locale", "es-419" }, "2026-05-15")]
    [InlineData(new[] { "--locale", "de" }, "2026-05-15")]
    public void Analyze_Locale_IsTheHolidayCountryUnlessCountryIsGiven(string[] options, string due)
    {
        var e = Analyze(Event("Interview: Data Analyst - Contoso", "<p>Looking forward to it.</p>", "2026-05-08T16:00:00"), options);

        Assert.Equal(due, e["statusCheck"]!["due"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("español")]
    [InlineData("es-MX-extra-parts")]
    [InlineData("e")]
    [InlineData("")]
    public void Analyze_MalformedLocale_ExitsTwoWithOneLine(string locale)
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("analyze", "--events", temp.Write("e.json", Event("Interview: Data Analyst - Contoso", "<p>Hi</p>")), "--locale", locale);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("--locale", result.Stderr, StringComparison.Ordinal);
    }
}
