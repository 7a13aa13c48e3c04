using System.Text.RegularExpressions;

namespace OutlookFollowUp.Core.Classification;

internal static partial class ForeignVocabulary
{
    public static ClassifierVocabulary French { get; } = new()
    {
        Interview = FrenchInterview(),
        Ambiguous = FrenchAmbiguous(),
        Hiring = FrenchHiring(),
        StrongNegative = FrenchStrongNegative(),
        NegativeAnchors = System.Buffers.SearchValues.Create(
            ["podcast", "émission", "emission", "magazine", "journal", "quotidien", "revue", "blog", "chaîne", "chaine", "radio", "télé", "tele",
             "média", "media", "reportage", "article", "documentaire", "presse", "journaliste", "reporter", "chroniqu", "correspondant", "invité", "invite", "consul", "ambassade", "visa",
             "préfecture", "prefecture", "naturalisation", "annuel", "évaluation", "evaluation", "départ", "depart", "sortie", "professionnel",
             "fidélisation", "fidelisation", "fin d", "utilisat", "client", "recherche", "focus", "groupe de discussion", "blanc", "fictif",
             "entraînement", "entrainement", "simulation", "préparation", "preparation", "coaching", "webinai", "voiture", "véhicule",
             "vehicule", "chaudière", "chaudiere", "jardin", "locaux", "climatisation", "bâtiment", "batiment", "machine"],
            StringComparison.OrdinalIgnoreCase),
        WeakNegative = FrenchWeakNegative(),
        Informal = FrenchInformal(),
        OneWay = FrenchOneWay(),
        OneWayAnchors = System.Buffers.SearchValues.Create(["différ", "differ", "enregistr", "asynchrone", "sans recruteur", " ia", "hirevue"], StringComparison.OrdinalIgnoreCase),
        InterviewerNotice = FrenchInterviewerNotice(),
        InterviewerSubject = FrenchInterviewerSubject(),
        WithSomeone = FrenchWithSomeone(),
    };

    [GeneratedRegex(@"\bentretiens?\b|\bentrevues?\b|\bprocessus\s+de\s+recrutement\b|\bassessment\s+cent(?:er|re)\b", Options)]
    private static partial Regex FrenchInterview();

    [GeneratedRegex(@"\b(?:premier|deuxi[eè]me|second|troisi[eè]me|dernier)\s+tour\b|\b[eé]change\s+t[eé]l[eé]phonique\b|\bvisio(?:conf[eé]rence)?\b|\brencontre\s+avec\s+l'[eé]quipe\b", Options)]
    private static partial Regex FrenchAmbiguous();

    [GeneratedRegex(@"\b(?:poste|candidat(?:e|s|es)?|candidature|recrutement|recruteu(?:r|se)s?|ressources\s+humaines|RH|offre\s+d'emploi|emploi|embauche|CDI|CDD|alternance|stage)\b", Options)]
    private static partial Regex FrenchHiring();

    /// <summary>Phrases that make "entretien" or "interview" mean something else: the press, the consulate, an annual review, maintenance.</summary>
    [GeneratedRegex(
        @"\binterviews?\s+(?:pour|dans|avec)\s+(?:le|la|l'|notre|un|une)\s*(?:podcast|[eé]mission|magazine|journal|quotidien|revue|blog|cha[iî]ne|radio|t[eé]l[eé]vision|m[eé]dia|reportage|article|documentaire)\b|\bpodcast\b" +
        @"|\binterviews?\s+(?:de\s+presse|radio|t[eé]l[eé]vis[eé]e|t[eé]l[eé])\b|\b(?:notre|un|une|la)\s+journaliste\b|\bjournaliste\s+(?:de|du|chez)\b|\bje\s+suis\s+(?:journaliste|reporter|chroniqueu(?:r|se)|correspondante?)\b|\b(?:je\s+pr[eé]pare|j'[eé]cris|je\s+r[eé]dige|nous\s+pr[eé]parons|nous\s+[eé]crivons)\s+(?:un|une|le|notre)\s+(?:article|reportage|documentaire|portrait|dossier|podcast|[eé]pisode)\b|\bpour\s+(?:un|notre|le)\s+(?:article|reportage|documentaire|[eé]pisode)\b|\ben\s+tant\s+qu'invit[eé]e?\b|\bconf[eé]rence\s+de\s+presse\b" +
        @"|\b(?:rendez-vous|entretien)\s+(?:au\s+consulat|[aà]\s+l'ambassade|consulaire|de\s+visa|en\s+pr[eé]fecture|de\s+naturalisation|d'assimilation)\b|\b(?:consulat|ambassade|pr[eé]fecture|naturalisation)\b" +
        @"|\bentretien\s+(?:annuel|d'[eé]valuation|de\s+d[eé]part|de\s+sortie|professionnel|de\s+fid[eé]lisation|de\s+fin\s+d'ann[eé]e)\b" +
        @"|\bentretiens?\s+(?:utilisateurs?|clients?)\b|\brecherche\s+utilisateurs?\b|\btests?\s+(?:utilisateurs?|d'utilisabilit[eé])\b|\bgroupe\s+de\s+discussion\b|\bfocus\s+group\b" +
        @"|\bentretien\s+(?:blanc|fictif|d'entra[iî]nement)\b|\bsimulation\s+d'entretien\b|\bpr[eé]paration\s+(?:[aà]\s+l'|de\s+l')?entretien\b|\bcoaching\b|\bwebinaires?\b" +
        @"|\bentretien\s+(?:de\s+(?:la|l')|du|des)\s*(?:voiture|v[eé]hicule|chaudi[eè]re|jardin|locaux|climatisation|b[aâ]timent|machine)s?\b",
        Options)]
    private static partial Regex FrenchStrongNegative();

    [GeneratedRegex(@"\b(?:atelier|conf[eé]rence|s[eé]minaire|sondage|formation)\b", Options)]
    private static partial Regex FrenchWeakNegative();

    [GeneratedRegex(@"\bcaf[eé]\b|\bnetworking\b|\b[eé]change\s+informel\b|\bentretien\s+informatif\b", Options)]
    private static partial Regex FrenchInformal();

    [GeneratedRegex(@"\bentretiens?\s+(?:vid[eé]o\s+)?(?:diff[eé]r[eé]s?|enregistr[eé]s?|asynchrones?|pr[eé]enregistr[eé]s?)\b|\bentretien\s+en\s+diff[eé]r[eé]\b|\benregistrez\s+vos\s+r[eé]ponses\b|\bsans\s+recruteur\b|\bentretien\s+avec\s+(?:une\s+)?ia\b", Options)]
    private static partial Regex FrenchOneWay();

    [GeneratedRegex(
        @"\bvous\s+avez\s+[eé]t[eé]\s+(?:ajout[eé]e?|d[eé]sign[eé]e?|invit[eé]e?)\s+(?:en\s+tant\s+que|comme)\s+(?:recruteu(?:r|se)|intervieweu(?:r|se)|membre\s+du\s+jury)\b|\bkit\s+d'entretien\b|\b(?:grille|fiche)\s+d'[eé]valuation\b|\bscorecard\b" +
        @"|\b(?:remplir|compl[eé]ter|soumettre)\s+(?:votre|la|l')\s*[eé]valuation\s+du\s+candidat\b|\b(?:cv|profil)\s+du\s+candidat\b|\bvous\s+(?:allez\s+)?(?:faire\s+passer|m[eè]nerez)\s+(?:un|l')\s*entretien\b|\bvous\s+avez\s+un\s+nouvel\s+entretien\s+(?:programm[eé]|planifi[eé])\b",
        Options)]
    private static partial Regex FrenchInterviewerNotice();

    [GeneratedRegex(@"(?i:\bcandidat(?:e)?\s*(?::|\))|\bentretien\s+avec\s+(?:le|la)\s+candidat(?:e)?\b|\bscorecard\b|\bkit\s+d'entretien\b)", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchInterviewerSubject();

    [GeneratedRegex(@"\bavec\s+(?<who>(?:[^\n.,;()]|\.(?!\s)){2,80})", Options)]
    private static partial Regex FrenchWithSomeone();
}
