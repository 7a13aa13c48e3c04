using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Model;

namespace OutlookFollowUp.Core.Replies;

/// <summary>What an employer's reply says, and why it reads so.</summary>
/// <param name="Outcome">The outcome; <see cref="ReplyOutcome.Other"/> when nothing is clear.</param>
/// <param name="Reasons">Plain sentences for the candidate: what decided it, and what was set aside (quoted text, negations).</param>
/// <param name="Evidence">The sentence of the reply that decided the outcome, or null for <see cref="ReplyOutcome.Other"/>.</param>
public sealed record OutcomeReading(ReplyOutcome Outcome, IReadOnlyList<string> Reasons, string? Evidence);

/// <summary>
/// Reads the outcome of an employer's reply from its subject and preview (DESIGN.md, "outcome of a reply"), in English
/// and, for the clearest phrases, Spanish, French, German and Portuguese. Conservative by design: only a phrase that
/// says so clearly makes a rejection ("we regret to inform you", "we have decided to move forward with other
/// candidates", "the position has been filled"); "unfortunately" alone never does; when unsure the answer is
/// <see cref="ReplyOutcome.Other"/>.
/// </summary>
/// <remarks>
/// <para>What is read: the subject, unless it is a reply or forward ("Re: Thank you" is the candidate's own subject),
/// and the preview up to the quoted earlier message ("On Tue, Amy wrote: …"), which never decides the outcome.</para>
/// <para>A phrase does not count when a negation stands just before it in its clause ("this is not an offer", "we
/// have not decided to move forward with other candidates") or when it is only a condition ("if we decide to move
/// forward with other candidates, …").</para>
/// <para>When several outcomes are said, the strongest wins: rejection, offer, next step, request, acknowledgement. A
/// rejection said together with an offer or a next step ("not for this role, but we'd like to invite you to interview
/// for another") is mixed and stays <see cref="ReplyOutcome.Other"/>, for the candidate to read: a rejection ends every
/// pending follow-up with the employer, so it must be unambiguous.</para>
/// </remarks>
public static partial class ReplyOutcomeClassifier
{
    private enum Guard
    {
        None,

        /// <summary>The clause must invite the candidate ("we'd like to", "please", "can you", "are you available").</summary>
        Invitation,

        /// <summary>The sentence must ask for something ("please", "could you", "we need", a question mark).</summary>
        Ask,

        /// <summary>The clause must speak to the candidate ("you", "your", "please"): "we use HackerRank for all hires" does not.</summary>
        Addressed,
    }

    private sealed record Cue(ReplyOutcome Kind, Regex Pattern, Guard Guard = Guard.None);

    private sealed record Signal(ReplyOutcome Kind, string Phrase, string Sentence, bool FromSubject);

    private static readonly ReplyOutcome[] Strength =
        [ReplyOutcome.Rejection, ReplyOutcome.Offer, ReplyOutcome.NextStep, ReplyOutcome.Request, ReplyOutcome.Acknowledgement];

    private static readonly Cue[] Cues =
    [
        new(ReplyOutcome.Rejection, RejectionEnglish()),
        new(ReplyOutcome.Rejection, RejectionNotForward()),
        new(ReplyOutcome.Rejection, RejectionOthers()),
        new(ReplyOutcome.Rejection, RejectionFilled()),
        new(ReplyOutcome.Rejection, RejectionOtherLanguages()),
        new(ReplyOutcome.Offer, OfferEnglish()),
        new(ReplyOutcome.Offer, OfferOtherLanguages()),
        new(ReplyOutcome.NextStep, NextStepForward()),
        new(ReplyOutcome.NextStep, NextStepInvited(), Guard.Invitation),
        new(ReplyOutcome.NextStep, NextStepScheduling(), Guard.Addressed),
        new(ReplyOutcome.NextStep, NextStepAssessment(), Guard.Addressed),
        new(ReplyOutcome.NextStep, NextStepOtherLanguages()),
        new(ReplyOutcome.Request, RequestObject(), Guard.Ask),
        new(ReplyOutcome.Request, RequestVerb()),
        new(ReplyOutcome.Request, RequestOtherLanguages()),
        new(ReplyOutcome.Acknowledgement, AcknowledgementEnglish()),
        new(ReplyOutcome.Acknowledgement, AcknowledgementOtherLanguages()),
    ];

    /// <summary>Reads a message's outcome from its subject and body preview.</summary>
    public static OutcomeReading Classify(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Classify(message.Subject, message.BodyPreview);
    }

    /// <summary>Reads an outcome from a subject and a plain-text preview (Graph's <c>bodyPreview</c>, up to 255 characters).</summary>
    public static OutcomeReading Classify(string? subject, string? preview)
    {
        var reasons = new List<string>();
        var signals = new List<Signal>();
        var setAside = new List<string>();

        var ownSubject = ReplyText.Subject(subject, out var prefixed);
        if (!prefixed && ownSubject.Length > 0)
        {
            Read(ownSubject, fromSubject: true, signals, setAside);
        }

        var own = ReplyText.Own(preview, out var quoted);
        foreach (var sentence in ReplyText.Sentences(own))
        {
            Read(sentence, fromSubject: false, signals, setAside);
        }

        var outcome = Decide(signals, out var decisive, out var mixed);
        if (mixed is not null)
        {
            reasons.Add(mixed);
        }
        else if (decisive is not null)
        {
            reasons.Add(Because(decisive));
        }
        else
        {
            reasons.Add(own.Length == 0 && (prefixed || ownSubject.Length == 0)
                ? "The reply has no text of its own to read, so it is read as a general reply."
                : "Nothing in the reply clearly says what happens next, so it is read as a general reply.");
        }

        reasons.AddRange(setAside.Distinct(StringComparer.Ordinal));
        if (quoted)
        {
            reasons.Add("The earlier message quoted below the reply was not read.");
        }

        return new OutcomeReading(outcome, reasons, decisive?.Sentence);
    }

    private static ReplyOutcome Decide(List<Signal> signals, out Signal? decisive, out string? mixed)
    {
        mixed = null;
        var rejection = signals.FirstOrDefault(s => s.Kind == ReplyOutcome.Rejection);
        var positive = signals.FirstOrDefault(s => s.Kind == ReplyOutcome.Offer) ?? signals.FirstOrDefault(s => s.Kind == ReplyOutcome.NextStep);
        if (rejection is not null && positive is not null)
        {
            decisive = null;
            mixed = $"The reply says both \"{Quote(rejection.Phrase)}\" and \"{Quote(positive.Phrase)}\", so it is left as a general reply for you to read.";
            return ReplyOutcome.Other;
        }

        foreach (var kind in Strength)
        {
            // The body speaks for the employer more than a subject line does: its phrase is the one quoted.
            decisive = signals.FirstOrDefault(s => s.Kind == kind && !s.FromSubject) ?? signals.FirstOrDefault(s => s.Kind == kind);
            if (decisive is not null)
            {
                return kind;
            }
        }

        decisive = null;
        return ReplyOutcome.Other;
    }

    private static void Read(string sentence, bool fromSubject, List<Signal> signals, List<string> setAside)
    {
        var counted = new List<(int Start, int End)>();
        var dropped = new List<(int Start, int End, string Reason)>();
        foreach (var cue in Cues)
        {
            foreach (Match m in cue.Pattern.Matches(sentence))
            {
                var clause = ClauseBefore(sentence, m.Index);
                var span = (m.Index, m.Index + m.Length);
                if (IsNegated(clause))
                {
                    dropped.Add((span.Item1, span.Item2, $"\"{Quote(Around(sentence, m))}\" is negated, so it does not count as {Article(cue.Kind)}."));
                }
                else if (Condition().IsMatch(clause))
                {
                    dropped.Add((span.Item1, span.Item2, $"\"{Quote(Around(sentence, m))}\" is only a condition, so it does not count as {Article(cue.Kind)}."));
                }
                else if (Passes(cue.Guard, sentence, m))
                {
                    signals.Add(new Signal(cue.Kind, m.Value.Trim(), sentence, fromSubject));
                    counted.Add(span);
                }
            }
        }

        // "we won't be moving forward with your application" is a counted rejection: that its words are also a negated
        // next step is no news to the candidate.
        foreach (var (start, end, reason) in dropped)
        {
            if (!counted.Any(c => c.Start < end && start < c.End))
            {
                setAside.Add(reason);
            }
        }
    }

    private static bool Passes(Guard guard, string sentence, Match m) => guard switch
    {
        Guard.Invitation => Invitation().IsMatch(ClauseAround(sentence, m)),
        Guard.Ask => AskCue().IsMatch(sentence),
        Guard.Addressed => Addressed().IsMatch(ClauseAround(sentence, m)),
        _ => true,
    };

    /// <summary>The text of the match's clause before it: from the last clause break before the match.</summary>
    private static string ClauseBefore(string sentence, int index)
    {
        var start = 0;
        foreach (var b in ClauseBreak().EnumerateMatches(sentence.AsSpan(0, index)))
        {
            start = b.Index + b.Length;
        }

        return sentence[start..index];
    }

    /// <summary>The match's whole clause.</summary>
    private static string ClauseAround(string sentence, Match m)
    {
        var before = ClauseBefore(sentence, m.Index);
        var end = m.Index + m.Length;
        var next = ClauseBreak().Match(sentence, end);
        var stop = next.Success ? next.Index : sentence.Length;
        return before + sentence[m.Index..stop];
    }

    /// <summary>A negation within the last four words before the phrase ("not a", "not yet ready to", "haven't").</summary>
    private static bool IsNegated(string clauseBefore)
    {
        var negation = Negation().Match(clauseBefore);
        Match? last = null;
        while (negation.Success)
        {
            last = negation;
            negation = negation.NextMatch();
        }

        if (last is null)
        {
            return false;
        }

        var between = clauseBefore[(last.Index + last.Length)..];
        return Word().Count(between) <= 3;
    }

    /// <summary>The phrase with up to five words of its clause before it, for a reason ("not a rejection", not just "rejection").</summary>
    private static string Around(string sentence, Match m)
    {
        var words = ClauseBefore(sentence, m.Index).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lead = string.Join(' ', words.Skip(Math.Max(0, words.Length - 5)));
        return (lead.Length > 0 ? lead + " " : "") + m.Value.Trim();
    }

    private static string Because(Signal s) => s.Kind switch
    {
        ReplyOutcome.Rejection => $"The reply says \"{Quote(s.Phrase)}\", which is a clear rejection.",
        ReplyOutcome.Offer => $"The reply says \"{Quote(s.Phrase)}\", which reads as a job offer.",
        ReplyOutcome.NextStep => $"The reply says \"{Quote(s.Phrase)}\", which is a next step: another interview, a call to schedule or an assessment.",
        ReplyOutcome.Request => $"The reply says \"{Quote(s.Phrase)}\": the employer is asking you for something.",
        _ => $"The reply says \"{Quote(s.Phrase)}\", which only acknowledges your message.",
    };

    private static string Article(ReplyOutcome kind) => kind switch
    {
        ReplyOutcome.Rejection => "a rejection",
        ReplyOutcome.Offer => "an offer",
        ReplyOutcome.NextStep => "a next step",
        ReplyOutcome.Request => "a request",
        ReplyOutcome.Acknowledgement => "an acknowledgement",
        _ => "a reply",
    };

    private static string Quote(string phrase)
    {
        var t = phrase.Trim().TrimEnd('.', ';', ',', ':');
        return t.Length <= 120 ? t : t[..117].TrimEnd() + "...";
    }

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Word();

    // ---- structure ------------------------------------------------------------------------------------------------

    [GeneratedRegex(@"[,;:()]|\s-\s|\b(?:but|however|although|though|whereas|yet\s+we)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:not|no|never|nor|neither|cannot|unable|without|nicht|kein(?:e|en|em|er)?|nie|pas|jamais|nunca|n[ãa]o)\b|n't\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:if|whether|unless|should\s+(?:we|you)|in\s+case|(?:before|once|when)\s+(?:we|you|i)|si|falls|wenn|ob)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Condition();

    [GeneratedRegex(@"\b(?:invite[ds]?|inviting|invitation|like|love|pleased|happy|excited|delighted|glad|thrilled|available|availability|can\s+you|could\s+you|would\s+you|are\s+you|will\s+you|let's|please|want\s+to|join\s+us|come\s+in|next\s+step)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Invitation();

    [GeneratedRegex(@"\b(?:you|your|please|invite|like\s+to|love\s+to|happy\s+to|next\s+step)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Addressed();

    [GeneratedRegex(@"\b(?:please|pls|kindly|could\s+you|can\s+you|would\s+you|will\s+you|would\s+it\s+be\s+possible|we(?:\s+will|'ll|\s+would|'d)?\s+need|i(?:\s+will|'ll)?\s+need|need\s+you\s+to|we\s+require|required|request(?:ing)?|ask(?:ing)?\s+(?:that\s+)?you|send\s+(?:us|me|over)|share|provide|submit|forward|upload|complete|fill\s+(?:out|in)|sign|attach|return|what\s+(?:is|are|would\s+be)|what's|let\s+(?:us|me)\s+know)\b|\?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskCue();

    // ---- rejection ------------------------------------------------------------------------------------------------

    // "We regret to inform you that we need to reschedule": bad news about the process, not the answer.
    private const string NotAnAnswer =
        @"\b(?:reschedul|postpon|delay|running\s+late|closed|out\s+sick|unavailable|unable\s+to\s+(?:attend|make|join)|move\s+(?:the|your|our)\s+(?:interview|call|meeting)" +
        @"|(?:interview|call|meeting|appointment)\s+(?:has\s+been|was|is|will\s+be)\s+(?:cancell?ed|moved)" +
        @"|reprogram|aplaz|pospon|retras|report(?:er|é)|d[ée]cal|verschieb|verlegen|adiar|remarcar|atras)";


    [GeneratedRegex(
        @"\bregret(?:fully)?\s+(?:to\s+)?(?:inform|tell|advise|notify|let)\s+you\b(?![^.!?]{0,80}?" + NotAnAnswer + ")" +
        @"|\b(?:you|your\s+(?:application|candidacy|candidature|profile))\s+(?:were|was|have|has)\s+not\s+(?:been\s+)?(?:selected|chosen|shortlisted|successful)\b" +
        @"|\b(?:you|your\s+(?:application|candidacy|candidature|profile))\s+(?:weren't|wasn't|haven't\s+been|hasn't\s+been)\s+(?:selected|chosen|shortlisted|successful)\b" +
        @"|\b(?:you|your\s+(?:application|candidacy|candidature))\s+(?:was|were|has\s+been|have\s+been)\s+unsuccessful\b" +
        @"|\b(?:not\s+(?:been\s+)?successful|unsuccessful)\s+(?:on\s+this\s+occasion|this\s+time)\b" +
        @"|(?:\bnot|n't|\bcannot|\bunable\s+to|\bnot\s+able\s+to|\bnot\s+in\s+a\s+position\s+to)\s+(?:be\s+)?(?:offer|offering|extend|extending|make|making)\s+(?:you\s+)?(?:an?\s+(?:\w+\s+)?offer|the\s+(?:position|role|job)|a\s+(?:position|role|job)|this\s+(?:position|role|job)|employment)\b" +
        @"|\bdecided\s+(?:not\s+to|to\s+not|against)\s+(?:(?:move|moving|proceed|proceeding|go|going|continue|continuing|progress|progressing|advance|advancing)\s+(?:forward\s+|ahead\s+|further\s+)?with\s+(?:you\b|your\s+(?:application|candidacy|candidature)\b)|(?:offer|offering|hire|hiring|extend|extending|pursue|pursuing)\b)" +
        @"|\bno\s+longer\s+(?:being\s+)?(?:considered|under\s+consideration|in\s+consideration)\b" +
        @"|(?:\bnot|n't)\s+(?:the\s+right|a\s+good|the\s+best|a\s+strong|a\s+great|the\s+strongest|the\s+ideal)\s+(?:fit|match)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RejectionEnglish();

    // "we will not be moving forward with your application", "we won't be progressing your candidacy".
    [GeneratedRegex(
        @"(?:\bnot|n't|\bcannot|\bno\s+longer|\bunable\s+to|\bnot\s+able\s+to)\s+(?:be\s+)?(?:to\s+)?(?:moving|move|proceeding|proceed|progressing|progress|advancing|advance|continuing|continue|pursuing|pursue)\s+(?:forward\s+|ahead\s+|further\s+)?(?:with\s+)?(?:you\b|your\s+(?:application|candidacy|candidature|profile)\b)" +
        @"|(?:\bnot|n't|\bno\s+longer)\s+(?:be\s+)?considering\s+(?:you|your\s+(?:application|candidacy))\s+(?:any\s+)?(?:further|for\s+(?:this|the)\s+(?:role|position|job))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RejectionNotForward();

    // "we have decided to move forward with other candidates", "we have selected another candidate".
    [GeneratedRegex(
        @"\b(?:decided|chosen|elected|opted|choosing|going)\s+to\s+(?:move|proceed|go|continue|press)\s+(?:forward\s+|ahead\s+|on\s+)?with\s+(?:(?:(?:an)?other|a\s+different|different|the\s+other|one\s+of\s+the\s+other)\s+(?:[\w-]+\s+){0,2}?(?:candidates?|applicants?|people|individuals?|profiles?|finalists?|person|applications?)\b|someone\s+else\b)" +
        @"|\b(?:moving|proceeding|going|move|proceed|go)\s+(?:forward|ahead)\s+with\s+(?:(?:an)?other|a\s+different|different|someone\s+else)\s+(?:candidates?|applicants?|people|individuals?|profiles?|finalists?|person)\b" +
        @"|\b(?:moving|proceeding|move|proceed)\s+(?:forward|ahead)\s+with\s+(?:the\s+)?(?:candidates?|applicants?)\s+(?:who|whose|that)\b" +
        @"|\b(?:pursue|pursuing|go\s+with|going\s+with|gone\s+with|went\s+with|hired|selected|chosen|chose|appointed|identified)\s+(?:an)?other\s+(?:candidates?|applicants?|individuals?|person)\b" +
        @"|\b(?:hired|appointed)\s+(?:a|the\s+successful|a\s+different)\s+(?:\w+\s+)?candidate\b" +
        @"|\b(?:selected|chosen|chose|identified|found|gone\s+with|went\s+with)\s+(?:the\s+successful|a\s+more\s+qualified|a\s+different)\s+(?:\w+\s+)?candidate\b" +
        @"|\b(?:selected|chosen|chose|identified|found|go\s+with|going\s+with|gone\s+with|went\s+with)\s+(?:a|the|our)\s+(?:\w+\s+)?candidate\s+(?:who|whose|that|for\s+(?:the|this)\s+(?:role|position|job)|to\s+fill)\b" +
        @"|\b(?:decided|chosen|opted)\s+to\s+pursue\s+(?:other\s+)?(?:candidates?|applicants?)\b" +
        @"|\b(?:gone|went|going|go|hired|selected|chosen|chose|picked)\s+(?:with\s+)?someone\s+else\b(?!\s+to\s+(?:lead|run|conduct|interview|host|join|meet|cover))" +
        @"|\b(?:extended|made|offered)\s+(?:an\s+offer|the\s+(?:position|role|job))\s+to\s+(?:another|a\s+different|other|someone\s+else|a\s+candidate|one\s+of)\b" +
        @"|\b(?:go|going|went|gone)\s+in\s+a\s+different\s+direction\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RejectionOthers();

    [GeneratedRegex(
        @"\b(?:position|role|job|vacancy|opening|post|requisition)\s+(?:has|had)\s+(?:now\s+|already\s+|since\s+)?been\s+(?:filled|closed|cancell?ed)\b(?!\s+(?:to|for)\s+(?:new\s+|further\s+|external\s+|additional\s+)?(?:applica|candida))" +
        @"|\b(?:position|role|job|vacancy|opening|post)\s+(?:is|was)\s+(?:now\s+|already\s+)?(?:filled|no\s+longer\s+(?:available|open))\b" +
        @"|\bwe(?:\s+have|'ve)\s+(?:now\s+|already\s+)?filled\s+(?:the|this|that)\s+(?:position|role|job|vacancy|opening)\b" +
        @"|\bno\s+longer\s+(?:hiring|recruiting)\s+for\s+(?:this|the|that)\s+(?:position|role|job|opening)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RejectionFilled();

    [GeneratedRegex(
        // Spanish
        @"\blament(?:amos|o)\s+(?:mucho\s+)?(?:informarte|informarle|informarles|comunicarte|comunicarle|decirte|decirle)\b(?![^.!?]{0,80}?" + NotAnAnswer + ")" +
        @"|\bno\s+(?:has|ha|han)\s+sido\s+seleccionad[oa]s?\b" +
        @"|\bdecidido\s+(?:continuar|seguir|avanzar|proseguir)\s+con\s+otr[oa]s?\s+(?:candidat|perfil|postulant)" +
        @"|\b(?:vacante|posici[óo]n|puesto|plaza)\s+(?:ya\s+)?(?:ha\s+sido|fue)\s+cubiert[oa]\b" +
        @"|\bno\s+(?:continuar|seguir|avanzar)[a-z]*\s+con\s+(?:tu|su)\s+(?:candidatura|postulaci[óo]n|solicitud)\b" +
        // French
        @"|\bnous\s+(?:avons\s+le\s+regret|sommes\s+au\s+regret)\b(?![^.!?]{0,80}?" + NotAnAnswer + ")" +
        @"|\b(?:votre\s+candidature|vous)\s+n'(?:a|avez)\s+pas\s+[ée]t[ée]\s+(?:retenue?s?|s[ée]lectionn[ée]e?s?)\b" +
        @"|\bne\s+(?:pas\s+)?pouvons\s+pas\s+(?:donner\s+(?:une\s+)?suite|retenir\s+votre\s+candidature)" +
        @"|\bne\s+pas\s+donner\s+suite\b|\bpas\s+(?:pu\s+)?donner\s+une\s+suite\s+favorable\b" +
        @"|\bposte\s+(?:a\s+(?:d[ée]j[àa]\s+)?[ée]t[ée]|est\s+(?:d[ée]j[àa]\s+)?)\s*pourvu\b" +
        @"|\b(?:d[ée]cid[ée]|choisi)\s+de\s+(?:poursuivre|continuer)\s+avec\s+(?:une?\s+)?autres?\s+(?:candidat|profil)" +
        // German
        @"|(?:\bleider\s+m(?:ü|u|ue)ssen\s+wir\s+ihnen\s+mitteilen|\bm(?:ü|u|ue)ssen\s+wir\s+ihnen\s+leider\s+mitteilen)\b(?![^.!?]{0,80}?" + NotAnAnswer + ")" +
        @"|\b(?:uns|sich)\s+(?:leider\s+)?f(?:ü|u|ue)r\s+(?:eine?n?\s+)?andere[nr]?\s+(?:kandidat|bewerber)" +
        @"|\bnicht\s+(?:weiter\s+)?ber(?:ü|u|ue)cksichtig|\bnicht\s+in\s+die\s+engere\s+wahl\b|\bkeine\s+positive\s+r(?:ü|u|ue)ckmeldung\b" +
        @"|\b(?:stelle|position)\s+(?:ist|wurde)\s+(?:bereits\s+|inzwischen\s+)?(?:besetzt|vergeben)\b" +
        // Portuguese
        @"|\blamentamos\s+(?:informar|comunicar)\b(?![^.!?]{0,80}?" + NotAnAnswer + ")" +
        @"|\b(?:voc[êe]|candidatura)\s+n[ãa]o\s+foi\s+(?:selecionad[oa]|aprovad[oa])\b" +
        @"|\binfelizmente\b[^.!?]{0,60}?\bn[ãa]o\s+(?:foi\s+selecionad|seguiremos|avan[çc]aremos|prosseguiremos|daremos\s+continuidade)" +
        @"|\b(?:optamos|decidimos)\s+(?:por\s+)?(?:seguir|prosseguir|avan[çc]ar|continuar)\s+com\s+outr[oa]s?\s+(?:candidat|perfi)" +
        @"|\bvaga\s+(?:j[áa]\s+)?foi\s+preenchida\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RejectionOtherLanguages();

    // ---- offer ----------------------------------------------------------------------------------------------------

    [GeneratedRegex(
        @"\b(?:extend|extending|make|making|present|presenting|send|sending)\s+(?:you\s+)?(?:an?|our|the|this)\s+(?:(?:formal|verbal|written|official|conditional|final|job|employment)\s+){0,2}offer\b(?!\s+to\s+(?:another|a\s+different|other|someone|one\s+of|the\s+other))" +
        @"|\b(?:pleased|happy|delighted|excited|thrilled|glad)\s+to\s+offer\s+you\b" +
        @"|\boffer\s+you\s+(?:the|a|this)\s+(?:[\w-]+\s+){0,3}?(?:position|role|job|post)\b(?![\s-]*play)" +
        @"|(?<!\bother\s)(?<!\banother\s)\b(?:job|employment|formal|written|verbal|official|conditional)\s+offer\b" +
        @"|\boffer\s+(?:letter|of\s+employment|package|details|terms|paperwork)\b" +
        @"|\b(?:move|moving|go|going)\s+(?:forward|ahead)\s+with\s+(?:an?|the)\s+(?:[\w-]+\s+)?offer\b(?!\s+to\s+(?:another|a\s+different|other|someone))" +
        @"|\b(?:prepare|preparing|put\s+together|putting\s+together|draft|drafting|finali[sz]e|finali[sz]ing)\s+(?:an?|your|the)\s+(?:[\w-]+\s+)?offer\b(?!\s+(?:to|for)\s+(?:another|a\s+different|other|someone))" +
        @"|\bwelcome\s+(?:you\s+)?(?:to\s+(?:the|our)\s+team|aboard)\b" +
        @"|\byou(?:'ve|\s+have)?\s+(?:been\s+)?(?:selected|chosen)\s+(?:as|for)\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}?(?:position|role|job|hire)\b(?!\s+interview)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferEnglish();

    [GeneratedRegex(
        @"\b(?:hacerte|hacerle|extenderte|extenderle|enviarte|enviarle|presentarte|presentarle)\s+(?:una|la|nuestra)\s+(?:oferta|propuesta)\b|\bofrecer(?:te|le)\s+(?:el|la)\s+(?:puesto|posici[óo]n|vacante|plaza)\b|\bcarta\s+(?:de\s+)?oferta\b" +
        @"|\bvous\s+(?:faire|proposer|adresser|soumettre|transmettre)\s+(?:une|notre)\s+(?:offre|proposition)\b|\bvous\s+proposer\s+le\s+poste\b|\b(?:proposition|promesse)\s+d'embauche\b" +
        @"|\bihnen\s+(?:die\s+(?:stelle|position)\s+anbieten|ein\s+(?:vertrags|arbeits)?angebot\s+(?:machen|unterbreiten|senden|schicken))\b|\bvertragsangebot\b" +
        @"|\boferecer(?:-lhe|-te)?\s+(?:a\s+vaga|o\s+cargo|a\s+posi[çc][ãa]o)\b|\bproposta\s+(?:formal\s+)?de\s+(?:emprego|trabalho|contrata[çc][ãa]o)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferOtherLanguages();

    // ---- next step ------------------------------------------------------------------------------------------------

    [GeneratedRegex(
        @"\b(?:move|moving|advance|advancing|progress|progressing|bring|bringing|take|taking|invite|inviting|put|putting)\s+you\s+(?:(?:forward|on|through|back|ahead|in|over)\s+)?(?:to|into|for|in)\s+(?:the|a|an|our|another|your)\s+(?:(?:next|second|2nd|third|3rd|fourth|final|last|following|onsite|on-site|in-person|panel|technical|follow-up)[\s-]+){0,2}(?:round|stage|step|phase|interview|conversation|call|meeting|chat|assessment|onsite|visit)s?\b" +
        @"|\b(?:move|moving|proceed|proceeding|go|going)\s+(?:forward|ahead)\s+with\s+(?:you\b|your\s+(?:application|candidacy|candidature)\b)" +
        @"|\byou(?:'ve|\s+have|'re|\s+are)?\s+(?:been\s+)?(?:selected|shortlisted|chosen|invited|advanced|moved\s+forward|moving\s+forward|progressed|through)\s+(?:to|for|into)\s+(?:the|a|an)\s+(?:next|second|2nd|third|final|following)\b" +
        @"|\bnext\s+steps?\s+(?:in\s+the\s+process\s+)?(?:is|are|will\s+be|would\s+be)\s+(?:(?:a|an|the|your)\s+(?:[\w-]+\s+){0,3}?(?:interview|call|conversation|chat|meeting|assessment|test|exercise|onsite|visit|round|panel|presentation)s?\b|to\s+(?:schedule|set\s+up|book|arrange|meet|speak|chat|talk|complete|do|take|invite|bring|have\s+you))" +
        @"|\binterview\s+invitation\b|\binvitation\s+to\s+(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:interview|assessment|round)\b" +
        @"|\byou(?:'ve|\s+have)?\s+(?:successfully\s+)?(?:passed|cleared)\s+(?:the|our|your)\s+(?:[\w-]+\s+){0,2}?(?:round|stage|screen|screening|interview)\b" +
        @"|\b(?:are|would|will)\s+you\s+(?:be\s+)?(?:available|free|able)\s+(?:for\s+(?:a|an|the|another|our)\b|to\s+(?:meet|join|come|speak|talk|chat|interview|hop)\b|on\b|at\b|this\b|next\b|tomorrow\b|later\b|between\b|sometime\b)" +
        @"|\byour\s+availability\s+(?:for|to)\s+(?:a|an|the|another|our|meet|speak|chat|talk|interview|join)\b" +
        @"|\byour\s+(?:[\w-]+\s+){0,2}?(?:interview|call|onsite|on-site|visit|assessment)\s+(?:is|has\s+been|will\s+be)\s+(?:now\s+)?(?:scheduled|confirmed|booked|set)\b" +
        @"|\b(?:times?|slots?)\b[^.!?]{0,30}?\bworks?\s+(?:best\s+)?for\s+you\b|\b(?:pick|book|select|choose|grab)\s+a\s+(?:time|slot)\b" +
        @"|\binvit(?:e|ing)\s+you\s+(?:back\s+)?to\s+(?:join\s+us|come\s+in|come\s+back|meet|visit|speak|chat|interview)\b" +
        @"|\b(?:find|pick|book|grab|set\s+up)\s+(?:a\s+|some\s+)?time\s+to\s+(?:chat|talk|meet|speak|connect)\b|\b(?:calendly|goodtime)\b" +
        @"|\blooking\s+forward\s+to\s+(?:meeting|seeing|speaking\s+(?:with|to)|talking\s+(?:with|to)|chatting\s+with)\s+you\s+(?:again\s+)?(?:on|at|next|this|tomorrow)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextStepForward();

    // Needs an invitation in its clause: "we'd like to invite you to a second interview" is; "we are holding final
    // interviews" and "our final interviews are scheduled for next week" are not.
    [GeneratedRegex(
        @"\b(?:second|2nd|third|3rd|final|follow[\s-]?up|next|onsite|on-site|in-person|panel|technical|second[\s-]round|final[\s-]round)\s+(?:round\s+)?(?:interview|conversation|round)s?\b" +
        @"|\bmeet\s+(?:with\s+)?(?:the|our)\s+(?:rest\s+of\s+the\s+)?(?:team|hiring\s+manager|ceo|cto|founders?|director|vp|head\s+of\s+\w+)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextStepInvited();

    // Needs the candidate addressed: "I'd like to set up a call", "can we schedule your onsite".
    [GeneratedRegex(
        @"\b(?:schedule|set\s+up|arrange|book|coordinate|organi[sz]e|find\s+(?:a\s+)?time\s+for)\s+(?:a|an|the|your|another|some\s+time\s+for\s+(?:a|an|the|your))\s+(?:[\w-]+\s+){0,3}?(?:interview|call|meeting|conversation|chat|onsite|on-site|visit|assessment|session)\b" +
        @"|\bas\s+(?:a|the)\s+next\s+step\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextStepScheduling();

    [GeneratedRegex(
        @"\b(?:technical|coding|online|skills?|take[\s-]?home|written|case|personality|cognitive|aptitude|psychometric|programming|design)\s+(?:assessment|test|exercise|challenge|assignment|task|study)s?\b" +
        @"|\b(?:hackerrank|codility|codesignal|testgorilla|coderpad)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextStepAssessment();

    [GeneratedRegex(
        @"\b(?:invitarte|invitarle|invitarlos|citarte|citarle)\s+a\s+(?:una|la)\s+(?:(?:segunda|siguiente|pr[óo]xima|nueva)\s+)?(?:entrevista|reuni[óo]n|fase|etapa|prueba)\b|\b(?:pasar|pasas|pasa|avanzar|avanzas|continuar)\s+a\s+la\s+(?:siguiente|pr[óo]xima|segunda)\s+(?:fase|etapa|ronda)\b|\bsegunda\s+entrevista\b|\bprueba\s+t[ée]cnica\b" +
        @"|\bvous\s+(?:inviter|convier|convoquer)\s+(?:[\w'-]+\s+){0,4}?(?:entretien|rencontre|[ée]tape|test)\b|\b(?:second|deuxi[èe]me|dernier)\s+entretien\b|\btest\s+technique\b|\b[ée]tape\s+suivante\b" +
        @"|\b(?:zweites|zweiten|weiteres|weiteren|finales|finalen)\s+(?:vorstellungs)?(?:gespr[äa]ch|interview)\b|\b(?:n[äa]chste|n[äa]chsten)\s+(?:runde|stufe)\b|\beinladung\s+zu[mr]?\s+(?:einem\s+|einer\s+)?(?:zweiten\s+|weiteren\s+)?(?:vorstellungs)?(?:gespr[äa]ch|interview|termin)\b|\btechnische[nrs]?\s+(?:test|aufgabe)\b" +
        @"|\b(?:avan[çc]ou|avan[çc]ar|passou|seguir[áa]|aprovad[oa])\s+para\s+a\s+(?:pr[óo]xima|seguinte)\s+(?:etapa|fase)\b|\bconvidar(?:-lhe|-te|-la|-lo)?\s+para\s+(?:uma|a)\s+(?:(?:nova|segunda)\s+)?(?:entrevista|conversa|etapa)\b|\bteste\s+t[ée]cnico\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextStepOtherLanguages();

    // ---- request --------------------------------------------------------------------------------------------------

    [GeneratedRegex(
        @"\b(?:(?:professional\s+)?references?|referees|transcripts?|portfolio|work\s+samples?|writing\s+samples?|samples?\s+of\s+your\s+work|(?:updated|latest|current)\s+(?:resume|cv|r[ée]sum[ée])|cover\s+letter|diplomas?|degree\s+certificates?|proof\s+of\s+(?:identity|address|eligibility|education)|right[\s-]+to[\s-]+work|work\s+(?:permit|authori[sz]ation)|visa\s+status|photo\s+id|identification|passport|background[\s-]+check|(?:consent|application|questionnaire|onboarding|tax|authori[sz]ation)\s+forms?|(?:the|this|a|our)\s+(?:attached\s+|short\s+|brief\s+|following\s+)?(?:form|questionnaire|survey)|salary\s+(?:expectations?|requirements?|range)|desired\s+(?:salary|compensation)|compensation\s+expectations?|current\s+(?:salary|compensation)|notice\s+period|start\s+date|availability|available\s+to\s+start|when\s+you\s+(?:could|can|would\s+be\s+able\s+to)\s+start|(?:other|competing)\s+offers?|offer\s+deadline)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestObject();

    [GeneratedRegex(
        @"\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:send|share|provide|forward|email|upload|submit|complete|fill\s+(?:out|in)|sign)\s+(?:(?:me|us|over)\s+)?(?:a|an|the|your|some|copies|copy|three|two|\d+)\b" +
        @"|\bplease\s+(?:send|share|provide|forward|upload|submit|complete|fill\s+(?:out|in)|sign|return)\s+(?:(?:me|us|over)\s+)?(?:a|an|the|your|this|these|three|two|\d+|copies|copy|some)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestVerb();

    [GeneratedRegex(
        @"\b(?:por\s+favor|podr[íi]as|podr[íi]a|puedes|puede|necesitamos|env[íi]a(?:me|nos)|env[íi]e(?:me|nos))\b[^.!?]{0,60}?\b(?:referencias|documentos?|formulario|disponibilidad|expectativas\s+salariales|pretensiones\s+salariales)\b" +
        @"|\b(?:merci\s+de|pourriez-vous|pouvez-vous|veuillez|nous\s+avons\s+besoin)\b[^.!?]{0,60}?\b(?:r[ée]f[ée]rences|documents?|formulaire|disponibilit[ée]s?|pr[ée]tentions\s+salariales)" +
        @"|\b(?:bitte|k[öo]nnten\s+sie|k[öo]nnen\s+sie|ben[öo]tigen|brauchen)\b[^.!?]{0,60}?\b(?:referenzen|zeugnisse|unterlagen|dokumente|formular|verf[üu]gbarkeit|gehaltsvorstellung(?:en)?)\b" +
        @"|\b(?:por\s+favor|poderia|pode|precisamos|envie)\b[^.!?]{0,60}?\b(?:refer[êe]ncias|documentos?|formul[áa]rio|disponibilidade|pretens[ãa]o\s+salarial)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestOtherLanguages();

    // ---- acknowledgement ------------------------------------------------------------------------------------------

    [GeneratedRegex(
        @"\b(?:we|i)(?:'ve|\s+have)?\s+(?:successfully\s+|safely\s+)?received\s+(?:your|the)\s+(?:job\s+)?(?:application|resume|cv|r[ée]sum[ée]|submission|message|email|e-mail|note|thank[\s-]*you(?:\s+note)?|materials|documents|portfolio|references|forms?|assessment|test|exercise)\b" +
        @"|\byour\s+(?:job\s+)?(?:application|submission|resume|cv)\s+(?:for\s+[^.!?]{1,60}?\s+)?(?:has\s+been|was|is)\s+(?:successfully\s+)?(?:received|submitted)\b" +
        @"|\bthank(?:s|\s+you)\s+(?:so\s+much\s+|very\s+much\s+|again\s+|a\s+lot\s+)?for\s+(?:your|the)\s+(?:kind\s+|lovely\s+|nice\s+|thoughtful\s+|quick\s+|prompt\s+|warm\s+|follow[\s-]*up\s+)?(?:note|message|email|e-mail|words|thank[\s-]*you(?:\s+(?:note|email|message))?|follow[\s-]*up|reply|response|update)\b" +
        @"|\bthank(?:s|\s+you)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:applying|your\s+(?:application|interest|patience)|following\s+up|checking\s+in|reaching\s+out|the\s+nudge)\b" +
        @"|\b(?:you're|you\s+are)\s+(?:very\s+|most\s+)?welcome\b|\b(?:my|our)\s+pleasure\b|\blikewise\b" +
        @"|\b(?:passed|passing|shared|forwarded)\s+(?:your\s+(?:note|message|email|thank[\s-]*you(?:\s+note)?)|it)\s+(?:along|on)\s+to\b" +
        @"|\b(?:great|nice|lovely|a\s+pleasure|good|wonderful)\s+(?:to\s+)?(?:meet|meeting|speak|speaking|talk|talking|chat|chatting)(?:\s+with)?\s+you\s+(?:too|as\s+well)\b" +
        @"|\b(?:application|submission)\s+(?:received|confirmation)\b|\bthis\s+is\s+an\s+automated\s+(?:message|confirmation|response|reply)\b|\bconfirm(?:s|ing)?\s+(?:that\s+)?(?:we(?:'ve|\s+have)?\s+)?(?:received|receipt\s+of)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AcknowledgementEnglish();

    [GeneratedRegex(
        @"\bhemos\s+recibido\s+(?:tu|su)\s+(?:solicitud|candidatura|postulaci[óo]n|mensaje|correo)\b|\bgracias\s+por\s+(?:tu|su)\s+(?:mensaje|correo|nota|e-?mail|postulaci[óo]n|candidatura|inter[ée]s)\b" +
        @"|\bnous\s+avons\s+(?:bien\s+)?re[çc]u\s+votre\s+(?:candidature|message|courriel|e-?mail)\b|\bmerci\s+(?:beaucoup\s+)?(?:pour|de)\s+votre\s+(?:message|mot|courriel|e-?mail|candidature|int[ée]r[êe]t)\b|\baccus[ée]\s+de\s+r[ée]ception\b" +
        @"|\b(?:wir\s+haben|haben\s+wir)\s+ihre\s+(?:bewerbung|nachricht|e-?mail|unterlagen)\s+(?:erhalten|bekommen|empfangen)\b|\b(?:vielen\s+)?dank\s+f(?:ü|u|ue)r\s+ihre\s+(?:nachricht|e-?mail|mail|bewerbung|zeilen|r(?:ü|u|ue)ckmeldung|interesse)\b|\beingangsbest(?:ä|a|ae)tigung\b" +
        @"|\brecebemos\s+(?:a\s+)?(?:sua|tua)\s+(?:candidatura|mensagem|inscri[çc][ãa]o|curr[íi]culo)\b|\bobrigad[oa]\s+(?:pela|por)\s+(?:a\s+)?(?:sua\s+)?(?:mensagem|nota|candidatura|e-?mail|interesse)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AcknowledgementOtherLanguages();
}
