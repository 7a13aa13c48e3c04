using System.Collections.Frozen;
using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Languages;

namespace OutlookFollowUp.Core.Extraction;

/// <summary>
/// How an invite in Spanish, French, German or Portuguese names the role and the employer: its subject prefixes
/// ("RV:", "Einladung:"), interview words to set aside ("Entrevista", "Vorstellungsgespräch"), subject shapes
/// ("para el puesto de …", "pour le poste de … chez …", "als … bei …", "vaga de …"), and the body's phrases. English
/// keeps its own patterns in <see cref="RoleCompanyExtractor"/>; a foreign invite is read with both.
/// </summary>
internal sealed partial class ExtractionLexicon
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // A role in running text may be lower case ("el puesto de analista de datos"): letters and joiners, cut later.
    private const string RoleRun = @"(?<role>[\p{L}\d][\p{L}\d&/'\-.]*(?:[ ]+[\p{L}\d&/'\-.]+){0,7})";

    // A company in running text: capitalised words, joined by the language's "of" and "and" ("Banco de Chile").
    private const string NamePhrase = @"(?<company>[A-Z\d][\p{L}\d&'.\-]*(?:(?:[ ]+(?:de|del|da|do|des|du|y|e|et|und|&|of|and))?[ ]+[A-Z\d][\p{L}\d&'.\-]*)*)";

    public required Language Language { get; init; }

    public required Regex SubjectPrefix { get; init; }

    public required Regex LeadingInterviewWords { get; init; }

    public required Regex TrailingInterviewWords { get; init; }

    public required Regex InterviewOnly { get; init; }

    /// <summary>Both interview-word patterns need one of these nouns.</summary>
    public required System.Buffers.SearchValues<string> InterviewNouns { get; init; }

    /// <summary>"… para el puesto de Analista", "als Data Analyst": the role, said outright.</summary>
    public required Regex ForRole { get; init; }

    /// <summary>"Analista de Datos en Contoso", "Data Analyst bei Contoso": role, preposition, company.</summary>
    public required Regex RoleAtCompany { get; init; }

    /// <summary>"con Contoso", "avec Contoso", "bei der Contoso GmbH": the company, maybe with the role.</summary>
    public required Regex WithCompany { get; init; }

    public required Regex BodyRole { get; init; }

    /// <summary>"el puesto en Contoso", "rejoindre Contoso", "Ihr Interesse an der Contoso GmbH": a job names the employer.</summary>
    public required Regex JobContextCompany { get; init; }

    /// <summary>"chez Contoso", "bei Contoso", "na Contoso": a company only when a domain or an organization word backs it.</summary>
    public required Regex PrepositionCompany { get; init; }

    /// <summary>Words that end a role in running text ("… de Analista de Datos el martes" ends before "el").</summary>
    public required FrozenSet<string> RoleStops { get; init; }

    /// <summary>Prepositions before a company ("en", "chez", "bei", "na"): a role in running text ends before them.</summary>
    public required FrozenSet<string> CompanyPrepositions { get; init; }

    /// <summary>A segment that is only a date or time ("martes, 10 de noviembre", "10. November", "14h30").</summary>
    public required Regex DateOrTime { get; init; }

    /// <summary>A segment that names a meeting tool or a way of meeting ("Videollamada", "en présentiel").</summary>
    public required Regex MeetingWay { get; init; }

    /// <summary>A sender's name that is the hiring team's, not the employer's ("Recursos Humanos", "Recrutement").</summary>
    public required Regex TeamName { get; init; }

    /// <summary>Words the language's prepositions take before a company, for backing it ("chez Contoso").</summary>
    public required FrozenSet<string> IntroducingWords { get; init; }

    public static ExtractionLexicon? For(Language language) => language switch
    {
        Language.Spanish => Spanish,
        Language.French => French,
        Language.German => German,
        Language.Portuguese => Portuguese,
        _ => null,
    };

    private static FrozenSet<string> Set(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // ---- Spanish ------------------------------------------------------------------------------------------------

    public static ExtractionLexicon Spanish { get; } = new()
    {
        Language = Language.Spanish,
        SubjectPrefix = SpanishPrefix(),
        LeadingInterviewWords = SpanishLeading(),
        TrailingInterviewWords = SpanishTrailing(),
        InterviewOnly = SpanishOnly(),
        InterviewNouns = System.Buffers.SearchValues.Create(["entrevista", "llamada", "videollamada", "reunión", "reunion", "conversación", "conversacion", "charla", "sesión", "sesion", "ronda", "fase", "etapa"], StringComparison.OrdinalIgnoreCase),
        ForRole = SpanishForRole(),
        RoleAtCompany = SpanishRoleAtCompany(),
        WithCompany = SpanishWithCompany(),
        BodyRole = SpanishBodyRole(),
        JobContextCompany = SpanishJobContext(),
        PrepositionCompany = SpanishPreposition(),
        RoleStops = Set("el la los las para con que a al desde por este esta ese esa mañana hoy mediante y o como durante tras antes después el cual"),
        CompanyPrepositions = Set("en @"),
        DateOrTime = SpanishDate(),
        MeetingWay = SpanishMeeting(),
        TeamName = SpanishTeam(),
        IntroducingWords = Set("en con para unirte incorporarte"),
    };

    [GeneratedRegex(@"^\s*(?:rv|reenv|invitaci[oó]n(?:\s+actualizada)?|actualizad[oa]|aceptad[oa]|rechazad[oa]|cancelad[oa]|recordatorio|confirmaci[oó]n|confirmad[oa]|provisional|nueva\s+hora\s+propuesta|reprogramad[oa])\s*[:\-]\s*", Options)]
    private static partial Regex SpanishPrefix();

    [GeneratedRegex(@"^(?:(?:tu|su|nuestra|la|una|primera|segunda|tercera|[uú]ltima|nueva)\s+)*(?:entrevistas?|llamada|videollamada|reuni[oó]n|conversaci[oó]n|charla|sesi[oó]n)(?:\s+(?:t[eé]cnica|telef[oó]nica|personal|presencial|virtual|online|final|inicial|grupal|de\s+trabajo|laboral|de\s+selecci[oó]n|programada|confirmada|por\s+video(?:llamada)?|por\s+tel[eé]fono|con\s+(?:el|la)\s+(?:reclutador|reclutadora|equipo|responsable)))*\b\s*", Options)]
    private static partial Regex SpanishLeading();

    [GeneratedRegex(@"\s*(?:-\s*)?\b(?:entrevistas?|llamada|videollamada|reuni[oó]n)(?:\s+(?:t[eé]cnica|telef[oó]nica|personal|presencial|virtual|online|final|inicial|programada|confirmada))*$", Options)]
    private static partial Regex SpanishTrailing();

    [GeneratedRegex(@"^(?:(?:tu|su|nuestra|la|una|primera|segunda|tercera|[uú]ltima|nueva|t[eé]cnica|telef[oó]nica|personal|presencial|virtual|online|final|inicial|de|trabajo|laboral|y|con|programada|confirmada|invitaci[oó]n|recordatorio)\s*)*(?:entrevistas?|llamada|videollamada|reuni[oó]n|conversaci[oó]n|charla|sesi[oó]n|ronda|fase|etapa)?$|^(?:ronda|fase|etapa|parte|d[ií]a)\s+\w+$|^\d+\s*(?:min|minutos|h|horas?)$|^(?:(?:primera|segunda|tercera|cuarta|[uú]ltima|pr[oó]xima|nueva)\s+)?(?:fase|etapa|ronda)(?:\s+final)?(?:\s+del?\s+(?:nuestro\s+)?(?:proceso(?:\s+de\s+selecci[oó]n)?|selecci[oó]n|entrevistas?))?$|^proceso\s+de\s+selecci[oó]n$", Options)]
    private static partial Regex SpanishOnly();

    [GeneratedRegex(@"^(?:para|por)\s+(?:el|la|un|una)\s+(?:puesto|vacante|posici[oó]n|plaza|cargo|rol)\s+(?:de\s+)?(?<role>.+)$|^(?:puesto|vacante|posici[oó]n|plaza|cargo|rol)\s+de\s+(?<role>.+)$|^(?:para|por)\s+(?<bare>.+)$", Options)]
    private static partial Regex SpanishForRole();

    [GeneratedRegex(@"^(?:(?:para|por)\s+(?:el|la)\s+(?:puesto|vacante|posici[oó]n|plaza|cargo)\s+de\s+)?(?<role>.+)\s+(?:en|@)\s+(?<company>[A-Z\d].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SpanishRoleAtCompany();

    [GeneratedRegex(@"^con\s+(?:el\s+equipo\s+de\s+)?(?<company>.+?)(?:\s+(?:para|por)\s+(?:el\s+|la\s+)?(?:(?:puesto|vacante|posici[oó]n)\s+de\s+)?(?<role>.+))?$", Options)]
    private static partial Regex SpanishWithCompany();

    [GeneratedRegex(@"\b(?:para|por|sobre|el|la|al|del)\s+(?:el\s+|la\s+)?(?:puesto|vacante|posici[oó]n|plaza|cargo|rol)\s+de\s+" + RoleRun, Options)]
    private static partial Regex SpanishBodyRole();

    [GeneratedRegex(@"\b(?i:puesto|vacante|posici[oó]n|equipo|entrevista|oportunidad|cargo|plaza)[ ]+en[ ]+" + NamePhrase + @"|\b(?i:unirte[ ]+a|unirse[ ]+a|incorporarte[ ]+a|incorporarse[ ]+a|formar[ ]+parte[ ]+de|tu[ ]+inter[eé]s[ ]+en|su[ ]+inter[eé]s[ ]+en|en[ ]+nombre[ ]+de)[ ]+(?:la[ ]+|el[ ]+)?" + NamePhrase, RegexOptions.CultureInvariant)]
    private static partial Regex SpanishJobContext();

    [GeneratedRegex(@"\b(?:en|con|de)[ ]+" + NamePhrase, RegexOptions.CultureInvariant)]
    private static partial Regex SpanishPreposition();

    [GeneratedRegex(@"^(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b.*\d|\b\d{1,2}\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b|^\d{1,2}/\d{1,2}(?:/\d{2,4})?$|\b\d{1,2}[:.h]\d{2}\s*(?:h|hrs?)?\b|\b\d{1,2}\s*h\b", Options)]
    private static partial Regex SpanishDate();

    [GeneratedRegex(@"^(?:videollamada|llamada|presencial|en\s+persona|remoto|en\s+remoto|virtual|online|en\s+l[ií]nea|tel[eé]fono|por\s+tel[eé]fono|oficina|en\s+la\s+oficina)$", Options)]
    private static partial Regex SpanishMeeting();

    [GeneratedRegex(@"^(?:recursos\s+humanos|rrhh|selecci[oó]n|reclutamiento|talento|equipo\s+de\s+(?:selecci[oó]n|talento|reclutamiento|rrhh|personas)|personas|empleo)$", Options)]
    private static partial Regex SpanishTeam();

    // ---- French -------------------------------------------------------------------------------------------------

    public static ExtractionLexicon French { get; } = new()
    {
        Language = Language.French,
        SubjectPrefix = FrenchPrefix(),
        LeadingInterviewWords = FrenchLeading(),
        TrailingInterviewWords = FrenchTrailing(),
        InterviewOnly = FrenchOnly(),
        InterviewNouns = System.Buffers.SearchValues.Create(["entretien", "échange", "echange", "appel", "rendez-vous", "visio", "réunion", "reunion", "rencontre", "tour"], StringComparison.OrdinalIgnoreCase),
        ForRole = FrenchForRole(),
        RoleAtCompany = FrenchRoleAtCompany(),
        WithCompany = FrenchWithCompany(),
        BodyRole = FrenchBodyRole(),
        JobContextCompany = FrenchJobContext(),
        PrepositionCompany = FrenchPreposition(),
        RoleStops = Set("le la les l pour avec qui que à au aux ce cette demain afin dans sur lors ainsi"),
        CompanyPrepositions = Set("chez @"),
        DateOrTime = FrenchDate(),
        MeetingWay = FrenchMeeting(),
        TeamName = FrenchTeam(),
        IntroducingWords = Set("chez avec pour rejoindre intégrer"),
    };

    [GeneratedRegex(@"^\s*(?:tr|invitation(?:\s+mise\s+[aà]\s+jour)?|mise\s+[aà]\s+jour|mis\s+[aà]\s+jour|accept[eé]e?|refus[eé]e?|annul[eé]e?|rappel|confirmation|confirm[eé]e?|provisoire|nouvelle\s+heure\s+propos[eé]e|report[eé]e?)\s*[:\-]\s*", Options)]
    private static partial Regex FrenchPrefix();

    [GeneratedRegex(@"^(?:(?:votre|notre|l'|un|premier|deuxi[eè]me|second|dernier|nouvel)\s*)*(?:entretiens?|[eé]change|appel|rendez-vous|visio(?:conf[eé]rence)?|r[eé]union|rencontre)(?:\s+(?:d'embauche|t[eé]l[eé]phonique|technique|final|individuel|collectif|en\s+visio|vid[eé]o|en\s+ligne|en\s+pr[eé]sentiel|de\s+recrutement|RH|avec\s+(?:le|la)\s+(?:recruteur|recruteuse|manager)|confirm[eé]|planifi[eé]|programm[eé]))*\b\s*", Options)]
    private static partial Regex FrenchLeading();

    [GeneratedRegex(@"\s*(?:-\s*)?\b(?:entretiens?|[eé]change|appel|rendez-vous|visio)(?:\s+(?:d'embauche|t[eé]l[eé]phonique|technique|final|en\s+visio|vid[eé]o|confirm[eé]|planifi[eé]))*$", Options)]
    private static partial Regex FrenchTrailing();

    [GeneratedRegex(@"^(?:(?:votre|notre|l'|un|premier|deuxi[eè]me|second|dernier|nouvel|d'embauche|t[eé]l[eé]phonique|technique|final|en|visio|vid[eé]o|ligne|pr[eé]sentiel|de|recrutement|RH|et|avec|confirm[eé]|planifi[eé]|invitation|rappel)\s*)*(?:entretiens?|[eé]change|appel|rendez-vous|visio|r[eé]union|rencontre|tour)?$|^(?:tour|partie|jour|[eé]tape)\s+\w+$|^\d+\s*(?:min|minutes|h|heures?)$|^(?:(?:premi[eè]re|deuxi[eè]me|seconde|troisi[eè]me|derni[eè]re|prochaine|nouvelle)\s+)?(?:[eé]tape|phase)(?:\s+finale)?(?:\s+(?:du|de\s+notre|de\s+la)\s+(?:processus(?:\s+de\s+(?:recrutement|s[eé]lection))?|recrutement|s[eé]lection))?$|^processus\s+de\s+(?:recrutement|s[eé]lection)$", Options)]
    private static partial Regex FrenchOnly();

    [GeneratedRegex(@"^pour\s+(?:le|un)\s+poste\s+(?:de\s+|d')(?<role>.+)$|^poste\s+(?:de\s+|d')(?<role>.+)$|^pour\s+(?<bare>.+)$", Options)]
    private static partial Regex FrenchForRole();

    [GeneratedRegex(@"^(?:pour\s+(?:le|un)\s+poste\s+(?:de\s+|d'))?(?<role>.+?)\s+(?:chez|@|au\s+sein\s+de)\s+(?<company>.+)$", Options)]
    private static partial Regex FrenchRoleAtCompany();

    [GeneratedRegex(@"^avec\s+(?:l'[eé]quipe\s+(?:de\s+|d'))?(?<company>.+?)(?:\s+pour\s+(?:le\s+poste\s+(?:de\s+|d'))?(?<role>.+))?$", Options)]
    private static partial Regex FrenchWithCompany();

    [GeneratedRegex(@"\b(?:pour|sur|concernant|le|du|au)\s+(?:le\s+|un\s+)?poste\s+(?:de[ ]+|d')" + RoleRun, Options)]
    private static partial Regex FrenchBodyRole();

    [GeneratedRegex(@"\b(?i:poste|[eé]quipe|entretien|opportunit[eé]|offre)[ ]+(?:chez|au[ ]+sein[ ]+de)[ ]+" + NamePhrase + @"|\b(?i:rejoindre|int[eé]grer|votre[ ]+int[eé]r[eê]t[ ]+pour|candidature[ ]+chez|au[ ]+nom[ ]+de)[ ]+" + NamePhrase, RegexOptions.CultureInvariant)]
    private static partial Regex FrenchJobContext();

    [GeneratedRegex(@"\b(?:chez|de|avec)[ ]+" + NamePhrase, RegexOptions.CultureInvariant)]
    private static partial Regex FrenchPreposition();

    [GeneratedRegex(@"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b.*\d|\b\d{1,2}(?:er)?\s+(?:janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre)\b|^\d{1,2}/\d{1,2}(?:/\d{2,4})?$|\b\d{1,2}\s*h\s*\d{0,2}\b|\b\d{1,2}:\d{2}\b", Options)]
    private static partial Regex FrenchDate();

    [GeneratedRegex(@"^(?:visio(?:conf[eé]rence)?|en\s+visio|t[eé]l[eé]phone|par\s+t[eé]l[eé]phone|pr[eé]sentiel|en\s+pr[eé]sentiel|[aà]\s+distance|en\s+ligne|sur\s+site|dans\s+nos\s+locaux)$", Options)]
    private static partial Regex FrenchMeeting();

    [GeneratedRegex(@"^(?:ressources\s+humaines|rh|recrutement|[eé]quipe\s+(?:recrutement|rh|talents?)|talents?|carri[eè]res?|emploi)$", Options)]
    private static partial Regex FrenchTeam();

    // ---- German -------------------------------------------------------------------------------------------------

    public static ExtractionLexicon German { get; } = new()
    {
        Language = Language.German,
        SubjectPrefix = GermanPrefix(),
        LeadingInterviewWords = GermanLeading(),
        TrailingInterviewWords = GermanTrailing(),
        InterviewOnly = GermanOnly(),
        InterviewNouns = System.Buffers.SearchValues.Create(["gespräch", "gesprach", "interview", "telefonat", "videocall", "termin", "runde", "kennenlernen"], StringComparison.OrdinalIgnoreCase),
        ForRole = GermanForRole(),
        RoleAtCompany = GermanRoleAtCompany(),
        WithCompany = GermanWithCompany(),
        BodyRole = GermanBodyRole(),
        JobContextCompany = GermanJobContext(),
        PrepositionCompany = GermanPreposition(),
        RoleStops = Set("am um mit im in ab vom statt zu zum zur sowie teilzunehmen einladen eingeladen"),
        CompanyPrepositions = Set("bei @"),
        DateOrTime = GermanDate(),
        MeetingWay = GermanMeeting(),
        TeamName = GermanTeam(),
        IntroducingWords = Set("bei mit für"),
    };

    [GeneratedRegex(@"^\s*(?:aw|wg|einladung|aktualisierte\s+einladung|aktualisiert|angenommen|abgelehnt|abgesagt|mit\s+vorbehalt\s+angenommen|erinnerung|best[aä]tigung|best[aä]tigt|neuer\s+zeitvorschlag|verschoben|terminverschiebung)\s*[:\-]\s*", Options)]
    private static partial Regex GermanPrefix();

    [GeneratedRegex(@"^(?:(?:Ihr|Ihre|dein|unser|unsere|ein|erstes|zweites|finales|pers[oö]nliches|telefonisches|virtuelles|digitales)\s+)*(?:Vorstellungsgespr[aä]ch|Bewerbungsgespr[aä]ch|Gespr[aä]ch|Interview|Telefoninterview|Videointerview|Video-Interview|Online-Interview|Kennenlerngespr[aä]ch|Kennenlernen|Erstgespr[aä]ch|Zweitgespr[aä]ch|Fachgespr[aä]ch|Telefonat|Videocall|Termin)(?:\s+(?:best[aä]tigt|geplant|vereinbart|per\s+(?:Video|Telefon|Teams|Zoom)|vor\s+Ort|online))*\b\s*", Options)]
    private static partial Regex GermanLeading();

    [GeneratedRegex(@"\s*(?:-\s*)?\b(?:Vorstellungsgespr[aä]ch|Bewerbungsgespr[aä]ch|Gespr[aä]ch|Interview|Telefoninterview|Videointerview|Kennenlerngespr[aä]ch|Erstgespr[aä]ch|Zweitgespr[aä]ch|Telefonat|Termin)(?:\s+(?:best[aä]tigt|geplant|vereinbart))*$", Options)]
    private static partial Regex GermanTrailing();

    [GeneratedRegex(@"^(?:(?:Ihr|Ihre|dein|unser|unsere|ein|erstes|zweites|finales|pers[oö]nliches|telefonisches|virtuelles|und|mit|per|Video|Telefon|online|vor|Ort|best[aä]tigt|geplant|Einladung|Erinnerung)\s*)*(?:Vorstellungsgespr[aä]ch|Bewerbungsgespr[aä]ch|Gespr[aä]ch|Interview|Telefoninterview|Videointerview|Kennenlerngespr[aä]ch|Kennenlernen|Erstgespr[aä]ch|Zweitgespr[aä]ch|Fachgespr[aä]ch|Telefonat|Videocall|Termin|Runde)?$|^(?:Runde|Teil|Tag)\s+\w+$|^\d+\s*(?:min|Minuten|Std|Stunden?)$|^(?:(?:erste|zweite|dritte|letzte|n[aä]chste|finale)\s+)?(?:Runde|Stufe|Phase)(?:\s+(?:im|des|unseres)\s+(?:Auswahlverfahren|Bewerbungsprozess|Auswahlprozess|Bewerbungsverfahren)s?)?$|^(?:Auswahlverfahren|Bewerbungsprozess|Auswahlprozess|Bewerbungsverfahren)$", Options)]
    private static partial Regex GermanOnly();

    [GeneratedRegex(@"^(?:als|zum|zur)\s+(?<role>.+)$|^f[uü]r\s+(?:die|eine)\s+(?:Position|Stelle|Rolle)\s+(?:als\s+|des\s+|der\s+)?(?<role>.+)$|^(?:Position|Stelle)\s+(?:als\s+)?(?<role>.+)$", Options)]
    private static partial Regex GermanForRole();

    [GeneratedRegex(@"^(?:(?:als|f[uü]r\s+die\s+(?:Position|Stelle|Rolle)(?:\s+als)?)\s+)?(?<role>.+?)\s+(?:bei|@)\s+(?:der\s+|dem\s+)?(?<company>.+)$", Options)]
    private static partial Regex GermanRoleAtCompany();

    [GeneratedRegex(@"^(?:mit|bei)\s+(?:der\s+|dem\s+)?(?<company>.+?)(?:\s+(?:f[uü]r|als)\s+(?:die\s+(?:Position|Stelle)\s+(?:als\s+)?)?(?<role>.+))?$", Options)]
    private static partial Regex GermanWithCompany();

    [GeneratedRegex(@"\b(?:Vorstellungsgespr[aä]ch|Gespr[aä]ch|Interview|Bewerbung|Position|Stelle|Rolle|T[aä]tigkeit)[ ]+(?:als|zum|zur)[ ]+" + RoleRun + @"|\bf[uü]r[ ]+die[ ]+(?:Position|Stelle|Rolle)[ ]+(?:als[ ]+|des[ ]+|der[ ]+|einer[ ]+|eines[ ]+)?" + RoleRun, Options)]
    private static partial Regex GermanBodyRole();

    [GeneratedRegex(@"\b(?i:Position|Stelle|Team|Gespr[aä]ch|Interview|Bewerbung)[ ]+bei[ ]+(?:der[ ]+|dem[ ]+)?" + NamePhrase + @"|\b(?i:Ihr[ ]+Interesse[ ]+an|dein[ ]+Interesse[ ]+an|im[ ]+Namen[ ]+(?:der|von))[ ]+(?:der[ ]+|dem[ ]+)?" + NamePhrase, RegexOptions.CultureInvariant)]
    private static partial Regex GermanJobContext();

    [GeneratedRegex(@"\b(?:bei|von|mit)[ ]+(?:der[ ]+|dem[ ]+)?" + NamePhrase, RegexOptions.CultureInvariant)]
    private static partial Regex GermanPreposition();

    [GeneratedRegex(@"^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b.*\d|\b\d{1,2}\.\s*(?:Januar|J[aä]nner|Februar|M[aä]rz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b|^\d{1,2}\.\d{1,2}\.(?:\d{2,4})?$|\b\d{1,2}[:.]\d{2}\s*(?:Uhr)?\b|\b\d{1,2}\s*Uhr\b", Options)]
    private static partial Regex GermanDate();

    [GeneratedRegex(@"^(?:per\s+Video|per\s+Telefon|telefonisch|vor\s+Ort|pers[oö]nlich|online|remote|virtuell|Videocall|im\s+B[uü]ro)$", Options)]
    private static partial Regex GermanMeeting();

    [GeneratedRegex(@"^(?:Personalabteilung|Personal|Recruiting(?:-Team)?|HR-Team|Karriere|Bewerbermanagement|Talent\s+Acquisition)$", Options)]
    private static partial Regex GermanTeam();

    // ---- Portuguese ---------------------------------------------------------------------------------------------

    public static ExtractionLexicon Portuguese { get; } = new()
    {
        Language = Language.Portuguese,
        SubjectPrefix = PortuguesePrefix(),
        LeadingInterviewWords = PortugueseLeading(),
        TrailingInterviewWords = PortugueseTrailing(),
        InterviewOnly = PortugueseOnly(),
        InterviewNouns = System.Buffers.SearchValues.Create(["entrevista", "conversa", "bate", "chamada", "videochamada", "reunião", "reuniao", "etapa", "fase"], StringComparison.OrdinalIgnoreCase),
        ForRole = PortugueseForRole(),
        RoleAtCompany = PortugueseRoleAtCompany(),
        WithCompany = PortugueseWithCompany(),
        BodyRole = PortugueseBodyRole(),
        JobContextCompany = PortugueseJobContext(),
        PrepositionCompany = PortuguesePreposition(),
        RoleStops = Set("o a os as para com que às ao aos amanhã hoje pelo pela durante após antes depois e ou"),
        CompanyPrepositions = Set("na no em da do @"),
        DateOrTime = PortugueseDate(),
        MeetingWay = PortugueseMeeting(),
        TeamName = PortugueseTeam(),
        IntroducingWords = Set("na no em com para"),
    };

    [GeneratedRegex(@"^\s*(?:res|enc|convite(?:\s+atualizado)?|atualizad[oa]|aceit[oa]|recusad[oa]|cancelad[oa]|lembrete|confirma[cç][aã]o|confirmad[oa]|provis[oó]rio|nova\s+hora\s+proposta|reagendad[oa])\s*[:\-]\s*", Options)]
    private static partial Regex PortuguesePrefix();

    [GeneratedRegex(@"^(?:(?:sua|nossa|a|uma|primeira|segunda|terceira|[uú]ltima|nova)\s+)*(?:entrevistas?|conversa|bate-?papo|chamada|videochamada|reuni[aã]o)(?:\s+(?:t[eé]cnica|por\s+telefone|por\s+v[ií]deo|online|presencial|virtual|final|inicial|de\s+emprego|com\s+(?:o|a)\s+(?:gestor|gestora|recrutador|recrutadora|RH|equipe)|agendada|confirmada))*\b\s*", Options)]
    private static partial Regex PortugueseLeading();

    [GeneratedRegex(@"\s*(?:-\s*)?\b(?:entrevistas?|conversa|bate-?papo|chamada|videochamada|reuni[aã]o)(?:\s+(?:t[eé]cnica|online|presencial|virtual|final|inicial|agendada|confirmada))*$", Options)]
    private static partial Regex PortugueseTrailing();

    [GeneratedRegex(@"^(?:(?:sua|nossa|a|uma|primeira|segunda|terceira|[uú]ltima|nova|t[eé]cnica|online|presencial|virtual|final|inicial|de|emprego|e|com|agendada|confirmada|convite|lembrete)\s*)*(?:entrevistas?|conversa|bate-?papo|chamada|videochamada|reuni[aã]o|etapa|fase)?$|^(?:etapa|fase|parte|dia)\s+\w+$|^\d+\s*(?:min|minutos|h|horas?)$|^(?:(?:primeira|segunda|terceira|quarta|[uú]ltima|pr[oó]xima|nova)\s+)?(?:etapa|fase)(?:\s+final)?(?:\s+d[oae]\s+(?:nosso\s+)?(?:processo(?:\s+seletivo|\s+de\s+(?:sele[cç][aã]o|recrutamento))?|sele[cç][aã]o|recrutamento|entrevistas?))?$|^processo\s+(?:seletivo|de\s+(?:sele[cç][aã]o|recrutamento))$", Options)]
    private static partial Regex PortugueseOnly();

    [GeneratedRegex(@"^para\s+(?:a|o|uma|um)\s+(?:vaga|posi[cç][aã]o|cargo|oportunidade|fun[cç][aã]o)\s+(?:de\s+)?(?<role>.+)$|^(?:vaga|cargo|posi[cç][aã]o)\s+(?:de\s+)?(?<role>.+)$|^para\s+(?<bare>.+)$", Options)]
    private static partial Regex PortugueseForRole();

    [GeneratedRegex(@"^(?:(?:para\s+(?:a|o)\s+)?(?:vaga|cargo|posi[cç][aã]o)\s+de\s+)?(?<role>.+)\s+(?:na|no|em|@|da|do)\s+(?<company>[A-Z\d].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PortugueseRoleAtCompany();

    [GeneratedRegex(@"^com\s+(?:a\s+equipe\s+d[aoe]\s+)?(?:a\s+|o\s+)?(?<company>.+?)(?:\s+para\s+(?:a\s+)?(?:vaga\s+de\s+)?(?<role>.+))?$", Options)]
    private static partial Regex PortugueseWithCompany();

    [GeneratedRegex(@"\b(?:para|sobre|à|a|da|na|o|do|no)[ ]+(?:a[ ]+|o[ ]+)?(?:vaga|posi[cç][aã]o|cargo|fun[cç][aã]o)[ ]+de[ ]+" + RoleRun, Options)]
    private static partial Regex PortugueseBodyRole();

    [GeneratedRegex(@"\b(?i:vaga|cargo|equipe|equipa|entrevista|oportunidade|posi[cç][aã]o)[ ]+(?:na|no|da|do|em)[ ]+" + NamePhrase + @"|\b(?i:fazer[ ]+parte[ ]+d[ao]|seu[ ]+interesse[ ]+n[ao]|em[ ]+nome[ ]+d[ao])[ ]+" + NamePhrase, RegexOptions.CultureInvariant)]
    private static partial Regex PortugueseJobContext();

    [GeneratedRegex(@"\b(?:na|no|da|do|em|com)[ ]+" + NamePhrase, RegexOptions.CultureInvariant)]
    private static partial Regex PortuguesePreposition();

    [GeneratedRegex(@"^(?:segunda|ter[cç]a|quarta|quinta|sexta|s[aá]bado|domingo)\b.*\d|\b\d{1,2}\s+de\s+(?:janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b|^\d{1,2}/\d{1,2}(?:/\d{2,4})?$|\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\s*h\b", Options)]
    private static partial Regex PortugueseDate();

    [GeneratedRegex(@"^(?:videochamada|chamada|presencial|remoto|online|virtual|por\s+telefone|telefone|no\s+escrit[oó]rio)$", Options)]
    private static partial Regex PortugueseMeeting();

    [GeneratedRegex(@"^(?:recursos\s+humanos|rh|recrutamento|talentos|equipe\s+de\s+(?:recrutamento|rh|talentos|pessoas)|pessoas|vagas|carreiras)$", Options)]
    private static partial Regex PortugueseTeam();
}
