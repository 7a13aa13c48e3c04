using System.Text.RegularExpressions;

namespace OutlookFollowUp.Core.Classification;

/// <summary>The classifier's vocabularies for Spanish, French, German and Portuguese invites.</summary>
internal static partial class ForeignVocabulary
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static ClassifierVocabulary Spanish { get; } = new()
    {
        Interview = SpanishInterview(),
        Ambiguous = SpanishAmbiguous(),
        Hiring = SpanishHiring(),
        StrongNegative = SpanishStrongNegative(),
        NegativeAnchors = System.Buffers.SearchValues.Create(
            ["podcast", "programa", "radio", "emisora", "prensa", "period", "reporter", "columnista", "corresponsal", "episodio", "televis", "revista", "diario", "medio", "blog", "canal", "reportaje",
             "artículo", "articulo", "documental", "invitad", "consul", "embajada", "visa", "inmigra", "nacionalidad", "ciudadan", "residencia",
             "extranjer", "salida", "desvincul", "permanencia", "retenci", "fideliz", "usuari", "cliente", "usabilidad", "investigaci", "focal",
             "focus", "simula", "ensayo", "práctica", "practica", "preparaci", "coaching", "orientaci", "webinar", "seminario"],
            StringComparison.OrdinalIgnoreCase),
        WeakNegative = SpanishWeakNegative(),
        Informal = SpanishInformal(),
        OneWay = SpanishOneWay(),
        OneWayAnchors = System.Buffers.SearchValues.Create(["diferido", "grab", "asíncron", "asincron", "automatiz", "entrevistador", " ia", "hirevue"], StringComparison.OrdinalIgnoreCase),
        InterviewerNotice = SpanishInterviewerNotice(),
        InterviewerSubject = SpanishInterviewerSubject(),
        WithSomeone = SpanishWithSomeone(),
    };

    /// <summary>Words that say "job interview".</summary>
    [GeneratedRegex(@"\bentrevistas?\b|\bproceso\s+de\s+selecci[oó]n\b|\bd[ií]a\s+de\s+evaluaci[oó]n\b|\bassessment\s+cent(?:er|re)\b|\bdin[aá]mica\s+de\s+grupo\b", Options)]
    private static partial Regex SpanishInterview();

    [GeneratedRegex(@"\b(?:primera|segunda|tercera|[uú]ltima)\s+(?:fase|etapa|ronda)\b|\bronda\s+final\b|\bconversaci[oó]n\s+(?:inicial|telef[oó]nica)\b|\bcharla\s+(?:inicial|telef[oó]nica)\b|\bvideollamada\b|\bconoce\s+al\s+equipo\b", Options)]
    private static partial Regex SpanishAmbiguous();

    [GeneratedRegex(@"\b(?:puesto|vacante|candidat[oa]s?|candidatura|postulaci[oó]n|selecci[oó]n|reclutador(?:a|es)?|reclutamiento|recursos\s+humanos|RRHH|oferta\s+de\s+empleo|empleo|contrataci[oó]n|plaza)\b", Options)]
    private static partial Regex SpanishHiring();

    /// <summary>Phrases that make "entrevista" mean something else, or mark a non-hiring event.</summary>
    [GeneratedRegex(
        @"\bentrevistas?\s+(?:para|en|con)\s+(?:un|una|el|la|nuestro|nuestra)\s+(?:podcast|programa|radio|emisora|peri[oó]dico|diario|revista|medio|blog|canal|reportaje|art[ií]culo|documental|televisi[oó]n)\b" +
        @"|\bentrevistas?\s+(?:de|a)\s+(?:prensa|radio|televisi[oó]n)\b|\bentrevistas?\s+period[ií]stic\p{L}+|\bruedas?\s+de\s+prensa\b|\b(?:nuestr[oa]|el|la|un|una)\s+periodista\b(?!\s+(?:puesto|vacante))|\b(?:yo\s+)?soy\s+(?:periodista|reporter[oa]|columnista|corresponsal)\b|\b(?:estoy|estamos)\s+(?:preparando|escribiendo|haciendo)\s+(?:un|una|el|la)\s+(?:reportaje|art[ií]culo|documental|episodio|podcast)\b" +
        @"|\b(?:para|en)\s+(?:un|una|el|nuestro|nuestra|este|esta)\s+(?:podcast|reportaje|art[ií]culo|documental|episodio|programa\s+de\s+(?:radio|televisi[oó]n))\b|\bcomo\s+invitad[oa]\b" +
        @"|\b(?:cita|entrevista)s?\s+(?:consular|de\s+visado|de\s+visa|en\s+el\s+consulado|en\s+la\s+embajada|de\s+inmigraci[oó]n|de\s+nacionalidad|de\s+ciudadan[ií]a|de\s+residencia)\b|\b(?:consulado|embajada|visado|extranjer[ií]a)\b" +
        @"|\bentrevistas?\s+de\s+(?:salida|desvinculaci[oó]n|permanencia|retenci[oó]n|fidelizaci[oó]n)\b" +
        @"|\bentrevistas?\s+(?:con|a)\s+(?:usuari[oa]s|clientes)\b|\bentrevistas?\s+de\s+usuari[oa]s?\b|\binvestigaci[oó]n\s+(?:de|con)\s+usuari[oa]s\b|\b(?:estudio|prueba|test)\s+de\s+usabilidad\b|\bsesi[oó]n\s+de\s+investigaci[oó]n\b|\bgrupo\s+focal\b|\bfocus\s+group\b" +
        @"|\b(?:simulacro|simulaci[oó]n|ensayo|pr[aá]ctica)\s+de\s+entrevistas?\b|\bentrevistas?\s+(?:simulada|de\s+pr[aá]ctica)s?\b|\bpreparaci[oó]n\s+(?:de|para)\s+(?:la\s+)?entrevistas?\b|\bcoaching\b|\borientaci[oó]n\s+(?:laboral|profesional)\b|\bwebinar\b|\bseminario\s+web\b",
        Options)]
    private static partial Regex SpanishStrongNegative();

    [GeneratedRegex(@"\b(?:taller|conferencia|seminario|encuesta|curso)\b", Options)]
    private static partial Regex SpanishWeakNegative();

    [GeneratedRegex(@"\bcaf[eé]\b|\bnetworking\b|\bcharla\s+informal\b|\bentrevista\s+informativa\b", Options)]
    private static partial Regex SpanishInformal();

    [GeneratedRegex(@"\bentrevistas?\s+(?:en\s+diferido|grabadas?|pregrabadas?|as[ií]ncronas?|automatizadas?)\b|\bgraba\s+tus\s+respuestas\b|\bgrabe\s+sus\s+respuestas\b|\bsin\s+entrevistador(?:a)?\b|\bentrevista\s+con\s+(?:una\s+)?ia\b|\bentrevistador(?:a)?\s+(?:virtual|de\s+ia)\b", Options)]
    private static partial Regex SpanishOneWay();

    /// <summary>What a hiring system sends to the interviewers, never to the candidate.</summary>
    [GeneratedRegex(
        @"\btienes\s+una\s+nueva\s+entrevista\s+programada\b|\b(?:has|ha)\s+sido\s+(?:a[nñ]adid[oa]|asignad[oa]|invitad[oa]|seleccionad[oa])\s+como\s+entrevistador(?:a)?\b|\bkit\s+de\s+entrevista\b" +
        @"|\b(?:ficha|hoja|tarjeta|formulario)\s+de\s+evaluaci[oó]n\b|\bscorecard\b|\b(?:completa|completar|rellena|env[ií]a)\s+(?:tu|su|la)\s+(?:evaluaci[oó]n|valoraci[oó]n|feedback)\s+(?:del|de\s+la|sobre\s+el|sobre\s+la)\s+candidat[oa]\b" +
        @"|\b(?:cv|curr[ií]culum|perfil)\s+(?:del|de\s+la)\s+candidat[oa]\b|\bvas\s+a\s+entrevistar\b|\bentrevistar[aá]s\s+a\b",
        Options)]
    private static partial Regex SpanishInterviewerNotice();

    [GeneratedRegex(@"(?i:\bcandidat[oa]\s*(?::|\))|\bentrevista\s+(?:con|a)\s+(?:el|la)\s+candidat[oa]\b|\bscorecard\b|\bkit\s+de\s+entrevista\b)|\b(?i:entrevistando\s+a)\s+[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex SpanishInterviewerSubject();

    [GeneratedRegex(@"\bcon\s+(?<who>(?:[^\n.,;()]|\.(?!\s)){2,80})", Options)]
    private static partial Regex SpanishWithSomeone();
}
