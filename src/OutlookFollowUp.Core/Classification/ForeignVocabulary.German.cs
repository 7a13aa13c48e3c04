using System.Text.RegularExpressions;

namespace OutlookFollowUp.Core.Classification;

internal static partial class ForeignVocabulary
{
    public static ClassifierVocabulary German { get; } = new()
    {
        Interview = GermanInterview(),
        Ambiguous = GermanAmbiguous(),
        Hiring = GermanHiring(),
        StrongNegative = GermanStrongNegative(),
        NegativeAnchors = System.Buffers.SearchValues.Create(
            ["podcast", "sendung", "magazin", "zeitung", "blog", "kanal", "radio", "fernseh", "tv", "artikel", "beitrag", "bericht", "reportage",
             "dokumentation", "presse", "journalist", "redakteur", "reporter", "korrespondent", "porträt", "gast", "visa", "visum", "botschaft", "konsulat", "ausländerbehörde",
             "auslanderbehorde", "einbürgerung", "einburgerung", "aufenthaltstitel", "austritt", "exit", "mitarbeitergespr", "jahresgespr",
             "entwicklungsgespr", "feedbackgespr", "bleibegespr", "zielvereinbarung", "personalgespr", "beurteilung", "nutzer", "kunden", "user",
             "usability", "fokusgruppe", "studie", "probe", "übung", "ubung", "mock", "training", "coaching", "webinar"],
            StringComparison.OrdinalIgnoreCase),
        WeakNegative = GermanWeakNegative(),
        Informal = GermanInformal(),
        OneWay = GermanOneWay(),
        OneWayAnchors = System.Buffers.SearchValues.Create(["zeitversetzt", "aufgezeichnet", "asynchron", "aufnehmen", "ohne", "ki-", "ki ", "hirevue"], StringComparison.OrdinalIgnoreCase),
        InterviewerNotice = GermanInterviewerNotice(),
        InterviewerSubject = GermanInterviewerSubject(),
        WithSomeone = GermanWithSomeone(),
    };

    [GeneratedRegex(@"\b(?:Vorstellungsgespr[aä]ch|Bewerbungsgespr[aä]ch|Bewerbungsinterview|Telefoninterview|Videointerview|Video-Interview|Online-Interview|Kennenlerngespr[aä]ch|Auswahlgespr[aä]ch|Einstellungsgespr[aä]ch|Zweitgespr[aä]ch|Assessment-?Center)(?:e|en|s)?\b|\bAuswahlverfahren\b", Options)]
    private static partial Regex GermanInterview();

    [GeneratedRegex(@"\b(?:Erstgespr[aä]ch|Fachgespr[aä]ch|Kennenlernen|Gespr[aä]ch|zweite\s+Runde|finale\s+Runde|letzte\s+Runde|Telefonat|Videocall)\b", Options)]
    private static partial Regex GermanAmbiguous();

    [GeneratedRegex(@"\b(?:Stelle|Position|Bewerbung|Bewerber(?:in|innen)?|Kandidat(?:in|en|innen)?|Stellenausschreibung|Stellenanzeige|Recruiting|Recruiter(?:in)?|Personalabteilung|Einstellung|Vakanz|Auswahlprozess|Bewerbungsprozess)\b", Options)]
    private static partial Regex GermanHiring();

    /// <summary>Phrases that make "Interview" or "Gespräch" mean something else: the press, the consulate, talks with one's own employer, research.</summary>
    [GeneratedRegex(
        @"\bInterviews?\s+(?:f[uü]r|mit|in)\s+(?:unseren?|den|die|das|einen?|der)\s+(?:Podcast|Sendung|Magazin|Zeitung|Blog|Kanal|Radio|Fernsehen|Artikel|Beitrag|Reportage|Dokumentation)\b|\bPodcast(?:folge|episode)?\b" +
        @"|\b(?:Presse|Radio|Fernseh|TV)-?[Ii]nterviews?\b|\b(?:unsere?|eine?)\s+(?:Journalist(?:in)?|Redakteur(?:in)?|Reporter(?:in)?)\b|\bich\s+bin\s+(?:freie[r]?\s+)?(?:Journalist(?:in)?|Redakteur(?:in)?|Reporter(?:in)?|Korrespondent(?:in)?)\b|\b(?:schreibe|schreiben|recherchiere|recherchieren|bereite|bereiten)\s+(?:ich|wir)\s+(?:gerade\s+)?(?:einen|eine|an\s+einem|an\s+einer)\s+(?:Artikel|Beitrag|Bericht|Reportage|Dokumentation|Porträt)\b|\bf[uü]r\s+(?:einen|unseren|den)\s+(?:Artikel|Beitrag|Bericht)\b|\bals\s+Gast\b|\bPressekonferenz\b" +
        @"|\b(?:Visa|Visum|Visums)-?(?:termin|interview|antrag)\p{L}*|\b(?:in\s+der|an\s+der|zur)\s+Botschaft\b|\bBotschaftstermin\b|\b(?:Konsulat|Ausl[aä]nderbeh[oö]rde|Einb[uü]rgerung\p{L}*|Aufenthaltstitel)\b" +
        @"|\b(?:Austrittsgespr[aä]ch|Exit-?Gespr[aä]ch|Exit-?Interview|Mitarbeitergespr[aä]ch|Jahresgespr[aä]ch|Entwicklungsgespr[aä]ch|Feedbackgespr[aä]ch|Bleibegespr[aä]ch|Zielvereinbarungsgespr[aä]ch|Personalgespr[aä]ch|Beurteilungsgespr[aä]ch)\p{L}*" +
        @"|\b(?:Nutzer|Kunden|User)-?(?:interview|befragung|forschung|test)s?\b|\bUsability-?Tests?\b|\bFokusgruppe\b|\bStudienteilnahme\b" +
        @"|\b(?:Probe|[UÜ]bungs|Mock)-?(?:interview|gespr[aä]ch|vorstellungsgespr[aä]ch)\p{L}*|\bBewerbungs(?:training|coaching)\b|\bInterviewtraining\b|\bWebinar\b",
        Options)]
    private static partial Regex GermanStrongNegative();

    [GeneratedRegex(@"\b(?:Workshop|Vortrag|Seminar|Umfrage|Schulung)\b", Options)]
    private static partial Regex GermanWeakNegative();

    [GeneratedRegex(@"\bKaffee\b|\bNetworking\b|\binformelle[sn]?\s+(?:Gespr[aä]ch|Austausch)\b", Options)]
    private static partial Regex GermanInformal();

    [GeneratedRegex(@"\b(?:zeitversetzte?s?|aufgezeichnete?s?|asynchrone?s?)\s+(?:Video-?)?(?:interview|Gespr[aä]ch)\b|\bnehmen\s+Sie\s+Ihre\s+Antworten\s+auf\b|\bohne\s+(?:Live-)?Interviewer\b|\bKI-?Interview\b", Options)]
    private static partial Regex GermanOneWay();

    [GeneratedRegex(
        @"\bSie\s+wurden\s+als\s+(?:Interviewer(?:in)?|Gespr[aä]chspartner(?:in)?)\s+(?:hinzugef[uü]gt|eingeplant|eingeladen)\b|\bInterview-?Kit\b|\b(?:Bewertungsbogen|Bewertungsformular|Evaluierungsbogen)\b|\bScorecard\b" +
        @"|\bFeedback\s+zu\s+(?:dem|der)\s+(?:Kandidat(?:en|in)|Bewerber(?:in)?)\b|\b(?:Lebenslauf|Profil|Unterlagen)\s+(?:des|der)\s+(?:Kandidat(?:en|in)|Bewerber(?:s|in))\b|\bSie\s+f[uü]hren\s+das\s+(?:Interview|Gespr[aä]ch)\b",
        Options)]
    private static partial Regex GermanInterviewerNotice();

    [GeneratedRegex(@"(?i:\b(?:Kandidat(?:in)?|Bewerber(?:in)?)\s*(?::|\))|\bInterview\s+mit\s+(?:Kandidat(?:in)?|Bewerber(?:in)?)\b|\bScorecard\b)", RegexOptions.CultureInvariant)]
    private static partial Regex GermanInterviewerSubject();

    [GeneratedRegex(@"\bmit\s+(?<who>(?:[^\n.,;()]|\.(?!\s)){2,80})", Options)]
    private static partial Regex GermanWithSomeone();
}
