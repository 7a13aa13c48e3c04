using System.Text.RegularExpressions;

namespace OutlookFollowUp.Core.Timelines;

/// <summary>
/// How German invites state a response timeline: "wir melden uns bis Freitag bei Ihnen", "Sie erhalten bis zum 4.
/// Dezember eine Rückmeldung", "innerhalb von zwei Wochen", "in den nächsten 5 Werktagen", "Ende nächster Woche", "KW 49".
/// </summary>
internal static partial class GermanTimeline
{
    private const string WeekdayWords = @"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag";
    private const string Month = @"(?:Januar|J[aä]nner|Februar|Feber|M[aä]rz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b|(?:Jan|Feb|M[aä]r|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)\.";
    private const string Cardinal =
        @"(?:\d{1,3}|ein\s+paar|einigen|einige|wenigen|wenige|mehreren|mehrere|\p{L}{3,6}und(?:zwanzig|drei[sß]ig|vierzig|f[uü]nfzig|sechzig)" +
        @"|zwanzig|drei[sß]ig|vierzig|dreizehn|vierzehn|f[uü]nfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zw[oö]lf|elf|zehn|einer|einem|einen|eine|ein|zwei|drei|vier|f[uü]nf|sechs|sieben|acht|neun)";
    private const string Unit = @"(?<unit>Werktag(?:e|en)?|Arbeitstag(?:e|en)?|Gesch[aä]ftstag(?:e|en)?|Kalendertag(?:e|en)?|Tag(?:e|en)?|Wochen?|Stunden?|Monat(?:e|en)?)";
    private const string Day = @"(?:(?<day>3[01]|[12]\d|0?[1-9])\.|(?<dayw>ersten))";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly TableTimeWords Words = new(
        months: new Dictionary<string, int>
        {
            ["januar"] = 1, ["jänner"] = 1, ["jan"] = 1, ["februar"] = 2, ["feber"] = 2, ["feb"] = 2, ["märz"] = 3, ["maerz"] = 3, ["mär"] = 3,
            ["april"] = 4, ["apr"] = 4, ["mai"] = 5, ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
            ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["oktober"] = 10, ["okt"] = 10, ["november"] = 11, ["nov"] = 11, ["dezember"] = 12, ["dez"] = 12,
        },
        weekdays: new Dictionary<string, DayOfWeek>
        {
            ["montag"] = DayOfWeek.Monday, ["dienstag"] = DayOfWeek.Tuesday, ["mittwoch"] = DayOfWeek.Wednesday, ["donnerstag"] = DayOfWeek.Thursday,
            ["freitag"] = DayOfWeek.Friday, ["samstag"] = DayOfWeek.Saturday, ["sonnabend"] = DayOfWeek.Saturday, ["sonntag"] = DayOfWeek.Sunday,
        },
        numbers: new Dictionary<string, int>
        {
            ["ein"] = 1, ["eine"] = 1, ["einen"] = 1, ["einem"] = 1, ["einer"] = 1, ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4, ["fünf"] = 5,
            ["sechs"] = 6, ["sieben"] = 7, ["acht"] = 8, ["neun"] = 9, ["zehn"] = 10, ["elf"] = 11, ["zwölf"] = 12, ["zwolf"] = 12, ["dreizehn"] = 13,
            ["vierzehn"] = 14, ["fünfzehn"] = 15, ["sechzehn"] = 16, ["siebzehn"] = 17, ["achtzehn"] = 18, ["neunzehn"] = 19, ["zwanzig"] = 20,
            ["dreißig"] = 30, ["dreissig"] = 30, ["vierzig"] = 40, ["fünfzig"] = 50, ["sechzig"] = 60,
        },
        few: ["ein paar", "einige", "einigen", "wenige", "wenigen", "mehrere", "mehreren"],
        unit: u => u.StartsWith("werktag", StringComparison.Ordinal) || u.StartsWith("arbeitstag", StringComparison.Ordinal) || u.StartsWith("geschaftstag", StringComparison.Ordinal) ? TimeUnit.BusinessDays
            : u.StartsWith("kalendertag", StringComparison.Ordinal) ? TimeUnit.CalendarDays
            : u.StartsWith("tag", StringComparison.Ordinal) ? TimeUnit.Days
            : u.StartsWith("woche", StringComparison.Ordinal) ? TimeUnit.Weeks
            : u.StartsWith("stunde", StringComparison.Ordinal) || u == "h" ? TimeUnit.Hours
            : TimeUnit.Months,
        part: p => p switch
        {
            "anfang" => Timelines.MonthPart.Early,
            "mitte" => Timelines.MonthPart.Mid,
            _ => Timelines.MonthPart.End,
        },
        dayIdioms: true);

    private static readonly System.Buffers.SearchValues<string> Units = TimelineLexicon.Triggers("tag", "woche", "stunde", "monat", "h");
    private static readonly System.Buffers.SearchValues<string> Months = TimelineLexicon.Triggers("jan", "jän", "feb", "mär", "maer", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez");
    private static readonly System.Buffers.SearchValues<string> Digits = TimelineLexicon.Triggers("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static readonly System.Buffers.SearchValues<string> Weekdays = TimelineLexicon.Triggers("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag");
    private static readonly System.Buffers.SearchValues<string> WeekWords = TimelineLexicon.Triggers("woche", "wochenende");
    private static readonly System.Buffers.SearchValues<string> MonthWords = TimelineLexicon.Triggers("monat");

    public static TimelineLexicon Lexicon { get; } = new()
    {
        SentenceBreak = SentenceBreak(),
        ClauseBreak = ClauseBreak(),
        EmployerResponse = EmployerResponse(),
        OtherAction = OtherAction(),
        Words = Words,
        Rules =
        [
            new(Duration(), TimelineResolvers.Duration, Units),
            new(ComingDays(), TimelineResolvers.ComingDays, Units),
            new(WeekOfDate(), TimelineResolvers.WeekOfDate, WeekWords),
            new(IsoWeek(), TimelineResolvers.IsoWeek, TimelineLexicon.Triggers("kw", "kalenderwoche")),
            new(DayMonth(), TimelineResolvers.CalendarDate, Months),
            new(NumericDate(), TimelineResolvers.NumericDate, Digits),
            new(OrdinalDay(), TimelineResolvers.OrdinalDay, Digits),
            new(MonthPart(), TimelineResolvers.MonthPart, Months),
            new(Weekday(), TimelineResolvers.Weekday, Weekdays),
            new(ThisWeek(), TimelineResolvers.EndOfThisWeek, WeekWords),
            new(NextWeek(), TimelineResolvers.EndOfNextWeek, WeekWords),
            new(WeekAfterNext(), TimelineResolvers.EndOfWeekAfterNext, WeekWords),
            new(ThisMonth(), TimelineResolvers.EndOfThisMonth, MonthWords),
            new(NextMonth(), TimelineResolvers.NextMonth, MonthWords),
            new(Tomorrow(), TimelineResolvers.Tomorrow, TimelineLexicon.Triggers("morgen")),
            new(Today(), TimelineResolvers.Today, TimelineLexicon.Triggers("heute", "abend", "tagesende", "feierabend", "tages")),
        ],
    };

    // "am 4. Dezember" and "bis zum 15." are no sentence ends: a full stop after a number is an ordinal.
    [GeneratedRegex(@"(?<!\b(?:bzw|ca|evtl|ggf|inkl|usw|vgl|Nr|Str|Dr|Hr|Fr|Tel|Jan|Feb|Apr|Aug|Sept?|Okt|Nov|Dez|[a-z]|\d{1,2}))\.(?:\s+|$)|[!?]+(?:\s+|$)|[\n;]+\s*", Options)]
    private static partial Regex SentenceBreak();

    // "Wir sprechen diese Woche mit weiteren Kandidaten und entscheiden bis Donnerstag": the coordinated verb starts a
    // clause of its own.
    [GeneratedRegex(@",?\s+(?:und|aber|sowie|doch|jedoch|dann)\s*,?\s+(?=(?:wir|Sie|du|ich|bitte|sobald|nachdem|falls|wenn|werden|melden|entscheiden|geben|informieren|kommen|treffen|teilen|schicken|senden)\b)", Options)]
    private static partial Regex ClauseBreak();

    /// <summary>Phrases in which the employer responds to the candidate (German puts the parts of a verb apart).</summary>
    [GeneratedRegex(
        @"\bmelden\s+(?:wir\s+)?uns\b|(?<!\bbei\s)\buns\s+(?:\S+\s+){0,6}?melden\b|\bwird\s+sich\s+(?:\S+\s+){0,6}?melden\b|\bmeldet\s+sich\b" +
        @"|\bmelde\s+(?:ich\s+)?mich\b|(?<!\bbei\s)\bmich\s+(?:\S+\s+){0,6}?melden\b|\bich\s+(?:\S+\s+){0,3}?(?:informiere|kontaktiere|benachrichtige)\s+(?:Sie|dich|euch)\b|\bkomme\s+(?:ich\s+)?(?:\S+\s+){0,4}?auf\s+(?:Sie|dich)\s+zur[uü]ck\b" +
        @"|\b(?:geben|gebe)\s+(?:wir\s+)?(?:Ihnen|dir|euch)\s+(?:\S+\s+){0,4}?(?:Bescheid|R[uü]ckmeldung|Feedback|eine\s+Antwort)\b" +
        @"|\bwir\s+(?:\S+\s+){0,3}?(?:informieren|benachrichtigen|kontaktieren)\s+(?:Sie|dich|euch)\b|\b(?:informieren|benachrichtigen|kontaktieren)\s+wir\s+(?:Sie|dich)\b|\bwerden\s+(?:Sie|dich)\s+(?:\S+\s+){0,6}?(?:informieren|benachrichtigen|kontaktieren)\b" +
        @"|\bkommen\s+(?:wir\s+)?(?:\S+\s+){0,4}?auf\s+(?:Sie|dich)\s+zur[uü]ck\b|\bsetzen\s+(?:wir\s+)?uns\s+(?:\S+\s+){0,4}?in\s+Verbindung\b" +
        @"|\b(?:Sie|du)\s+(?:h[oö]ren|h[oö]rst|erhalten|erh[aä]ltst|bekommen|bekommst)\s+(?:\S+\s+){0,6}?(?:von\s+(?:uns|mir)|R[uü]ckmeldung|Antwort|Nachricht|Entscheidung|Feedback|Bescheid)\b" +
        @"|\b(?:erhalten|bekommen|h[oö]ren)\s+(?:Sie|du)\s+(?:\S+\s+){0,6}?(?:von\s+(?:uns|mir)|R[uü]ckmeldung|Antwort|Nachricht|Entscheidung|Feedback|Bescheid)\b" +
        @"|(?<!\b(?:Ihre|deine|Ihrer|deiner|um)\s)\bR[uü]ckmeldung(?:en)?\b|\bEntscheidung(?:en)?\b|\bentscheiden\b|\bn[aä]chsten?\s+Schritte?n?\b|(?<!\b(?:Ihre|deine|Ihrer|deiner|um)\s)\bAntwort\b" +
        @"|(?<!\b(?:Ihr|dein|Ihrem|deinem)\s)\bFeedback\b|\bErgebnis(?:se)?\b|\bZusage\b|\bAbsage\b|\bNeuigkeiten\b",
        Options)]
    private static partial Regex EmployerResponse();

    /// <summary>Things the candidate is asked to do, and other events a time phrase may belong to.</summary>
    [GeneratedRegex(
        @"\b(?:best[aä]tigen|senden|schicken|zur[uü]cksenden|einreichen|ausf[uü]llen|unterschreiben|unterzeichnen|hochladen|mitbringen|erscheinen|ankommen|teilnehmen|beitreten|einloggen|anmelden" +
        @"|klicken|ausw[aä]hlen|buchen|vereinbaren|verschieben|absagen|registrieren|bewerben|vorbereiten|antworten|beantworten|teilen\s+Sie\s+uns|geben\s+Sie\s+uns|lassen\s+Sie\s+uns|melden\s+Sie\s+sich" +
        @"|kontaktieren\s+Sie\s+uns|rufen\s+Sie|schreiben\s+Sie|Verf[uü]gbarkeit(?:en)?|verf[uü]gbar|findet\s+statt|stattfinden|dauert|beginnt|endet|l[aä]uft\s+ab|Terminvorschl[aä]ge?)\b",
        Options)]
    private static partial Regex OtherAction();

    [GeneratedRegex(@"\b(?<n1>" + Cardinal + @")(?:\s*(?:-|bis|oder)\s*(?<n2>" + Cardinal + @"))?\s+(?:weitere[rn]?\s+)?" + Unit + @"\b|\b(?:innerhalb\s+von|binnen|in)\s+(?<n1>\d{1,3})\s*(?<unit>h)\b", Options)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?:in\s+)?den\s+(?:n[aä]chsten|kommenden|folgenden)\s+Tagen\b", Options)]
    private static partial Regex ComingDays();

    [GeneratedRegex(@"\b(?:in\s+der\s+)?Woche\s+vom\s+" + Day + @"\s*(?<mon>" + Month + @")(?:\s+(?<year>\d{4}))?", Options)]
    private static partial Regex WeekOfDate();

    [GeneratedRegex(@"\b(?:KW|Kalenderwoche)\s*(?<n>\d{1,2})\b", Options)]
    private static partial Regex IsoWeek();

    [GeneratedRegex(@"\b(?:(?:" + WeekdayWords + @"),?\s+(?:(?:den|dem)\s+)?)?" + Day + @"\s*(?<mon>" + Month + @")(?:\s+(?<year>\d{4}))?", Options)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?:\b(?:" + WeekdayWords + @"),?\s+(?:(?:den|dem)\s+)?)?(?<![\d.])(?<d>3[01]|[12]\d|0?[1-9])\.(?<m>1[0-2]|0?[1-9])\.(?<y>\d{4}|\d{2})?(?!\d)", Options)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?:bis\s+(?:zum|sp[aä]testens\s+zum)|zum|am|bis)\s+(?<day>3[01]|[12]\d|0?[1-9])\.(?!\s*(?:" + Month + @"|\d))", Options)]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"\b(?<part>Anfang|Mitte|Ende)\s+(?<mon>" + Month + @")", Options)]
    private static partial Regex MonthPart();

    // "nächsten Freitag" and "Freitag nächster Woche" are the Friday of the following week; "kommenden Freitag" and
    // "bis Freitag" the first Friday after D.
    [GeneratedRegex(@"\b(?:(?<next>n[aä]chste[nr]?)\s+|(?:kommenden|diesen)\s+)?(?<wd>" + WeekdayWords + @")\b(?:,?\s+(?<next>(?:der\s+)?(?:n[aä]chste[nr]?|kommende[nr]?|folgende[nr]?)\s+Woche)\b)?", Options)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?:bis\s+)?(?:zum\s+)?Ende\s+(?:dieser|der)\s+Woche|bis\s+(?:zum\s+)?Wochenende|vor\s+dem\s+Wochenende|(?:noch\s+)?in\s+dieser\s+Woche|diese\s+Woche|im\s+Laufe\s+(?:dieser|der)\s+Woche)\b", Options)]
    private static partial Regex ThisWeek();

    [GeneratedRegex(@"\b(?:(?:Anfang|Mitte|Ende)\s+(?:der\s+)?)?(?:n[aä]chste[rn]?|kommende[rn]?|folgende[rn]?)\s+Woche\b|\bin\s+der\s+(?:n[aä]chsten|kommenden|folgenden)\s+Woche\b|\bim\s+Laufe\s+der\s+(?:n[aä]chsten|kommenden)\s+Woche\b", Options)]
    private static partial Regex NextWeek();

    [GeneratedRegex(@"\b[uü]bern[aä]chste[rn]?\s+Woche\b", Options)]
    private static partial Regex WeekAfterNext();

    [GeneratedRegex(@"\b(?:(?:bis\s+)?(?:zum\s+)?Ende\s+(?:dieses|des)\s+Monats|(?:bis\s+)?(?:zum\s+)?Monatsende|diesen\s+Monat|(?:noch\s+)?in\s+diesem\s+Monat|im\s+Laufe\s+(?:dieses|des)\s+Monats)\b", Options)]
    private static partial Regex ThisMonth();

    [GeneratedRegex(@"\b(?:(?<part>Anfang|Mitte|Ende)\s+)?(?:n[aä]chsten|kommenden|folgenden)\s+Monats?\b|\bim\s+(?:n[aä]chsten|kommenden|folgenden)\s+Monat\b", Options)]
    private static partial Regex NextMonth();

    // "morgen" is tomorrow; "Morgen" with its capital is the morning ("heute Morgen", "am Morgen").
    [GeneratedRegex(@"(?<!\b(?:heute|guten|am|jeden)\s)\b(?-i:(?<after>[üÜ]ber)?morgen)\b", Options)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(@"\b(?:heute(?:\s+(?:noch|Abend|Nachmittag))?|bis\s+(?:heute\s+)?(?:Abend|Tagesende|Feierabend|Ende\s+des\s+Tages)|im\s+Laufe\s+des\s+Tages)\b", Options)]
    private static partial Regex Today();
}
