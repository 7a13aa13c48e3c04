using System.Text.RegularExpressions;

namespace OutlookFollowUp.Core.Timelines;

/// <summary>
/// How French invites state a response timeline: "nous reviendrons vers vous d'ici vendredi", "vous aurez un retour le
/// 4 décembre", "sous 5 jours ouvrés", "dans les 48h", "la semaine prochaine", "d'ici la fin du mois".
/// </summary>
internal static partial class FrenchTimeline
{
    private const string WeekdayWords = @"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    private const string Month = @"(?:janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre)\b|(?:janv|f[eé]vr?|avr|juil|sept|oct|nov|d[eé]c)\.";
    private const string Cardinal =
        @"(?:\d{1,3}|quelques|plusieurs|dix-sept|dix-huit|dix-neuf|(?:vingt|trente|quarante|cinquante|soixante)(?:-et-un|-\p{L}+)?" +
        @"|onze|douze|treize|quatorze|quinze|seize|dix|une|un|deux|trois|quatre|cinq|six|sept|huit|neuf)";
    private const string Unit = @"(?<unit>jours?\s+(?:ouvr[eé]s|ouvrables|calendaires|francs)|jours?|semaines?|heures?|mois)";
    private const string Day = @"(?:(?<day>3[01]|[12]\d|0?[1-9])(?:er)?|(?<dayw>premier))";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly TableTimeWords Words = new(
        months: new Dictionary<string, int>
        {
            ["janvier"] = 1, ["janv"] = 1, ["février"] = 2, ["févr"] = 2, ["fév"] = 2, ["mars"] = 3, ["avril"] = 4, ["avr"] = 4, ["mai"] = 5,
            ["juin"] = 6, ["juillet"] = 7, ["juil"] = 7, ["août"] = 8, ["septembre"] = 9, ["sept"] = 9, ["octobre"] = 10, ["oct"] = 10,
            ["novembre"] = 11, ["nov"] = 11, ["décembre"] = 12, ["déc"] = 12,
        },
        weekdays: new Dictionary<string, DayOfWeek>
        {
            ["lundi"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday, ["mercredi"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday,
            ["vendredi"] = DayOfWeek.Friday, ["samedi"] = DayOfWeek.Saturday, ["dimanche"] = DayOfWeek.Sunday,
        },
        numbers: new Dictionary<string, int>
        {
            ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8,
            ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16,
            ["dix-sept"] = 17, ["dix-huit"] = 18, ["dix-neuf"] = 19, ["vingt"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50,
            ["soixante"] = 60, ["vingt-et-un"] = 21, ["trente-et-un"] = 31,
        },
        few: ["quelques", "plusieurs"],
        unit: u => u.Contains("ouvr", StringComparison.Ordinal) ? TimeUnit.BusinessDays
            : u.Contains("calendaire", StringComparison.Ordinal) || u.Contains("franc", StringComparison.Ordinal) ? TimeUnit.CalendarDays
            : u.StartsWith("jour", StringComparison.Ordinal) ? TimeUnit.Days
            : u.StartsWith("semaine", StringComparison.Ordinal) ? TimeUnit.Weeks
            : u.StartsWith('h') ? TimeUnit.Hours
            : TimeUnit.Months,
        part: p => p switch
        {
            "debut" => Timelines.MonthPart.Early,
            "mi" or "milieu" => Timelines.MonthPart.Mid,
            _ => Timelines.MonthPart.End,
        },
        dayIdioms: true);

    private static readonly System.Buffers.SearchValues<string> Units = TimelineLexicon.Triggers("jour", "semaine", "heure", "mois", "h");
    private static readonly System.Buffers.SearchValues<string> Months = TimelineLexicon.Triggers("janv", "févr", "fevr", "fév", "mars", "avr", "mai", "juin", "juil", "août", "aout", "sept", "oct", "nov", "déc", "dec");
    private static readonly System.Buffers.SearchValues<string> Digits = TimelineLexicon.Triggers("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static readonly System.Buffers.SearchValues<string> Weekdays = TimelineLexicon.Triggers("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
    private static readonly System.Buffers.SearchValues<string> WeekWords = TimelineLexicon.Triggers("semaine", "week");
    private static readonly System.Buffers.SearchValues<string> MonthWords = TimelineLexicon.Triggers("mois");

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
            new(Fortnight(), TimelineResolvers.Fortnight, TimelineLexicon.Triggers("quinzaine")),
            new(ComingDays(), TimelineResolvers.ComingDays, Units),
            new(WeekOfDate(), TimelineResolvers.WeekOfDate, WeekWords),
            new(DayMonth(), TimelineResolvers.CalendarDate, Months),
            new(NumericDate(), TimelineResolvers.NumericDate, TimelineLexicon.Triggers("/")),
            new(OrdinalDay(), TimelineResolvers.OrdinalDay, Digits),
            new(MonthPart(), TimelineResolvers.MonthPart, Months),
            new(Weekday(), TimelineResolvers.Weekday, Weekdays),
            new(ThisWeek(), TimelineResolvers.EndOfThisWeek, WeekWords),
            new(NextWeek(), TimelineResolvers.EndOfNextWeek, WeekWords),
            new(ThisMonth(), TimelineResolvers.EndOfThisMonth, MonthWords),
            new(NextMonth(), TimelineResolvers.NextMonth, MonthWords),
            new(Tomorrow(), TimelineResolvers.Tomorrow, TimelineLexicon.Triggers("demain")),
            new(Today(), TimelineResolvers.Today, TimelineLexicon.Triggers("aujourd", "soir", "après-midi", "journée", "journee")),
        ],
    };

    [GeneratedRegex(@"(?<!\b(?:m|mme|mlle|dr|me|cf|etc|env|t[eé]l|janv|f[eé]vr|avr|juil|sept|oct|nov|d[eé]c|[a-z]))\.(?:\s+|$)|[!?]+(?:\s+|$)|[\n;]+\s*", Options)]
    private static partial Regex SentenceBreak();

    // "nous rencontrons d'autres candidats cette semaine et reviendrons vers vous d'ici jeudi": the coordinated future
    // verb starts a clause of its own.
    [GeneratedRegex(@",?\s+(?:et|mais|puis|alors\s+que|tandis\s+que|cependant|toutefois|donc)\s*,?\s+(?=(?:nous|vous|on|je|il|elle|ils|elles|merci|n'h[eé]sitez|si|une\s+fois|d[eè]s\s+que|apr[eè]s|ensuite)\b|\p{L}+(?:rons|ra|ront)\b)|:\s+(?=merci\b)", Options)]
    private static partial Regex ClauseBreak();

    /// <summary>Phrases in which the employer responds to the candidate.</summary>
    [GeneratedRegex(
        @"\b(?:nous\s+)?(?:reviendrons|revenons|allons\s+revenir)\s+vers\s+(?:vous|toi)\b|\brevenir\s+vers\s+(?:vous|toi)\b" +
        @"|\bje\s+(?:reviendrai|reviens|vais\s+revenir)\s+vers\s+(?:vous|toi)\b|\b(?:vous|te)\s+(?:recontacterai|contacterai|rappellerai|r[eé]pondrai|[eé]crirai|informerai|tiendrai\s+(?:au\s+courant|inform[eé]e?s?)|ferai\s+(?:un\s+)?retour|ferai\s+signe|ferai\s+savoir|donnerai\s+des\s+nouvelles|tiens\s+au\s+courant)\b" +
        @"|\b(?:vous|te)\s+(?:tiendrons|tenons)\s+au\s+courant\b" +
        @"|\bon\s+(?:(?:te|vous)\s+)?(?:recontacte|recontactera|contacte|contactera|rappelle|rappellera|r[eé]pond|r[eé]pondra|[eé]crit|[eé]crira|tient\s+au\s+courant|tiendra\s+au\s+courant|fait\s+(?:un\s+)?retour|fera\s+(?:un\s+)?retour|fait\s+signe|fera\s+signe|revient\s+vers|reviendra\s+vers|donnera\s+des\s+nouvelles)\b" +
        @"|\b(?:vous|te)\s+(?:recontacterons|contacterons|rappellerons|r[eé]pondrons|[eé]crirons|informerons|tiendrons\s+inform[eé]e?s?|ferons\s+(?:un\s+)?retour|ferons\s+part|ferons\s+savoir|donnerons\s+(?:des\s+|de\s+nos\s+)?nouvelles|communiquerons|transmettrons|enverrons|apporterons|recontactons|tenons\s+inform[eé]e?s?)\b" +
        @"|\bnous\s+(?:allons|pourrons)\s+(?:vous|te)\s+(?:recontacter|contacter|r[eé]pondre|informer|faire\s+(?:un\s+)?retour|faire\s+savoir|donner\s+des\s+nouvelles)\b" +
        @"|\b(?:vous|tu)\s+(?:aurez|auras|recevrez|recevras|obtiendrez|obtiendras)\s+(?:de\s+nos\s+nouvelles|des\s+nouvelles|une\s+r[eé]ponse|notre\s+r[eé]ponse|un\s+retour|notre\s+retour|notre\s+d[eé]cision)\b" +
        @"|\b(?:vous|tu)\s+(?:serez|seras)\s+(?:inform[eé]e?s?|contact[eé]e?s?|recontact[eé]e?s?|tenue?s?\s+inform[eé]e?s?|avis[eé]e?s?)\b" +
        @"|\bnous\s+(?:d[eé]ciderons|prendrons\s+(?:une|notre)\s+d[eé]cision|statuerons)\b" +
        @"|(?<!\b(?:votre|ta)\s)\bd[eé]cisions?\b|\bprochaines\s+[eé]tapes\b|(?<!\b(?:votre|ta)\s)\br[eé]ponses?\b|(?<!\b(?:votre|ton|de)\s)\bretour\b|\b(?:des|de\s+nos|nos)\s+nouvelles\b|\br[eé]sultats?\b|(?<!\b(?:votre|ton)\s)\bfeedback\b",
        Options)]
    private static partial Regex EmployerResponse();

    /// <summary>Things the candidate is asked to do, and other events a time phrase may belong to.</summary>
    [GeneratedRegex(
        @"\b(?:confirmer|confirmez|envoyer|envoyez|renvoyer|renvoyez|retourner|retournez|remplir|remplissez|compl[eé]ter|compl[eé]tez|signer|signez|t[eé]l[eé]charger|t[eé]l[eé]chargez|fournir|fournissez" +
        @"|apporter|apportez|arriver|arrivez|rejoindre|rejoignez|connecter|connectez|cliquer|cliquez|s[eé]lectionner|s[eé]lectionnez|choisir|choisissez|r[eé]server|r[eé]servez|planifier|reprogrammer|annuler|annulez" +
        @"|inscrire|inscrivez|postuler|pr[eé]parer|pr[eé]parez|r[eé]pondre|r[eé]pondez|indiquer|indiquez|faites-nous\s+savoir|tenez-nous\s+inform[eé]e?s?|contactez-nous|[eé]crivez-nous|appelez-nous" +
        @"|disponibilit[eé]s?|disponible|aura\s+lieu|se\s+tiendra|se\s+d[eé]roulera|durera|dure|commence|d[eé]bute|expire|cl[oô]ture)\b",
        Options)]
    private static partial Regex OtherAction();

    [GeneratedRegex(@"\b(?<n1>" + Cardinal + @")(?:\s*(?:-|à|a|ou)\s*(?<n2>" + Cardinal + @"))?\s+(?:(?:de\s+)?plus\s+)?" + Unit + @"\b|\b(?:dans\s+les|sous|d'ici|en|dans)\s+(?<n1>\d{1,3})\s*(?<unit>h)\b", Options)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?:(?<n>" + Cardinal + @")\s+)?quinzaines?(?:\s+de\s+jours)?\b", Options)]
    private static partial Regex Fortnight();

    [GeneratedRegex(@"\bles\s+(?:prochains\s+jours|jours\s+(?:qui\s+viennent|[aà]\s+venir))\b", Options)]
    private static partial Regex ComingDays();

    [GeneratedRegex(@"\b(?:la\s+)?semaine\s+du\s+(?:(?:" + WeekdayWords + @")\s+)?" + Day + @"\s+(?<mon>" + Month + @")(?:\s+(?<year>\d{4}))?", Options)]
    private static partial Regex WeekOfDate();

    [GeneratedRegex(@"\b(?:(?:" + WeekdayWords + @")\s+)?" + Day + @"\s+(?<mon>" + Month + @")(?:\s+(?<year>\d{4}))?", Options)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?:\b(?:" + WeekdayWords + @")\s+)?(?<![\d/.])(?<d>3[01]|[12]\d|0?[1-9])/(?<m>1[0-2]|0?[1-9])(?:/(?<y>\d{4}|\d{2}))?(?![\d/])", Options)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?:d'ici\s+le|avant\s+le|jusqu'au|pour\s+le|au\s+plus\s+tard\s+le|le)\s+(?<day>3[01]|[12]\d|0?[1-9])(?:er)?\b(?!\s*(?:" + Month + @"|/|\.\d|h\b|heures?\b))", Options)]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"\b(?<part>d[eé]but|mi|milieu|fin|courant)(?:\s+(?:du\s+mois\s+)?(?:de\s+|d')?|-)(?<mon>" + Month + @")", Options)]
    private static partial Regex MonthPart();

    // "vendredi prochain" and "vendredi de la semaine prochaine": the Friday of the following week (as "next Friday").
    [GeneratedRegex(@"\b(?<wd>" + WeekdayWords + @")\b(?:\s+(?<next>prochain)\b|\s+(?<next>de\s+la\s+semaine\s+(?:prochaine|suivante))\b)?", Options)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?:d'ici|avant)\s+la\s+fin\s+de\s+(?:la|cette)\s+semaine|(?:en|[aà]\s+la)\s+fin\s+de\s+(?:la\s+|cette\s+)?semaine|cette\s+semaine|(?:d'ici|avant)\s+le\s+week-?end|dans\s+la\s+semaine|courant\s+de\s+(?:la|cette)\s+semaine)\b", Options)]
    private static partial Regex ThisWeek();

    [GeneratedRegex(@"\b(?:(?:en\s+|au\s+)?(?:d[eé]but|milieu|fin|courant)\s+de\s+|dans\s+le\s+courant\s+de\s+|au\s+cours\s+de\s+|d[eè]s\s+)?(?:la\s+)?semaine\s+(?:prochaine|suivante)\b", Options)]
    private static partial Regex NextWeek();

    [GeneratedRegex(@"\b(?:(?:d'ici|avant)\s+la\s+fin\s+du\s+mois|(?:en|[aà]\s+la)\s+fin\s+(?:du|de)\s+mois|ce\s+mois-ci|courant\s+du\s+mois|dans\s+le\s+mois)\b", Options)]
    private static partial Regex ThisMonth();

    [GeneratedRegex(@"\b(?:(?:en\s+|au\s+)?(?<part>d[eé]but|mi|milieu|fin|courant)\s+(?:du\s+)?)?(?:le\s+)?mois\s+(?:prochain|suivant)\b", Options)]
    private static partial Regex NextMonth();

    [GeneratedRegex(@"\b(?<after>apr[eè]s-)?demain\b", Options)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(@"\b(?:aujourd'hui|ce\s+soir|cet\s+apr[eè]s-midi|(?:en|d'ici\s+la)\s+fin\s+de\s+(?:la\s+)?journ[eé]e|dans\s+la\s+journ[eé]e)\b", Options)]
    private static partial Regex Today();
}
