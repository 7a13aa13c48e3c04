using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Languages;

namespace OutlookFollowUp.Core.Extraction;

/// <summary>
/// How one language asks candidates not to make contact, or only not to ask about the status, and what merely looks
/// like it (a mailbox's "do not reply", "use the portal instead").
/// </summary>
internal sealed partial class ContactLexicon
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>A cheap test: a text without any of these words holds no request.</summary>
    public required Regex QuickCheck { get; init; }

    /// <summary>A request not to contact, call, follow up, send thanks; or not to ask about the status.</summary>
    public required Regex Request { get; init; }

    /// <summary>A statement that status questions go unanswered ("we do not give out status updates").</summary>
    public required Regex StatusOnlyStatement { get; init; }

    /// <summary>Words in the request itself that limit it to the status.</summary>
    public required Regex StatusWords { get; init; }

    /// <summary>What follows a request and limits it to the status ("… about the status of your application").</summary>
    public required Regex StatusPurpose { get; init; }

    /// <summary>What follows a request that makes it about this mailbox ("… to this email").</summary>
    public required Regex AboutThisMailbox { get; init; }

    /// <summary>A channel named instead ("use the portal instead").</summary>
    public required Regex Redirect { get; init; }

    /// <summary>The people a request is about ("… the interviewers"): then a redirect does not soften it.</summary>
    public required Regex AboutThePeople { get; init; }

    public static ContactLexicon English { get; } = new()
    {
        QuickCheck = NoContactDetector.QuickCheck(),
        Request = NoContactDetector.Request(),
        StatusOnlyStatement = NoContactDetector.StatusOnlyStatement(),
        StatusWords = NoContactDetector.StatusWords(),
        StatusPurpose = NoContactDetector.StatusPurpose(),
        AboutThisMailbox = NoContactDetector.AboutThisMailbox(),
        Redirect = NoContactDetector.Redirect(),
        AboutThePeople = NoContactDetector.AboutThePeople(),
    };

    public static ContactLexicon For(Language language) => language switch
    {
        Language.Spanish => Spanish,
        Language.French => French,
        Language.German => German,
        Language.Portuguese => Portuguese,
        _ => English,
    };

    // ---- Spanish ------------------------------------------------------------------------------------------------

    public static ContactLexicon Spanish { get; } = new()
    {
        QuickCheck = SpanishQuickCheck(),
        Request = SpanishRequest(),
        StatusOnlyStatement = SpanishStatusOnly(),
        StatusWords = SpanishStatusWords(),
        StatusPurpose = SpanishStatusPurpose(),
        AboutThisMailbox = SpanishAboutThisMailbox(),
        Redirect = SpanishRedirect(),
        AboutThePeople = SpanishAboutThePeople(),
    };

    [GeneratedRegex(@"contact|llam|escrib|env[ií]|seguimiento|estado|agradecimiento|absten|abst[eé]n|evit|atender|consult", Options)]
    private static partial Regex SpanishQuickCheck();

    // "Por favor, no responda a este correo" names no contact verb and so is no request.
    [GeneratedRegex(
        @"\b(?:por\s+favor,?\s+|le\s+(?:rogamos|pedimos)\s+(?:que\s+)?|te\s+(?:rogamos|pedimos)\s+(?:que\s+)?|(?:les\s+)?rogamos\s+(?:a\s+los\s+candidatos\s+)?(?:que\s+)?|pedimos\s+(?:a\s+los\s+candidatos\s+)?que\s+)?(?<!\b(?:nosotros|yo)\s)no\s+(?:nos\s+)?(?:contacte[ns]?|contactes|llame[ns]?|llames|escriba[ns]?|escribas|env[ií]e[ns]?\s+(?:notas|mensajes|correos|cartas)\s+de\s+agradecimiento|env[ií]es\s+(?:notas|mensajes|correos|cartas)\s+de\s+agradecimiento)\b" +
        @"|\b(?:abstenerse|abst[eé]ngase|abst[eé]nganse|abstente|evite[ns]?|evita|evitar)\s+(?:de\s+)?(?:contactar(?:nos)?|llamar(?:nos)?|hacer\s+seguimiento|enviar\s+(?:notas|mensajes|correos)\s+de\s+agradecimiento|ponerse\s+en\s+contacto|ponerte\s+en\s+contacto|consultar)\b" +
        @"|\bno\s+(?:haga|hagas|hagan)\s+seguimiento\b|\bno\s+(?:se\s+ponga|te\s+pongas|se\s+pongan)\s+en\s+contacto\b" +
        @"|\bno\s+(?:se\s+)?(?:atender[aá]n|responder[aá]n|contestar[aá]n)\s+(?:llamadas|consultas|correos|mensajes|solicitudes)\b" +
        @"|\bno\s+(?:es\s+necesario|hace\s+falta)\s+(?:enviar|mandar)\s+(?:notas?|mensajes?|correos?|cartas?)\s+de\s+agradecimiento\b",
        Options)]
    private static partial Regex SpanishRequest();

    [GeneratedRegex(
        @"\bno\s+(?:proporcionamos|damos|facilitamos|ofrecemos|podemos\s+(?:dar|proporcionar|facilitar|ofrecer))\s+(?:informaci[oó]n\s+sobre\s+el\s+estado|actualizaciones\s+(?:sobre\s+el\s+estado|individuales|de\s+estado)|el\s+estado\s+de\s+(?:las|su|tu)\s+candidaturas?)\b" +
        @"|\bno\s+(?:podemos|podremos|es\s+posible)\s+(?:responder|atender|contestar)\s+(?:a\s+)?(?:consultas|preguntas|solicitudes)\s+sobre\s+el\s+estado\b",
        Options)]
    private static partial Regex SpanishStatusOnly();

    [GeneratedRegex(@"\bestado\b|\bactualizaci|\bnovedades\b", Options)]
    private static partial Regex SpanishStatusWords();

    [GeneratedRegex(@"^\W*(?:\w+\W+){0,6}?(?:para|sobre|acerca\s+de|respecto\s+a|con\s+respecto\s+a|por)\s+(?:preguntar\s+(?:por|sobre)\s+|consultar\s+(?:por|sobre)?\s*|saber\s+)?(?:el\s+)?(?:estado|avance|progreso|novedades)\b", Options)]
    private static partial Regex SpanishStatusPurpose();

    [GeneratedRegex(@"^\s*(?:a\s+)?(?:este|esta)\s+(?:correo|mensaje|direcci[oó]n|buz[oó]n|e-?mail|invitaci[oó]n)", Options)]
    private static partial Regex SpanishAboutThisMailbox();

    [GeneratedRegex(@"\ben\s+su\s+lugar\b|\b(?:a\s+trav[eé]s\s+de|mediante|usando|utilice|utiliza|use)\s+(?:el|la|nuestro|nuestra)\s+(?:portal|formulario|web|p[aá]gina|plataforma|aplicaci[oó]n)\b", Options)]
    private static partial Regex SpanishRedirect();

    [GeneratedRegex(@"^\W*(?:a\s+)?(?:los|las|nuestros|nuestras)\s+(?:entrevistador\p{L}*|responsables|reclutador\p{L}*|miembros\s+del\s+equipo)\b", Options)]
    private static partial Regex SpanishAboutThePeople();

    // ---- French -------------------------------------------------------------------------------------------------

    public static ContactLexicon French { get; } = new()
    {
        QuickCheck = FrenchQuickCheck(),
        Request = FrenchRequest(),
        StatusOnlyStatement = FrenchStatusOnly(),
        StatusWords = FrenchStatusWords(),
        StatusPurpose = FrenchStatusPurpose(),
        AboutThisMailbox = FrenchAboutThisMailbox(),
        Redirect = FrenchRedirect(),
        AboutThePeople = FrenchAboutThePeople(),
    };

    [GeneratedRegex(@"contact|relanc|appel|t[eé]l[eé]phon|[eé]cri|envoy|suivi|remerci|absten|r[eé]pond", Options)]
    private static partial Regex FrenchQuickCheck();

    // "Merci de ne pas répondre à ce message" names no contact verb and so is no request.
    [GeneratedRegex(
        @"\b(?:merci\s+de\s+ne\s+pas|nous\s+vous\s+(?:prions|remercions|demandons)\s+de\s+ne\s+pas|veuillez\s+ne\s+pas|pri[eè]re\s+de\s+ne\s+pas|nous\s+demandons\s+aux\s+candidats\s+de\s+ne\s+pas|ne\s+pas)\s+(?:nous\s+|les\s+)?(?:contacter|recontacter|relancer|appeler|t[eé]l[eé]phoner|[eé]crire|envoyer\s+(?:de\s+)?(?:messages?|mails?|e-mails?|courriels?|lettres?|mots?)\s+de\s+remerciements?)\b" +
        @"|\bne\s+(?:nous\s+)?(?:contactez|relancez|appelez|t[eé]l[eé]phonez)\s+pas\b|\binutile\s+de\s+(?:nous\s+)?(?:relancer|contacter|rappeler)\b|\bmerci\s+de\s+vous\s+abstenir\s+de\s+(?:nous\s+)?(?:contacter|relancer|appeler)\b" +
        @"|\b(?:aucune|pas\s+de)\s+relance\b|\bnous\s+ne\s+(?:r[eé]pondrons|pourrons)\s+pas\s+(?:r[eé]pondre\s+)?aux\s+(?:demandes|relances|appels|sollicitations)\b",
        Options)]
    private static partial Regex FrenchRequest();

    [GeneratedRegex(
        @"\bnous\s+ne\s+(?:communiquons|donnons|fournissons|transmettons|pouvons\s+(?:pas\s+)?(?:communiquer|donner|fournir))\s+(?:pas\s+|aucune\s+)?(?:d'informations?|de\s+nouvelles|information)?\s*(?:sur|concernant)\s+(?:l'[eé]tat|l'avancement|le\s+suivi)\b" +
        @"|\bnous\s+ne\s+(?:pourrons|pouvons)\s+pas\s+r[eé]pondre\s+aux\s+demandes\s+de\s+suivi\b",
        Options)]
    private static partial Regex FrenchStatusOnly();

    [GeneratedRegex(@"\bsuivi\b|\b[eé]tat\b|\bavancement\b", Options)]
    private static partial Regex FrenchStatusWords();

    [GeneratedRegex(@"^\W*(?:de\s+suivi\b|(?:\w+\W+){0,6}?(?:pour|au\s+sujet\s+de|concernant|quant\s+[aà])\s+(?:(?:conna[iî]tre|savoir|demander)\s+)?(?:l'[eé]tat|l'avancement|le\s+suivi|o[uù]\s+en\s+est)\b)", Options)]
    private static partial Regex FrenchStatusPurpose();

    [GeneratedRegex(@"^\s*(?:[aà]\s+)?(?:cette|cet|ce)\s+(?:adresse|e-?mail|mail|message|courriel|invitation)", Options)]
    private static partial Regex FrenchAboutThisMailbox();

    [GeneratedRegex(@"\bplut[oô]t\b|\b(?:via|par|utilisez|passez\s+par)\s+(?:le|la|notre)\s+(?:portail|formulaire|site|plateforme|application)\b", Options)]
    private static partial Regex FrenchRedirect();

    [GeneratedRegex(@"^\W*(?:les|nos)\s+(?:recruteurs|interlocuteurs|membres\s+de\s+l'[eé]quipe|managers|intervieweurs)\b", Options)]
    private static partial Regex FrenchAboutThePeople();

    // ---- German -------------------------------------------------------------------------------------------------

    public static ContactLexicon German { get; } = new()
    {
        QuickCheck = GermanQuickCheck(),
        Request = GermanRequest(),
        StatusOnlyStatement = GermanStatusOnly(),
        StatusWords = GermanStatusWords(),
        StatusPurpose = GermanStatusPurpose(),
        AboutThisMailbox = GermanAboutThisMailbox(),
        Redirect = GermanRedirect(),
        AboutThePeople = GermanAboutThePeople(),
    };

    [GeneratedRegex(@"kontakt|anruf|anrufen|nachfrag|r[uü]ckfrag|anfrage|dankes|verzicht|abseh|absehen|Stand|Status|Auskunft", Options)]
    private static partial Regex GermanQuickCheck();

    // "Bitte antworten Sie nicht auf diese E-Mail" names no contact and so is no request.
    [GeneratedRegex(
        @"\bsehen\s+(?:Sie|du)\s+(?:bitte\s+)?(?:von\s+)?(?:telefonischen\s+|weiteren\s+|pers[oö]nlichen\s+)?(?:Nachfragen|R[uü]ckfragen|Anrufen|Kontaktaufnahmen?|Dankesschreiben|Dankes-?E-Mails)\b" +
        @"|\bvon\s+(?:telefonischen\s+|weiteren\s+|pers[oö]nlichen\s+)?(?:Nachfragen|R[uü]ckfragen|Anrufen|Kontaktaufnahmen?|Dankesschreiben)\s+(?:bitte\s+)?abzusehen\b" +
        @"|\bverzichten\s+(?:Sie|du)\s+(?:bitte\s+)?auf\s+(?:telefonische\s+|weitere\s+|pers[oö]nliche\s+)?(?:Nachfragen|R[uü]ckfragen|Anrufe|Kontaktaufnahmen?|Dankesschreiben)\b|\bauf\s+(?:telefonische\s+|weitere\s+)?(?:Nachfragen|R[uü]ckfragen|Anrufe)\s+zu\s+verzichten\b" +
        @"|\bbitte\s+(?:keine|nicht)\s+(?:telefonischen\s+)?(?:Nachfragen|R[uü]ckfragen|Anrufe|Dankesschreiben|Dankes-?E-Mails|kontaktieren|anrufen)\b|\bkontaktieren\s+Sie\s+uns\s+(?:bitte\s+)?nicht\b|\brufen\s+Sie\s+(?:uns\s+)?(?:bitte\s+)?nicht\s+an\b" +
        @"|\bkeine\s+(?:telefonischen\s+)?(?:Nachfragen|R[uü]ckfragen|Anrufe|Dankesschreiben)\b|\b(?:Nachfragen|Anfragen|R[uü]ckfragen)\s+(?:\S+\s+){0,5}?(?:k[oö]nnen|werden)\s+(?:wir\s+)?(?:leider\s+)?nicht\s+beantwort\p{L}*",
        Options)]
    private static partial Regex GermanRequest();

    [GeneratedRegex(
        @"\bwir\s+(?:k[oö]nnen|werden)\s+(?:leider\s+)?keine\s+(?:Auskunft|Ausk[uü]nfte|Informationen|Zwischenst[aä]nde|Zwischenmeldungen)\s+(?:zum|[uü]ber\s+den|zu\s+dem)\s+(?:aktuellen\s+)?(?:Stand|Status|Bewerbungsstand)\b" +
        @"|\bwir\s+geben\s+(?:leider\s+)?keine\s+(?:Auskunft|Ausk[uü]nfte|Zwischenst[aä]nde)\s+(?:zum|[uü]ber\s+den)\s+(?:Stand|Status|Bewerbungsstand)\b",
        Options)]
    private static partial Regex GermanStatusOnly();

    [GeneratedRegex(@"\bStand\b|\bStatus\b|\bZwischenstand\b|\bBewerbungsstand\b", Options)]
    private static partial Regex GermanStatusWords();

    [GeneratedRegex(@"^\W*(?:\w+\W+){0,6}?(?:zum|zu\s+dem|bez[uü]glich\s+des|nach\s+dem|[uü]ber\s+den)\s+(?:aktuellen\s+)?(?:Stand|Status|Bewerbungsstand)\b", Options)]
    private static partial Regex GermanStatusPurpose();

    [GeneratedRegex(@"^\s*(?:an\s+|auf\s+)?(?:diese|dieser|diesen)\s+(?:E-?Mail|Adresse|Nachricht|Absenderadresse|Einladung)", Options)]
    private static partial Regex GermanAboutThisMailbox();

    [GeneratedRegex(@"\bstattdessen\b|\b(?:[uü]ber|nutzen\s+Sie|verwenden\s+Sie)\s+(?:das|unser|unsere|die)\s+(?:Portal|Formular|Bewerberportal|Website|Plattform)\b", Options)]
    private static partial Regex GermanRedirect();

    [GeneratedRegex(@"^\W*(?:die|unsere)\s+(?:Interviewer\p{L}*|Gespr[aä]chspartner\p{L}*|Mitarbeit\p{L}*|Recruiter\p{L}*)\b", Options)]
    private static partial Regex GermanAboutThePeople();

    // ---- Portuguese ---------------------------------------------------------------------------------------------

    public static ContactLexicon Portuguese { get; } = new()
    {
        QuickCheck = PortugueseQuickCheck(),
        Request = PortugueseRequest(),
        StatusOnlyStatement = PortugueseStatusOnly(),
        StatusWords = PortugueseStatusWords(),
        StatusPurpose = PortugueseStatusPurpose(),
        AboutThisMailbox = PortugueseAboutThisMailbox(),
        Redirect = PortugueseRedirect(),
        AboutThePeople = PortugueseAboutThePeople(),
    };

    [GeneratedRegex(@"conta(?:c)?t|lig|telefon|envi|follow|status|andamento|agradecimento|evit|retorn|respond|procur", Options)]
    private static partial Regex PortugueseQuickCheck();

    // "Por favor, não responda a este e-mail" names no contact verb and so is no request.
    [GeneratedRegex(
        @"\b(?:por\s+favor,?\s+|pedimos\s+(?:a\s+gentileza\s+de\s+|que\s+)?|solicitamos\s+que\s+|gentileza\s+)?n[aã]o\s+(?:nos\s+)?(?:entre(?:m)?\s+em\s+conta(?:c)?to|ligue(?:m)?|telefone(?:m)?|envie(?:m)?\s+(?:mensagens?|e-?mails?|cartas?|notas?)\s+de\s+agradecimento|fa[cç]a(?:m)?\s+follow-?up|procure(?:m)?)\b" +
        @"|\b(?:evite(?:m)?|evitar)\s+(?:entrar\s+em\s+conta(?:c)?to|ligar|telefonar|fazer\s+follow-?up|cobrar\s+(?:um\s+)?retorno)\b" +
        @"|\bn[aã]o\s+(?:responderemos|atenderemos|retornaremos)\s+(?:a\s+|às\s+)?(?:liga[cç][oõ]es|mensagens|e-?mails|solicita[cç][oõ]es|contatos)\b" +
        @"|\bn[aã]o\s+(?:[eé]\s+necess[aá]rio|precisa)\s+(?:enviar|mandar)\s+(?:mensagens?|e-?mails?|cartas?|notas?)\s+de\s+agradecimento\b",
        Options)]
    private static partial Regex PortugueseRequest();

    [GeneratedRegex(
        @"\bn[aã]o\s+(?:fornecemos|damos|passamos|informamos|conseguimos\s+(?:fornecer|dar|passar|informar|responder))\s+(?:atualiza[cç][oõ]es|informa[cç][oõ]es|retorno)?\s*(?:sobre|a\s+respeito\s+d[oa]|quanto\s+ao)\s+(?:o\s+)?(?:status|andamento|situa[cç][aã]o)\b",
        Options)]
    private static partial Regex PortugueseStatusOnly();

    [GeneratedRegex(@"\bstatus\b|\bandamento\b|\batualiza[cç]", Options)]
    private static partial Regex PortugueseStatusWords();

    [GeneratedRegex(@"^\W*(?:\w+\W+){0,6}?(?:para|sobre|a\s+respeito\s+d[oa]|quanto\s+ao?)\s+(?:(?:saber|perguntar|consultar|verificar)\s+(?:sobre\s+)?)?(?:o\s+)?(?:status|andamento|situa[cç][aã]o)\b", Options)]
    private static partial Regex PortugueseStatusPurpose();

    [GeneratedRegex(@"^\s*(?:a\s+|para\s+)?(?:este|esta|esse|essa)\s+(?:e-?mail|mensagem|endere[cç]o|convite)", Options)]
    private static partial Regex PortugueseAboutThisMailbox();

    [GeneratedRegex(@"\bem\s+vez\s+disso\b|\b(?:pelo|pela|atrav[eé]s\s+d[oa]|use|utilize)\s+(?:o\s+|a\s+|nosso\s+|nossa\s+)?(?:portal|formul[aá]rio|site|plataforma|aplicativo)\b", Options)]
    private static partial Regex PortugueseRedirect();

    [GeneratedRegex(@"^\W*(?:os|as|nossos|nossas)\s+(?:entrevistador\p{L}*|recrutador\p{L}*|gestores|membros\s+da\s+equipe)\b", Options)]
    private static partial Regex PortugueseAboutThePeople();
}
