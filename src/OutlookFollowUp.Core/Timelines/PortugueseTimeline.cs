using System.Text.RegularExpressions;

namespace OutlookFollowUp.Core.Timelines;

/// <summary>
/// How Portuguese invites state a response timeline: "entraremos em contato até sexta-feira", "daremos um retorno em
/// até 5 dias úteis", "até 4 de dezembro", "na próxima semana", "até o fim do mês".
/// </summary>
internal static partial class PortugueseTimeline
{
    // "segunda", "quarta", "quinta" are also "second", "fourth", "fifth" ("segunda etapa"): without "-feira" they count
    // only after "até", "na", "nesta", "próxima".
    private const string WeekdayWords =
        @"(?:segunda|ter[cç]a|quarta|quinta|sexta)(?:-feira|\s+feira)|(?<=\b(?:at[eé]|na|nesta|pr[oó]xima|pela|a)\s+)(?:segunda|ter[cç]a|quarta|quinta|sexta)\b(?!\s+(?:etapa|fase|entrevista|rodada|vez|parte|semana|reuni[aã]o|conversa))|s[aá]bado|domingo";
    private const string WeekdayName = @"(?:segunda|ter[cç]a|quarta|quinta|sexta)(?:-feira)?|s[aá]bado|domingo";
    private const string Month = @"(?:janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b|(?:jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)\.";
    private const string Cardinal =
        @"(?:\d{1,3}|alguns|algumas|poucos|poucas|v[aá]rios|(?:vinte|trinta|quarenta|cinquenta|sessenta)(?:\s+e\s+\p{L}+)?|dezesseis|dezasseis|dezessete|dezassete|dezoito|dezenove|dezanove" +
        @"|onze|doze|treze|catorze|quatorze|quinze|dez|uma|um|dois|duas|tr[eê]s|quatro|cinco|seis|sete|oito|nove)";
    private const string Unit = @"(?<unit>dias?\s+(?:[uú]teis|corridos|de\s+calend[aá]rio)|dias?|semanas?|horas?|meses|m[eê]s)";
    private const string Day = @"(?:(?<day>3[01]|[12]\d|0?[1-9])[ºo°]?|(?<dayw>primeiro))";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly TableTimeWords Words = new(
        months: new Dictionary<string, int>
        {
            ["janeiro"] = 1, ["jan"] = 1, ["fevereiro"] = 2, ["fev"] = 2, ["março"] = 3, ["mar"] = 3, ["abril"] = 4, ["abr"] = 4, ["maio"] = 5,
            ["mai"] = 5, ["junho"] = 6, ["jun"] = 6, ["julho"] = 7, ["jul"] = 7, ["agosto"] = 8, ["ago"] = 8, ["setembro"] = 9, ["set"] = 9,
            ["outubro"] = 10, ["out"] = 10, ["novembro"] = 11, ["nov"] = 11, ["dezembro"] = 12, ["dez"] = 12,
        },
        weekdays: new Dictionary<string, DayOfWeek>
        {
            ["segunda"] = DayOfWeek.Monday, ["terça"] = DayOfWeek.Tuesday, ["quarta"] = DayOfWeek.Wednesday, ["quinta"] = DayOfWeek.Thursday,
            ["sexta"] = DayOfWeek.Friday, ["sábado"] = DayOfWeek.Saturday, ["domingo"] = DayOfWeek.Sunday,
        },
        numbers: new Dictionary<string, int>
        {
            ["um"] = 1, ["uma"] = 1, ["dois"] = 2, ["duas"] = 2, ["três"] = 3, ["quatro"] = 4, ["cinco"] = 5, ["seis"] = 6, ["sete"] = 7,
            ["oito"] = 8, ["nove"] = 9, ["dez"] = 10, ["onze"] = 11, ["doze"] = 12, ["treze"] = 13, ["catorze"] = 14, ["quatorze"] = 14,
            ["quinze"] = 15, ["dezesseis"] = 16, ["dezasseis"] = 16, ["dezessete"] = 17, ["dezassete"] = 17, ["dezoito"] = 18,
            ["dezenove"] = 19, ["dezanove"] = 19, ["vinte"] = 20, ["trinta"] = 30, ["quarenta"] = 40, ["cinquenta"] = 50, ["sessenta"] = 60,
        },
        few: ["alguns", "algumas", "poucos", "poucas", "vários"],
        unit: u => u.Contains("uteis", StringComparison.Ordinal) ? TimeUnit.BusinessDays
            : u.Contains("corrido", StringComparison.Ordinal) || u.Contains("calendario", StringComparison.Ordinal) ? TimeUnit.CalendarDays
            : u.StartsWith("dia", StringComparison.Ordinal) ? TimeUnit.Days
            : u.StartsWith("semana", StringComparison.Ordinal) ? TimeUnit.Weeks
            : u.StartsWith('h') ? TimeUnit.Hours
            : TimeUnit.Months,
        part: p => p switch
        {
            "inicio" or "comeco" => Timelines.MonthPart.Early,
            "meados" => Timelines.MonthPart.Mid,
            _ => Timelines.MonthPart.End,
        },
        dayIdioms: true);

    private static readonly System.Buffers.SearchValues<string> Units = TimelineLexicon.Triggers("dia", "semana", "hora", "mes", "mês", "h");
    private static readonly System.Buffers.SearchValues<string> Months = TimelineLexicon.Triggers("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez");
    private static readonly System.Buffers.SearchValues<string> Digits = TimelineLexicon.Triggers("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static readonly System.Buffers.SearchValues<string> Weekdays = TimelineLexicon.Triggers("segunda", "terça", "terca", "quarta", "quinta", "sexta", "sábado", "sabado", "domingo");
    private static readonly System.Buffers.SearchValues<string> WeekWords = TimelineLexicon.Triggers("semana");
    private static readonly System.Buffers.SearchValues<string> MonthWords = TimelineLexicon.Triggers("mês", "mes");

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
            new(Fortnight(), TimelineResolvers.Fortnight, TimelineLexicon.Triggers("quinzena")),
            new(ComingDays(), TimelineResolvers.ComingDays, Units),
            new(DayMonth(), TimelineResolvers.CalendarDate, Months),
            new(NumericDate(), TimelineResolvers.NumericDate, TimelineLexicon.Triggers("/")),
            new(OrdinalDay(), TimelineResolvers.OrdinalDay, Digits),
            new(MonthPart(), TimelineResolvers.MonthPart, Months),
            new(Weekday(), TimelineResolvers.Weekday, Weekdays),
            new(ThisWeek(), TimelineResolvers.EndOfThisWeek, WeekWords),
            new(NextWeek(), TimelineResolvers.EndOfNextWeek, WeekWords),
            new(ThisMonth(), TimelineResolvers.EndOfThisMonth, MonthWords),
            new(NextMonth(), TimelineResolvers.NextMonth, MonthWords),
            new(Tomorrow(), TimelineResolvers.Tomorrow, TimelineLexicon.Triggers("amanhã", "amanha")),
            new(Today(), TimelineResolvers.Today, TimelineLexicon.Triggers("hoje", "dia")),
        ],
    };

    [GeneratedRegex(@"(?<!\b(?:sr|sra|srta|dr|dra|av|n[ºo]|p[aá]g|aprox|etc|ex|tel|jan|fev|abr|jun|jul|ago|set|out|nov|dez|[a-z]))\.(?:\s+|$)|[!?]+(?:\s+|$)|[\n;]+\s*", Options)]
    private static partial Regex SentenceBreak();

    // "Nesta semana conversamos com outros candidatos e daremos um retorno até quinta-feira": the coordinated future verb
    // starts a clause of its own.
    [GeneratedRegex(@",?\s+(?:e|mas|por[eé]m|enquanto|entretanto|ent[aã]o|por\s+isso)\s*,?\s+(?=(?:n[oó]s|voc[eê]|te|lhe|o|a|eu|por\s+favor|se|assim\s+que|depois|ap[oó]s|vamos|iremos)\b|\p{L}+(?:remos|r[aá]|r[aã]o)\b)", Options)]
    private static partial Regex ClauseBreak();

    /// <summary>Phrases in which the employer responds to the candidate.</summary>
    [GeneratedRegex(
        @"\b(?:entraremos|vamos\s+entrar|iremos\s+entrar)\s+em\s+conta(?:c)?to\b" +
        @"|\b(?:entrarei|vou\s+entrar)\s+em\s+conta(?:c)?to\b|\b(?:te\s+|lhe\s+)?(?:retornarei|responderei|informarei|avisarei|comunicarei|contatarei|ligarei|escreverei)\b" +
        @"|\b(?:darei|enviarei|passarei)\s+(?:um\s+|o\s+|uma\s+|a\s+)?(?:retorno|feedback|parecer|resposta|devolutiva|posi[cç][aã]o|not[ií]cias)\b" +
        @"|\bvou\s+(?:te\s+|lhe\s+)?(?:retornar|responder|informar|avisar|comunicar|dar\s+(?:um\s+|o\s+)?(?:retorno|feedback|resposta))\b" +
        @"|\b(?:te\s+|lhe\s+)?(?:retornaremos|responderemos|informaremos|avisaremos|comunicaremos|contataremos|contactaremos|ligaremos|escreveremos)\b" +
        @"|\b(?:daremos|enviaremos|passaremos|traremos)\s+(?:um\s+|o\s+|nosso\s+|uma\s+|a\s+|nossa\s+)?(?:retorno|feedback|parecer|resposta|devolutiva|posi[cç][aã]o|not[ií]cias)\b" +
        @"|\bvamos\s+(?:te\s+|lhe\s+)?(?:retornar|responder|informar|avisar|comunicar|dar\s+(?:um\s+|o\s+)?(?:retorno|feedback|resposta)|enviar\s+(?:um\s+|o\s+|nosso\s+)?(?:retorno|feedback)|entrar\s+em\s+conta(?:c)?to)\b" +
        @"|\bvoltaremos\s+a\s+(?:falar|entrar\s+em\s+conta(?:c)?to|conversar)\b" +
        @"|\b(?:voc[eê]|o\s+senhor|a\s+senhora)\s+(?:receber[aá]|ter[aá])\s+(?:uma\s+|o\s+|nosso\s+|um\s+|nossa\s+)?(?:retorno|resposta|not[ií]cias|feedback|devolutiva|novidades)\b" +
        @"|\bser[aá]\s+(?:informad|contatad|contactad|avisad|comunicad)\p{L}*" +
        @"|(?<!\b(?:seu|teu)\s)\bretorno\b|\bdecis[aã]o\b|\bdecis[oõ]es\b|\bpr[oó]xim[oa]s\s+(?:passos|etapas)\b|(?<!\b(?:sua|tua)\s)\brespostas?\b|\bnovidades\b|\bresultados?\b|(?<!\b(?:seu|teu)\s)\bfeedback\b|\bdevolutiva\b",
        Options)]
    private static partial Regex EmployerResponse();

    /// <summary>Things the candidate is asked to do, and other events a time phrase may belong to.</summary>
    [GeneratedRegex(
        @"\b(?:confirme|confirmar|confirmem|envie|enviar|enviem|mande|mandar|preencha|preencher|assine|assinar|anexe|anexar|responda|responder|agende|agendar|reagende|reagendar|cancele|cancelar" +
        @"|inscreva|cadastre|prepare|preparar|revise|chegue|chegar|acesse|acessar|clique|selecione|escolha|reserve|disponibilidade|dispon[ií]vel|ser[aá]\s+realizada|acontecer[aá]|durar[aá]|dura|come[cç]a|expira|encerra" +
        @"|nos\s+avise|nos\s+informe|entre\s+em\s+conta(?:c)?to\s+conosco|fale\s+conosco|nos\s+escreva|nos\s+ligue)\b",
        Options)]
    private static partial Regex OtherAction();

    [GeneratedRegex(@"\b(?<n1>" + Cardinal + @")(?:\s*(?:-|a|ou|e)\s*(?<n2>" + Cardinal + @"))?\s+(?:mais\s+)?" + Unit + @"\b|\b(?:em\s+at[eé]|em|dentro\s+de|nas\s+pr[oó]ximas)\s+(?<n1>\d{1,3})\s*(?<unit>h)\b", Options)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?:(?<n>" + Cardinal + @")\s+)?quinzenas?\b", Options)]
    private static partial Regex Fortnight();

    [GeneratedRegex(@"\b(?:n|d)?os\s+pr[oó]ximos\s+dias\b", Options)]
    private static partial Regex ComingDays();

    [GeneratedRegex(@"\b(?:(?:" + WeekdayName + @"),?\s+)?(?:(?:o\s+)?dia\s+)?" + Day + @"\s+de\s+(?<mon>" + Month + @")(?:\s+de\s+(?<year>\d{4}))?", Options)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?:\b(?:" + WeekdayName + @"),?\s+)?(?<![\d/.])(?<d>3[01]|[12]\d|0?[1-9])/(?<m>1[0-2]|0?[1-9])(?:/(?<y>\d{4}|\d{2}))?(?![\d/])", Options)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?:at[eé]\s+(?:o\s+)?dia|no\s+dia|dia)\s+(?<day>3[01]|[12]\d|0?[1-9])\b(?!\s*(?:[ºo°]|de\s+\p{L}|/|\.\d))", Options)]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"\b(?<part>in[ií]cio|come[cç]o|meados|final|fim)\s+de\s+(?<mon>" + Month + @")", Options)]
    private static partial Regex MonthPart();

    // "na próxima sexta-feira" and "sexta-feira da próxima semana" are the Friday of the following week; "até sexta-feira"
    // and "nesta sexta" the first Friday after D.
    [GeneratedRegex(@"\b(?:(?<next>pr[oó]xima)\s+)?(?<wd>" + WeekdayWords + @")\b(?:\s+(?<next>que\s+vem|da\s+(?:pr[oó]xima\s+semana|semana\s+que\s+vem)))?", Options)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:at[eé]\s+(?:o\s+|ao\s+)?(?:fim|final)\s+(?:da|desta)\s+semana|(?:no\s+)?(?:fim|final)\s+(?:da|desta)\s+semana|(?:ainda\s+)?(?:nesta|esta)\s+semana|antes\s+do\s+fim\s+de\s+semana|ao\s+longo\s+da\s+semana)\b", Options)]
    private static partial Regex ThisWeek();

    [GeneratedRegex(@"\b(?:(?:no\s+)?(?:in[ií]cio|come[cç]o|meio|meados|final|fim)\s+da\s+|durante\s+a\s+|ao\s+longo\s+da\s+)?(?:na\s+|a\s+)?(?:pr[oó]xima\s+semana|semana\s+que\s+vem|semana\s+seguinte)\b", Options)]
    private static partial Regex NextWeek();

    [GeneratedRegex(@"\b(?:at[eé]\s+(?:o\s+|ao\s+)?(?:fim|final)\s+do\s+m[eê]s|(?:no\s+)?(?:fim|final)\s+do\s+m[eê]s|(?:ainda\s+)?(?:neste|este)\s+m[eê]s|ao\s+longo\s+do\s+m[eê]s)\b", Options)]
    private static partial Regex ThisMonth();

    [GeneratedRegex(@"\b(?:(?:no\s+)?(?<part>in[ií]cio|come[cç]o|meados|final|fim)\s+do\s+)?(?:no\s+)?(?:pr[oó]ximo\s+m[eê]s|m[eê]s\s+que\s+vem|m[eê]s\s+seguinte)\b", Options)]
    private static partial Regex NextMonth();

    [GeneratedRegex(@"\b(?<after>depois\s+de\s+)?amanh[aã]\b", Options)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(@"\b(?:(?:ainda\s+)?hoje(?:\s+[aà]\s+(?:tarde|noite))?|at[eé]\s+o\s+(?:fim|final)\s+do\s+dia|ao\s+longo\s+do\s+dia)\b", Options)]
    private static partial Regex Today();
}
