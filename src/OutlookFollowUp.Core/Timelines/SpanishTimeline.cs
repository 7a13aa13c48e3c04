using System.Text.RegularExpressions;

namespace OutlookFollowUp.Core.Timelines;

/// <summary>
/// How Spanish invites state a response timeline: "nos pondremos en contacto contigo antes del viernes", "le daremos
/// una respuesta el 4 de diciembre", "en un plazo de 5 días hábiles", "la próxima semana", "a finales de mes".
/// </summary>
internal static partial class SpanishTimeline
{
    private const string WeekdayWords = @"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo";
    private const string Month = @"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b|(?:ene|feb|mar|abr|jun|jul|ago|sept?|oct|nov|dic)\.";
    private const string Cardinal =
        @"(?:\d{1,3}|un\s+par\s+de|unos\s+pocos|unos\s+cuantos|unos|unas|algunos|algunas|pocos|pocas|varios|veinti\p{L}+" +
        @"|(?:treinta|cuarenta|cincuenta|sesenta)(?:\s+y\s+\p{L}+)?|diecis[eé]is|diecisiete|dieciocho|diecinueve|once|doce|trece|catorce|quince|diez|veinte" +
        @"|uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)";
    private const string Unit = @"(?<unit>d[ií]as?\s+(?:h[aá]biles|laborables|laborales|naturales|corridos|de\s+calendario)|d[ií]as?|semanas?|horas?|meses|mes)";
    private const string Day = @"(?:(?<day>3[01]|[12]\d|0?[1-9])(?:\.?[ºo°])?|(?<dayw>primero))";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly TableTimeWords Words = new(
        months: new Dictionary<string, int>
        {
            ["enero"] = 1, ["ene"] = 1, ["febrero"] = 2, ["feb"] = 2, ["marzo"] = 3, ["mar"] = 3, ["abril"] = 4, ["abr"] = 4, ["mayo"] = 5,
            ["junio"] = 6, ["jun"] = 6, ["julio"] = 7, ["jul"] = 7, ["agosto"] = 8, ["ago"] = 8, ["septiembre"] = 9, ["setiembre"] = 9,
            ["sep"] = 9, ["sept"] = 9, ["octubre"] = 10, ["oct"] = 10, ["noviembre"] = 11, ["nov"] = 11, ["diciembre"] = 12, ["dic"] = 12,
        },
        weekdays: new Dictionary<string, DayOfWeek>
        {
            ["lunes"] = DayOfWeek.Monday, ["martes"] = DayOfWeek.Tuesday, ["miércoles"] = DayOfWeek.Wednesday, ["jueves"] = DayOfWeek.Thursday,
            ["viernes"] = DayOfWeek.Friday, ["sábado"] = DayOfWeek.Saturday, ["domingo"] = DayOfWeek.Sunday,
        },
        numbers: new Dictionary<string, int>
        {
            ["un"] = 1, ["una"] = 1, ["uno"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7,
            ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10, ["once"] = 11, ["doce"] = 12, ["trece"] = 13, ["catorce"] = 14, ["quince"] = 15,
            ["dieciséis"] = 16, ["diecisiete"] = 17, ["dieciocho"] = 18, ["diecinueve"] = 19, ["veinte"] = 20, ["treinta"] = 30,
            ["cuarenta"] = 40, ["cincuenta"] = 50, ["sesenta"] = 60, ["un par de"] = 2,
        },
        few: ["unos", "unas", "unos pocos", "unos cuantos", "algunos", "algunas", "pocos", "pocas", "varios"],
        unit: u => u.Contains("habil", StringComparison.Ordinal) || u.Contains("labora", StringComparison.Ordinal) ? TimeUnit.BusinessDays
            : u.Contains("natural", StringComparison.Ordinal) || u.Contains("corrido", StringComparison.Ordinal) || u.Contains("calendario", StringComparison.Ordinal) ? TimeUnit.CalendarDays
            : u.StartsWith("dia", StringComparison.Ordinal) ? TimeUnit.Days
            : u.StartsWith("semana", StringComparison.Ordinal) ? TimeUnit.Weeks
            : u.StartsWith("hora", StringComparison.Ordinal) ? TimeUnit.Hours
            : TimeUnit.Months,
        part: p => p switch
        {
            "principios" or "inicios" or "comienzos" => Timelines.MonthPart.Early,
            "mediados" => Timelines.MonthPart.Mid,
            _ => Timelines.MonthPart.End,
        },
        dayIdioms: true);

    private static readonly System.Buffers.SearchValues<string> Units = TimelineLexicon.Triggers("día", "dia", "semana", "hora", "mes");
    private static readonly System.Buffers.SearchValues<string> Months = TimelineLexicon.Triggers("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "set", "oct", "nov", "dic");
    private static readonly System.Buffers.SearchValues<string> Digits = TimelineLexicon.Triggers("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static readonly System.Buffers.SearchValues<string> Weekdays = TimelineLexicon.Triggers("lunes", "martes", "rcoles", "jueves", "viernes", "bado", "domingo");
    private static readonly System.Buffers.SearchValues<string> WeekWords = TimelineLexicon.Triggers("semana");
    private static readonly System.Buffers.SearchValues<string> MonthWords = TimelineLexicon.Triggers("mes");

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
            new(Fortnight(), TimelineResolvers.Fortnight, TimelineLexicon.Triggers("quincena")),
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
            new(Tomorrow(), TimelineResolvers.Tomorrow, TimelineLexicon.Triggers("mañana", "manana")),
            new(Today(), TimelineResolvers.Today, TimelineLexicon.Triggers("hoy", "tarde", "noche", "día", "dia")),
        ],
    };

    [GeneratedRegex(@"(?<!\b(?:sr|sra|srta|dr|dra|lic|ing|av|n[uú]m|p[aá]g|aprox|etc|ej|ud|uds|tel|ene|feb|abr|jun|jul|ago|sept?|oct|nov|dic|[a-z]))\.(?:\s+|$)|[!?]+(?:\s+|$)|[\n;]+\s*", Options)]
    private static partial Regex SentenceBreak();

    // "Esta semana entrevistamos a otros candidatos y tomaremos una decisión antes del jueves": the coordinated future
    // verb starts a clause of its own.
    [GeneratedRegex(@",?\s+(?:y|e|pero|aunque|mientras\s+que|sin\s+embargo|as[ií]\s+que)\s*,?\s+(?=(?:nos|le|les|te|lo|la|se|yo|nosotros|usted|ustedes|por\s+favor|si|una\s+vez|despu[eé]s|luego|tras|en\s+cuanto|cuando)\b|\p{L}+(?:remos|r[aá]n|r[aá]|r[eé])\b)|:\s+(?=por\s+favor\b)", Options)]
    private static partial Regex ClauseBreak();

    /// <summary>Phrases in which the employer responds to the candidate.</summary>
    [GeneratedRegex(
        @"\bnos\s+(?:pondremos|pondr[eé])\s+en\s+contacto\b|\b(?:nos\s+)?(?:comunicaremos|contactaremos)\b" +
        @"|\b(?:me\s+)?pondr[eé]\s+en\s+contacto\b|\bme\s+comunicar[eé]\b|\bvolver[eé]\s+a\s+(?:contactar\p{L}*|escribir\p{L}*|ponerme\s+en\s+contacto|llamar\p{L}*)" +
        @"|\b(?:te|le|les|lo|la|los|las)\s+(?:contactaremos|contactar[eé]|llamaremos|llamar[eé]|escribiremos|escribir[eé]|informaremos|informar[eé]|avisaremos|avisar[eé]|notificaremos|responderemos|responder[eé]|confirmaremos|diremos|daremos|dar[eé]|haremos\s+saber|har[eé]\s+saber|enviaremos|enviar[eé])\b" +
        @"|\b(?:tendr[aá]s?|recibir[aá]s?)\s+(?:noticias|una\s+respuesta|respuesta|nuestra\s+respuesta|novedades|feedback|retroalimentaci[oó]n)\b" +
        @"|\bvolveremos\s+a\s+(?:contactar\p{L}*|escribir\p{L}*|ponernos\s+en\s+contacto|llamar\p{L}*)" +
        @"|\b(?:contactar(?:te|le|la|lo|les|los)|informar(?:te|le|les)|avisar(?:te|le|les)|responder(?:te|le|les)|comunicar(?:te|le|les)|escribir(?:te|le|les)|llamar(?:te|le|les))\b" +
        @"|\b(?:tomaremos|tomar[eé]|tomar[aá]n?|tendremos)\s+(?:una\s+|la\s+)?decisi[oó]n\b|\bdecidiremos\b|\bdaremos\s+seguimiento\b" +
        @"|\bser[aá]s?\s+(?:contactad[oa]|informad[oa]|notificad[oa])\b|\bse\s+(?:le|te|les)\s+(?:informar[aá]|contactar[aá]|comunicar[aá]|notificar[aá])\b" +
        @"|(?<!\b(?:su|tu)\s)\bdecisi[oó]n(?:es)?\b|\bpr[oó]ximos\s+pasos\b|(?<!\b(?:su|tu)\s)\brespuestas?\b|\bnovedades\b|\bresultados?\b|(?<!\b(?:su|tu)\s)\bfeedback\b|\bretroalimentaci[oó]n\b",
        Options)]
    private static partial Regex EmployerResponse();

    /// <summary>Things the candidate is asked to do, and other events a time phrase may belong to.</summary>
    [GeneratedRegex(
        @"\b(?:confirme|confirma|confirmar|confirmes|conf[ií]rmanos|conf[ií]rmenos|env[ií]e|env[ií]a|enviar|env[ií]anos|env[ií]enos|mande|manda|mandar|complete|completa|completar|rellene|rellena|rellenar|firme|firma|firmar|suba|sube|subir|adjunte|adjunta|adjuntar" +
        @"|responda|responde|responder|conteste|contesta|contestar|reserve|reserva|reservar|agende|agendar|programe|programar|reprograme|reprogramar|cancele|cancela|cancelar|inscr[ií]base|reg[ií]strese|reg[ií]strate|prepare|prepara|preparar" +
        @"|revise|revisa|revisar|llegar|llegue|llega|con[eé]ctese|con[eé]ctate|[uú]nete|[uú]nase|unirse|acceda|accede|acceder|disponibilidad|disponible|tendr[aá]\s+lugar|se\s+celebrar[aá]|durar[aá]|dura|empieza|comienza|caduca|vence|cierra" +
        @"|av[ií]sanos|av[ií]senos|h[aá]ganos\s+saber|h[aá]znos\s+saber|ind[ií]canos|ind[ií]quenos|cont[aá]ctanos|cont[aá]ctenos|escr[ií]benos|escr[ií]banos|ll[aá]manos|ll[aá]menos)\b",
        Options)]
    private static partial Regex OtherAction();

    [GeneratedRegex(@"\b(?<n1>" + Cardinal + @")(?:\s*(?:-|a|o|y)\s*(?<n2>" + Cardinal + @"))?\s+(?:m[aá]s\s+)?" + Unit + @"\b", Options)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?:(?<n>" + Cardinal + @")\s+)?quincenas?\b", Options)]
    private static partial Regex Fortnight();

    [GeneratedRegex(@"\b(?:los|las)\s+(?:pr[oó]xim[oa]s|siguientes)\s+d[ií]as\b|\ben\s+estos\s+d[ií]as\b", Options)]
    private static partial Regex ComingDays();

    [GeneratedRegex(@"\b(?:la\s+)?semana\s+del\s+(?:(?:" + WeekdayWords + @")\s+)?" + Day + @"\s+de\s+(?<mon>" + Month + @")(?:\s+(?:de|del)\s+(?<year>\d{4}))?", Options)]
    private static partial Regex WeekOfDate();

    [GeneratedRegex(@"\b(?:(?:" + WeekdayWords + @"),?\s+)?(?:(?:el\s+)?d[ií]a\s+)?" + Day + @"\s+de\s+(?<mon>" + Month + @")(?:\s+(?:de|del)\s+(?<year>\d{4}))?", Options)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?:\b(?:" + WeekdayWords + @"),?\s+)?(?<![\d/.])(?<d>3[01]|[12]\d|0?[1-9])/(?<m>1[0-2]|0?[1-9])(?:/(?<y>\d{4}|\d{2}))?(?![\d/])", Options)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?:antes\s+del|para\s+el|hasta\s+el|el)\s+d[ií]a\s+(?<day>3[01]|[12]\d|0?[1-9])\b(?!\s*(?:[ºo°]|de\s+\p{L}|/|\.\d))", Options)]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"\b(?<part>principios|inicios|comienzos|mediados|finales|fines|final)\s+de(?:l\s+mes\s+de)?\s+(?<mon>" + Month + @")", Options)]
    private static partial Regex MonthPart();

    // "el próximo viernes" and "el viernes de la próxima semana" are the Friday of the following week; "este viernes"
    // and "antes del viernes" the first Friday after D.
    [GeneratedRegex(@"\b(?:(?<next>pr[oó]ximo)\s+)?(?<wd>" + WeekdayWords + @")\b(?:\s+(?<next>que\s+viene|pr[oó]ximo|de\s+la\s+(?:pr[oó]xima\s+semana|semana\s+(?:que\s+viene|siguiente|pr[oó]xima))))?", Options)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?:el\s+)?(?:final|fin|finales)\s+de\s+(?:esta|la)\s+semana|esta\s+misma\s+semana|esta\s+semana|antes\s+del\s+fin\s+de\s+semana|antes\s+de\s+que\s+(?:termine|acabe)\s+la\s+semana|a\s+lo\s+largo\s+de\s+(?:esta|la)\s+semana)\b", Options)]
    private static partial Regex ThisWeek();

    [GeneratedRegex(@"\b(?:(?:principios|inicios|comienzos|mediados|finales|final|fines)\s+de\s+|durante\s+|en\s+el\s+transcurso\s+de\s+|a\s+lo\s+largo\s+de\s+)?(?:la\s+)?(?:pr[oó]xima\s+semana|semana\s+que\s+viene|semana\s+pr[oó]xima|semana\s+siguiente)\b", Options)]
    private static partial Regex NextWeek();

    [GeneratedRegex(@"\b(?:(?:el\s+)?(?:final|fin)\s+de(?:l)?\s+(?:este\s+)?mes|finales\s+de(?:l)?\s+(?:este\s+)?mes|este\s+mes|a\s+lo\s+largo\s+del\s+mes)\b", Options)]
    private static partial Regex ThisMonth();

    [GeneratedRegex(@"\b(?:(?<part>principios|inicios|comienzos|mediados|finales|fines)\s+del?\s+)?(?:el\s+)?(?:pr[oó]ximo\s+mes|mes\s+que\s+viene|mes\s+pr[oó]ximo|mes\s+siguiente)\b", Options)]
    private static partial Regex NextMonth();

    // "mañana" is also the morning: "por la mañana", "esta mañana" are not tomorrow.
    [GeneratedRegex(@"(?<!\b(?:la|esta|cada|una|toda\s+la|por\s+la|de\s+la)\s)\b(?<after>pasado\s+)?ma[nñ]ana\b", Options)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(@"\b(?:hoy(?:\s+mismo)?|esta\s+tarde|esta\s+noche|(?:al\s+)?final\s+del\s+d[ií]a|antes\s+de\s+que\s+(?:termine|acabe)\s+el\s+d[ií]a|a\s+lo\s+largo\s+del\s+d[ií]a)\b", Options)]
    private static partial Regex Today();
}
