using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Recipients;

namespace OutlookFollowUp.Core.Classification;

/// <summary>What an event is to the user.</summary>
public enum InterviewKind
{
    /// <summary>The user is the candidate in a job interview.</summary>
    CandidateInterview,

    /// <summary>A job interview in which the user is on the hiring side.</summary>
    Interviewer,

    /// <summary>Anything else, including things that merely say "interview" (a podcast, an exit interview, a mock interview).</summary>
    NotInterview,
}

/// <summary>The verdict and the readable reasons for it.</summary>
public sealed record InterviewClassification(InterviewKind Kind, IReadOnlyList<string> Reasons)
{
    /// <summary>
    /// True for a one-way video or AI-interviewer session: a candidate interview with nobody from the employer in it,
    /// so nobody to thank.
    /// </summary>
    public bool IsOneWay { get; init; }

    /// <summary>The contract's spelling: candidate-interview, interviewer, not-interview.</summary>
    public string Label => Kind switch
    {
        InterviewKind.CandidateInterview => "candidate-interview",
        InterviewKind.Interviewer => "interviewer",
        _ => "not-interview",
    };
}

/// <summary>
/// Tells a candidate's job interview from one where the user interviews, and from events that merely mention interviews.
/// Signals are combined rather than trusting one keyword: interview vocabulary, a job title, the scheduling system
/// that sent the invite, which organization the organizer and attendees belong to, and negative vocabulary. Each
/// signal is looked for in every language the invite is read in (<see cref="ClassifierVocabulary"/>): English always,
/// plus the invite's own.
/// </summary>
public static partial class InterviewClassifier
{
    private const int InterviewThreshold = 3;

    // "Podcast", "UX research" or "customer research" followed by a job noun name a role ("UX Research Lead"), not the event.
    private const string NotARole =
        @"(?![\s-]+(?:producer|host|editor|engineer|manager|coordinator|director|lead|assistant|writer|researcher|specialist|strategist|intern|creator|booker|analyst|designer|scientist|associate|partner|head|architect|consultant|officer|operations|ops)s?\b)";

    /// <summary>Classifies an event.</summary>
    /// <param name="calendarEvent">The event.</param>
    /// <param name="bodyText">Its body as plain text.</param>
    /// <param name="user">The mailbox owner.</param>
    /// <param name="role">The job title found in the invite, if any.</param>
    public static InterviewClassification Classify(CalendarEvent calendarEvent, string bodyText, MailboxUser user, string? role) =>
        Classify(calendarEvent, bodyText, user, () => role);

    /// <summary>
    /// Classifies an event, asking for the role only when it can change the verdict or the reasons: most calendar
    /// events are plainly not interviews, and reading a role out of them would be wasted work.
    /// </summary>
    public static InterviewClassification Classify(CalendarEvent calendarEvent, string bodyText, MailboxUser user, Func<string?> role)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        return Classify(calendarEvent, bodyText, user, role, LanguageDetector.Detect(Text.PlainText.Normalize(calendarEvent.Subject), bodyText).ReadingLanguages(null));
    }

    /// <summary>Classifies an event read in the given languages (English first: <see cref="LanguageDetection.ReadingLanguages"/>).</summary>
    public static InterviewClassification Classify(CalendarEvent calendarEvent, string bodyText, MailboxUser user, Func<string?> role, IReadOnlyList<Language> languages)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(calendarEvent);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(languages);
        var vocabularies = ClassifierVocabulary.For(languages);
        var reasons = new List<string>();
        var subject = Text.PlainText.Normalize(calendarEvent.Subject);
        var score = 0;

        // 1. Negative vocabulary: the event is about something other than a hiring interview.
        if (First(vocabularies, v => StrongNegativeIn(v, subject)) is { Success: true } subjectNegative)
        {
            reasons.Add($"subject says \"{subjectNegative.Value}\", which is not a job interview");
            score -= 8;
        }
        else if (First(vocabularies, v => v.WeakNegative.Match(subject)) is { Success: true } weakSubject)
        {
            reasons.Add($"subject mentions \"{weakSubject.Value}\"");
            score -= 3;
        }

        var bodyNegativeOnly = false;
        if (First(vocabularies, v => StrongNegativeIn(v, bodyText)) is { Success: true } bodyNegative)
        {
            bodyNegativeOnly = score == 0;
            reasons.Add($"invite text mentions \"{bodyNegative.Value}\", which is not a job interview");
            score -= 4;
        }

        // 2. Interview vocabulary: "interview", "phone screen" weigh more than words that are often something else ("panel").
        var subjectVocabularyMatched = false;
        if (First(vocabularies, v => v.Interview.Match(subject)) is { Success: true } subjectVocabulary)
        {
            reasons.Add($"subject mentions \"{subjectVocabulary.Value}\"");
            score += 4;
            subjectVocabularyMatched = true;
        }
        else if (First(vocabularies, v => v.Ambiguous.Match(subject)) is { Success: true } subjectAmbiguous)
        {
            reasons.Add($"subject mentions \"{subjectAmbiguous.Value}\"");
            score += 2;
        }
        else if (First(vocabularies, v => v.Interview.Match(bodyText)) is { Success: true } bodyVocabulary)
        {
            reasons.Add($"invite text mentions \"{bodyVocabulary.Value}\"");
            score += 2;
        }

        var hiring = FirstDistinct(vocabularies, subject, bodyText, 2);
        if (hiring.Count > 0)
        {
            reasons.Add($"mentions {string.Join(" and ", hiring.Select(h => $"\"{h}\""))}");
            score += hiring.Count;
        }

        var oneWay = First(vocabularies, v => OneWay(v, subject)) is { Success: true } oneWaySubject ? oneWaySubject : First(vocabularies, v => OneWay(v, bodyText)) ?? Match.Empty;
        if (oneWay.Success)
        {
            reasons.Add($"it is a recorded or automated interview (\"{oneWay.Value}\")");
            score += 2;
        }

        var system = SchedulingSystem(calendarEvent);
        if (system is not null)
        {
            reasons.Add($"sent through the hiring system {system}");
            score += 2;
        }

        // An informational chat or a coffee chat is a screen only when something says hiring (a recruiter, a role, an
        // application, a hiring system); otherwise it is networking.
        if (hiring.Count == 0 && system is null && score > -3 && vocabularies.Any(v => v.Informal.IsMatch(subject) || v.Informal.IsMatch(bodyText)))
        {
            reasons.Add("an informational or coffee chat with no sign of a job opening");
            score -= 3;
        }

        // A role adds one point: it is read only when the event could be an interview with it. A job interview's
        // subject that names the job outweighs a word in the text ("present a usability study", "customer research"):
        // the text's negative then counts half.
        var jobSubject = bodyNegativeOnly && subjectVocabularyMatched;
        if (score + (jobSubject ? 3 : 1) >= InterviewThreshold && role() is { } namedRole)
        {
            reasons.Insert(reasons.Count - (system is null ? 0 : 1), $"names a role: {namedRole}");
            // Only a real job title ("… Manager", "… Researcher") outweighs the text, never a name that merely stands there.
            score += jobSubject && Extraction.JobWords.RoleScore(namedRole) >= 3 ? 3 : 1;
        }

        if (score < InterviewThreshold)
        {
            if (score > -3)
            {
                reasons.Add("not enough signs of a job interview");
            }

            return new InterviewClassification(InterviewKind.NotInterview, reasons);
        }

        // 3. Which side is the user on?
        var side = HiringSide(calendarEvent, subject, bodyText, user, reasons, vocabularies);
        if (!side && oneWay.Success && !HasEmployerPerson(calendarEvent, user))
        {
            reasons.Add("nobody from the employer takes part, so there is nobody to thank");
            return new InterviewClassification(InterviewKind.CandidateInterview, reasons) { IsOneWay = true };
        }

        return new InterviewClassification(side ? InterviewKind.Interviewer : InterviewKind.CandidateInterview, reasons);
    }

    /// <summary>A person (not a room, not a hiring system or no-reply address, not the user) on the invite.</summary>
    private static bool HasEmployerPerson(CalendarEvent e, MailboxUser user)
    {
        bool IsPerson(EmailAddress a) => a.IsWellFormed && !user.Is(a) && !Domains.IsAutomatedSender(a) && !Domains.IsPublicMailDomain(a.Domain);
        return (e.Organizer is { } o && IsPerson(o)) || e.Attendees.Any(a => a.Type != AttendeeType.Resource && IsPerson(a.Email));
    }

    private static bool HiringSide(CalendarEvent e, string subject, string body, MailboxUser user, List<string> reasons, IReadOnlyList<ClassifierVocabulary> vocabularies)
    {
        if (e.IsOrganizer || (e.Organizer is not null && user.Is(e.Organizer)))
        {
            reasons.Add("you organized it, so you are on the hiring side");
            return true;
        }

        // "Candidate: Ana Souza" is the hiring side's wording, unless Ana is the user reading her own invite.
        if (First(vocabularies, v => v.InterviewerSubject.Match(subject)) is { Success: true } interviewerWords && !NamesTheUser(subject, user))
        {
            reasons.Add($"subject says \"{interviewerWords.Value}\", which is how the hiring side names it");
            return true;
        }

        // A hiring system's notice to an interviewer: "You have a new meeting scheduled … with candidate@…", an
        // interview kit, a scorecard to fill in. Unless the candidate it names is the user.
        if (First(vocabularies, v => v.InterviewerNotice.Match(body)) is { Success: true } notice && !vocabularies.Any(v => MeetsTheUser(body, user, v.WithSomeone)))
        {
            reasons.Add($"the invite says \"{notice.Value}\", which is what interviewers are sent");
            return true;
        }

        if (user.Email is { } me && e.Organizer is { } organizer && Domains.SameOrganization(me, organizer))
        {
            reasons.Add($"the organizer is in your own organization ({Domains.OrganizationDomain(me.Domain)})");
            return true;
        }

        if (user.Email is { } self && e.Attendees.Any(a => !user.Is(a.Email) && a.Type != AttendeeType.Resource && Domains.SameOrganization(self, a.Email))
            && e.Organizer is { } org && Domains.IsSchedulingSystem(org.Domain))
        {
            reasons.Add("your colleagues attend an interview sent by a hiring system, so you are on the hiring side");
            return true;
        }

        if (e.Organizer is { } external)
        {
            var where = Domains.IsSchedulingSystem(external.Domain) ? "a hiring system" : "another organization";
            reasons.Add($"the invite comes from {where}, and you are invited as the candidate");
        }
        else
        {
            reasons.Add("you are invited, not organizing");
        }

        return false;
    }

    /// <summary>"… scheduled with ana.souza@outlook.com" or "with Ana Souza", when Ana is the user: she is the candidate.</summary>
    private static bool MeetsTheUser(string body, MailboxUser user, Regex withSomeone)
    {
        foreach (Match m in withSomeone.Matches(body))
        {
            var who = m.Groups["who"].Value.Trim();
            if ((user.Email is { } me && who.Contains(me.Normalized, StringComparison.OrdinalIgnoreCase))
                || (!string.IsNullOrWhiteSpace(user.DisplayName) && Text.PlainText.Fold(who).StartsWith(Text.PlainText.Fold(user.DisplayName.Trim()), StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesTheUser(string subject, MailboxUser user) =>
        !string.IsNullOrWhiteSpace(user.DisplayName)
        && Text.PlainText.Fold(subject).Contains(Text.PlainText.Fold(user.DisplayName.Trim()), StringComparison.Ordinal);

    // Every strong negative phrase contains one of these words; most invites contain none, and skip the long pattern.
    internal static readonly System.Buffers.SearchValues<string> NegativeAnchors = System.Buffers.SearchValues.Create(
        ["podcast", "radio", "tv", "television", "press", "media", "news", "magazine", "journalist", "reporter", "broadcast", "live",
         "user", "ux", "usability", "research", "customer", "focus", "exit", "stay", "mock", "practice", "prep", "coach", "training",
         "skills", "career", "webinar", "debrief", "calibration", "feedback", "visa", "embassy", "consul", "immigration", "uscis",
         "naturali", "citizenship", "biometric", "journalist", "reporter", "columnist", "correspondent", "interviewed", "guest",
         "article", "story", "writing", "working on", "researching", "putting together", "column", "about your", "on your",
         "episode", "piece", "segment", "programme", "on air", "the show", "our show", "documentary", "broadcast", "startup",
         "passport", "asylum", "green card"],
        StringComparison.OrdinalIgnoreCase);

    // Every one-way phrase contains one of these; most invites contain none.
    internal static readonly System.Buffers.SearchValues<string> OneWayAnchors = System.Buffers.SearchValues.Create(
        ["way", "demand", "async", "record", "self", "digital", "ai ", "ai-", "live interviewer", "hirevue", "spark hire", "platform"],
        StringComparison.OrdinalIgnoreCase);

    private static Match OneWay(ClassifierVocabulary v, string text) => text.AsSpan().ContainsAny(v.OneWayAnchors) ? v.OneWay.Match(text) : Match.Empty;

    private static Match? StrongNegativeIn(ClassifierVocabulary v, string text) =>
        text.AsSpan().ContainsAny(v.NegativeAnchors) ? v.StrongNegative.Match(text) : null;

    /// <summary>The first successful match of a signal in the reading languages, in order (English first).</summary>
    private static Match? First(IReadOnlyList<ClassifierVocabulary> vocabularies, Func<ClassifierVocabulary, Match?> find)
    {
        Match? last = null;
        foreach (var v in vocabularies)
        {
            last = find(v);
            if (last is { Success: true })
            {
                return last;
            }
        }

        return last;
    }

    /// <summary>Up to <paramref name="count"/> different hiring words in the subject, then the body, in every reading language.</summary>
    private static List<string> FirstDistinct(IReadOnlyList<ClassifierVocabulary> vocabularies, string subject, string body, int count)
    {
        var found = new List<string>(count);
        foreach (var text in (ReadOnlySpan<string>)[subject, body])
        {
            foreach (var v in vocabularies)
            {
                foreach (var m in v.Hiring.EnumerateMatches(text))
                {
                    var word = text.Substring(m.Index, m.Length).ToLowerInvariant();
                    if (!found.Contains(word))
                    {
                        found.Add(word);
                        if (found.Count == count)
                        {
                            return found;
                        }
                    }
                }
            }
        }

        return found;
    }

    private static string? SchedulingSystem(CalendarEvent e)
    {
        if (e.Organizer is { } organizer && Domains.SchedulingSystemOf(organizer.Domain) is { } system)
        {
            return system;
        }

        return e.Attendees.Select(a => Domains.SchedulingSystemOf(a.Email.Domain)).FirstOrDefault(s => s is not null);
    }

    /// <summary>Words that say "job interview".</summary>
    [GeneratedRegex(
        @"\b(?:job\s+)?interview(?:s|ing)?\b|\b(?:phone|technical|tech|coding|recruiter|hr|initial|screening)\s+(?:screen|screening|call|interview|chat)\b|\bscreening\s+call\b|\bpanel\s+interview\b|\bhiring\s+manager\b|\brecruiter\s+(?:call|chat|conversation)\b|\bsuperday\b|\bassessment\s+cent(?:er|re)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex InterviewVocabulary();

    /// <summary>Words that say "interview" in hiring, but also name other things ("team onsite", "panel discussion").</summary>
    [GeneratedRegex(@"\bon-?site\b|\bpanel\b|\bfinal\s+round\b|\b(?:first|second|third|1st|2nd|3rd|next)\s+round\b|\bmeet\s+the\s+team\b|\bcase\s+study\s+presentation\b|\bcoffee\s+chat\b|\binformational\s+(?:interview|call|chat|meeting|conversation)\b|\bintro(?:ductory)?\s+(?:call|chat|conversation)\b|\bexploratory\s+(?:call|chat|conversation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex AmbiguousVocabulary();

    /// <summary>Words about hiring that strengthen an interview reading.</summary>
    [GeneratedRegex(@"\b(?:position|candidate|candidacy|application|applied|opening|hiring|recruit(?:er|ing|ment)|talent\s+(?:acquisition|partner|team)|your\s+interest\s+in|job|vacancy|opportunity|offer|role)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex HiringVocabulary();

    /// <summary>
    /// Phrases that make "interview" mean something else, or mark a non-hiring event; "podcast", "UX research" and
    /// the like count unless they start a job title ("Podcast Producer", "UX Research Lead").
    /// </summary>
    [GeneratedRegex(
        @"\b(?:podcast|radio|tv|television|press|media|news|magazine|newspaper|journalist|reporter|broadcast|live\s+segment)\s+(?:interview|appearance|segment|show)\b|\bpodcast\b" + NotARole + @"|\bradio\s+(?:show|interview|segment)\b|\b(?:press|media)\s+(?:interview|briefing|call)\b" +
        @"|\buser\s+(?:research|interview|study|testing)\b" + NotARole + @"|\bux\s+research\b" + NotARole + @"|\busability\s+(?:test|testing|session|sessions)\b" + NotARole + @"|\bresearch\s+(?:interview|session|study|participant)\b|\bcustomer\s+(?:interview|discovery|research|call|feedback)\b" + NotARole + @"|\bfocus\s+group\b" +
        @"|\bexit\s+interview\b|\bstay\s+interview\b|\bmock\s+interviews?\b|\bpractice\s+interviews?\b|\binterview\s+(?:practice|prep|preparation|coaching|training|skills\s+workshop)\b|\bprep\s+session\b|\bcareer\s+(?:coach|coaching|services|counseling|counselling|fair)\b|\binterview\s+coach\b|\bcoaching\s+session\b" +
        @"|\bwebinar\b|\bdebrief\b|\binterview\s+(?:training|calibration|feedback\s+session)\b|\bwith\s+(?:my|your)\s+coach\b" +
        // The press: a journalist or host interviews the user about their work.
        @"|\b(?:our|the|a)\s+(?:journalist|reporter|columnist|correspondent)\b(?!\s+(?:position|role|job|opening|vacancy))|\b(?:journalist|reporter|columnist|correspondent)\s+(?:from|at|with)\b|\bbe(?:ing)?\s+interviewed\s+(?:for|by|on|about)\b|\binterview(?:ed|ing)?\s+(?:you\s+)?(?:about|on)\s+your\s+(?:startup|company|business|book|research|work|project|journey|career|story|product|app|launch)\b" +
        @"|\bfor\s+(?:our|the|an?|a\s+new|an\s+upcoming|this\s+week's|next\s+week's)\s+(?:article|story|column|piece|episode|segment|podcast|show|programme|documentary|broadcast)\b" + NotARole + @"|\b(?:writing|working\s+on|researching|putting\s+together)\s+(?:an?|the|our)\s+(?:article|story|piece|feature|profile|book|report|documentary)\b|\b(?:as\s+(?:a|our)\s+guest|guest\s+(?:appearance|interview|spot|episode))\b|\bon\s+(?:air|the\s+show|our\s+show)\b|\bpress\s+(?:inquiry|enquiry|request)\b|\bmedia\s+(?:inquiry|enquiry|request|appearance)\b" +
        // Government appointments that are called interviews.
        @"|\b(?:visa|consular|embassy|consulate|immigration|uscis|naturali[sz]ation|citizenship|asylum|green\s+card|passport|biometrics?)\s+(?:interview|appointment)s?\b|\b(?:embassy|consulate|consular\s+section|uscis)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex StrongNegative();

    [GeneratedRegex(@"\binformational\b|\bcoffee\s+chat\b|\bnetworking\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Informal();

    /// <summary>A one-way video or AI-interviewer session: recorded answers, no live interviewer.</summary>
    [GeneratedRegex(@"\b(?:one-?way|on-?demand|asynchronous|async|pre-?recorded|recorded|self-?paced|digital)\s+(?:video\s+)?interview\b|\bai[\s-]+(?:powered\s+)?interview(?:er)?\b|\bno\s+live\s+interviewer\b|\brecord\s+your\s+(?:answers|responses)\b|\bhirevue\b|\bspark\s+hire\b|\bvideo\s+interview\s+platform\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex OneWayVocabulary();

    /// <summary>What a hiring system sends to the interviewers, never to the candidate.</summary>
    [GeneratedRegex(@"\byou\s+have\s+(?:a\s+)?new\s+(?:meeting|interview|event)s?\s+scheduled\b|\byou(?:'ve|\s+have)\s+been\s+(?:added|scheduled|assigned|invited|selected)\s+(?:as\s+(?:an?\s+)?interviewer|to\s+(?:interview|the\s+interview\s+(?:panel|loop)|an?\s+interview\s+(?:panel|loop)))\b|\binterview\s+kit\b|\b(?:your|the)\s+(?:interview\s+)?scorecard\s+(?:link|is\s+ready|here|for\s+(?:this|the)\s+candidate)\b|\bscorecard\s*:|\b(?:submit|fill\s+(?:in|out)|complete)\s+(?:the\s+|your\s+)?(?:interview\s+)?scorecard\b|\b(?:submit|leave|complete|fill\s+(?:in|out))\s+(?:your\s+)?(?:interview\s+)?(?:feedback|scorecard|evaluation)\s+(?:for|on|about)\s+(?:the\s+)?candidate\b|\bcandidate(?:'s)?\s+(?:resume|cv|profile|details)\b|\bview\s+(?:the\s+)?candidate\b|\byou\s+will\s+be\s+interviewing\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex InterviewerNotice();

    [GeneratedRegex(@"\bwith\s+(?<who>(?:[^\n.,;()]|\.(?!\s)){2,80})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex WithSomeone();

    /// <summary>Words that lean away from a hiring interview but can appear in one (a role such as "Podcast Producer").</summary>
    [GeneratedRegex(@"\b(?:mock|workshop|lecture|seminar|survey|book\s+club|author\s+talk)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex WeakNegative();

    /// <summary>
    /// How the hiring side names an interview in its own calendar. Case-insensitive but for the capital that starts a
    /// name after "interviewing".
    /// </summary>
    [GeneratedRegex(@"(?i:\bcandidate\s*(?::|interview|name|\))|\binterview\s+(?:kit|scorecard|loop\s+for|feedback)\b|\bscorecard\b)|\b(?i:interviewing)\s+[A-Z]", RegexOptions.CultureInvariant)]
    internal static partial Regex InterviewerVocabulary();
}
