using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Recipients;
using OutlookFollowUp.Core.Text;

namespace OutlookFollowUp.Core.Extraction;

/// <summary>The job title and the employer's name as the invite states them.</summary>
/// <param name="Role">The job title, or null when the invite does not name one.</param>
/// <param name="Company">The employer's name, or null when unknown.</param>
public sealed record RoleAndCompany(string? Role, string? Company)
{
    /// <summary>
    /// A company name the invite seems to give but nothing backs (no interviewer's domain, organizer, signature or
    /// "at {Company}" phrase): drafts use neutral wording instead, and the analysis warns.
    /// </summary>
    public string? UnconfirmedCompany { get; init; }
}

/// <summary>
/// Reads the role and the company from an invite: first from the subject's segments ("Interview: Role - Company",
/// "Role at Company", "Company | Role"), checked against the interviewers' mail domains; then from the body.
/// </summary>
public static partial class RoleCompanyExtractor
{
    /// <summary>Extracts role and company.</summary>
    /// <param name="calendarEvent">The event.</param>
    /// <param name="bodyText">The body as plain text.</param>
    /// <param name="user">The mailbox owner (their name is never a role or a company).</param>
    public static RoleAndCompany Extract(CalendarEvent calendarEvent, string bodyText, MailboxUser user)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        return Extract(calendarEvent, bodyText, user, LanguageDetector.Detect(PlainText.Normalize(calendarEvent.Subject), bodyText).ReadingLanguages(null));
    }

    /// <summary>Extracts role and company from an invite read in the given languages (English is always read).</summary>
    /// <param name="calendarEvent">The event.</param>
    /// <param name="bodyText">The body as plain text.</param>
    /// <param name="user">The mailbox owner (their name is never a role or a company).</param>
    /// <param name="languages">The languages to read the invite in.</param>
    public static RoleAndCompany Extract(CalendarEvent calendarEvent, string bodyText, MailboxUser user, IReadOnlyList<Language> languages)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        ArgumentNullException.ThrowIfNull(languages);
        var foreign = ForeignLexicons(languages);
        var people = PeopleNames(calendarEvent, user);
        var labels = EmployerLabels(calendarEvent, user);

        string? role = null;
        string? company = null;
        var segments = SubjectSegments(PlainText.Normalize(calendarEvent.Subject), people, foreign);

        // Explicit shapes inside one segment: "Role at Company", "with Company for Role", "for Role".
        var loose = new List<string>();
        foreach (var segment in segments)
        {
            if (RoleAtCompany().Match(segment) is { Success: true } at && !IsPerson(at.Groups["company"].Value, people))
            {
                role ??= CleanRole(at.Groups["role"].Value, foreign);
                company ??= CleanCompany(at.Groups["company"].Value);
                continue;
            }

            if (WithCompany().Match(segment) is { Success: true } with)
            {
                var who = with.Groups["company"].Value;
                if (!IsPerson(who, people))
                {
                    company ??= CleanCompany(who);
                }

                if (with.Groups["role"].Success)
                {
                    role ??= CleanRole(with.Groups["role"].Value, foreign);
                }

                continue;
            }

            // "Your Contoso Interview for Data Analyst is Today": company before the interview words, role after "for".
            if (InterviewForRole().Match(segment) is { Success: true } interviewFor && CleanRole(interviewFor.Groups["role"].Value, foreign) is { } named)
            {
                role ??= named;
                if (interviewFor.Groups["company"].Success && !IsPerson(interviewFor.Groups["company"].Value, people))
                {
                    company ??= CleanCompany(StripInterviewWords(interviewFor.Groups["company"].Value, foreign));
                }

                continue;
            }

            // "Jordan Smith for Backend Engineer": an attendee's name, then the role (the hiring side's subjects).
            if (PersonForRole().Match(segment) is { Success: true } personFor && IsPerson(personFor.Groups["who"].Value, people))
            {
                role ??= CleanRole(personFor.Groups["role"].Value, foreign);
                continue;
            }

            if (ForRole().Match(segment) is { Success: true } forRole)
            {
                role ??= CleanRole(forRole.Groups["role"].Value, foreign);
                continue;
            }

            if (ForeignShape(segment, foreign, people, labels, ref role, ref company))
            {
                continue;
            }

            loose.Add(segment);
        }

        AssignLooseSegments(loose, labels, ref role, ref company, foreign);

        role ??= RoleFromBody(bodyText, foreign);

        // A company reaches a draft only when something backs it; the first backed candidate wins.
        var evidence = new Evidence(labels, EventNames(calendarEvent), PlainText.Normalize(calendarEvent.Subject), bodyText, foreign);
        string? unconfirmed = null;
        string? Backed(string? candidate)
        {
            if (candidate is null)
            {
                return null;
            }

            if (evidence.Backs(candidate))
            {
                return candidate;
            }

            unconfirmed ??= candidate;
            return null;
        }

        // The body's own words ("the Senior Accountant position with Woodgrove Bank") come before a sender's name.
        company = Backed(company)
            ?? Backed(CompanyFromBody(bodyText, labels, foreign))
            ?? Backed(CompanyFromSchedulingSystem(calendarEvent.Organizer, foreign))
            ?? Backed(CompanyFromTeamMailbox(calendarEvent.Organizer, labels, foreign))
            ?? Backed(CompanyMatchingDomain(evidence.Subject, labels))
            ?? Backed(CompanyMatchingDomain(bodyText, labels));
        if (company is not null)
        {
            unconfirmed = null;
        }

        if (role is not null && company is not null && PlainText.Fold(role) == PlainText.Fold(company))
        {
            role = null;
        }

        role = WithoutCompanyPart(role, company, foreign);
        if (role is not null && unconfirmed is not null)
        {
            role = WithoutCompanyPart(role, unconfirmed, foreign);
        }

        return new RoleAndCompany(NameShape.IsRole(role) ? role : null, company) { UnconfirmedCompany = unconfirmed };
    }

    /// <summary>What can back a company name (DESIGN.md): a recipient's domain, the organizer's or another display name,
    /// a signature line, or an "at/with/from {Company}" phrase.</summary>
    private sealed class Evidence(IReadOnlyList<string> labels, IReadOnlyList<string> names, string subject, string body, IReadOnlyList<ExtractionLexicon> foreign)
    {
        public string Subject { get; } = subject;

        public bool Backs(string company)
        {
            if (labels.Any(l => MatchesDomainLabel(company, l) || MatchesAcronym(company, l)))
            {
                return true;
            }

            var folded = " " + PlainText.LettersAndDigitsWords(company) + " ";
            if (folded.Trim().Length == 0)
            {
                return false;
            }

            if (names.Any(n => (" " + PlainText.LettersAndDigitsWords(n) + " ").Contains(folded, StringComparison.Ordinal)))
            {
                return true;
            }

            // In the subject, "with {X}" is where X came from, and X may as well be a person ("Interview with Sarah
            // Johnson"): only "at", "@", "from" and "join" back a subject's company there.
            return IntroducedIn(Subject, company, subject: true, foreign) || IntroducedIn(body, company, subject: false, foreign) || SignedWith(body, folded, foreign);
        }

        /// <summary>"at Contoso", "with Contoso", "from Contoso", "join Contoso", "@ Contoso" on one line.</summary>
        private static bool IntroducedIn(string text, string company, bool subject, IReadOnlyList<ExtractionLexicon> foreign)
        {
            var at = 0;
            while ((at = text.IndexOf(company, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var before = text.AsSpan(0, at).TrimEnd(' ');
                var lineStart = before.LastIndexOf('\n') + 1;
                var word = before[lineStart..];
                var space = word.LastIndexOf(' ');
                var previous = (space >= 0 ? word[(space + 1)..] : word).ToString().ToLowerInvariant();
                var end = at + company.Length;
                var wholeWord = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
                // In another language: "chez Contoso", "bei Contoso", "na Contoso", "en Contoso".
                if (wholeWord && (previous is "at" or "from" or "join" or "joining" or "joined" or "@" || (!subject && previous is "with" or "to" or "for")
                    || foreign.Any(f => f.CompanyPrepositions.Contains(previous) || (!subject && f.IntroducingWords.Contains(previous)))))
                {
                    return true;
                }

                at = end;
            }

            return false;
        }

        /// <summary>A short line that carries the company, as a signature does ("Amy Chen | Contoso", "Contoso Talent Team").</summary>
        private static bool SignedWith(string body, string folded, IReadOnlyList<ExtractionLexicon> foreign)
        {
            foreach (var line in body.Split('\n'))
            {
                if (line.Length <= 60 && line.Count(c => c == ' ') <= 7
                    && (" " + PlainText.LettersAndDigitsWords(line) + " ").Contains(folded, StringComparison.Ordinal)
                    && !line.Contains("interview", StringComparison.OrdinalIgnoreCase)
                    && !foreign.Any(f => line.AsSpan().ContainsAny(f.InterviewNouns)))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>"City Power &amp; Light" ~ cpandl.com: the initials, with "&amp;" read as "and" or left out.</summary>
    private static bool MatchesAcronym(string phrase, string label)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }

        var initials = new System.Text.StringBuilder();
        var withAnd = new System.Text.StringBuilder();
        foreach (var w in words)
        {
            if (w == "&")
            {
                withAnd.Append("and");
                continue;
            }

            if (char.IsLetterOrDigit(w[0]))
            {
                initials.Append(char.ToLowerInvariant(w[0]));
                withAnd.Append(char.ToLowerInvariant(w[0]));
            }
        }

        var l = PlainText.LettersAndDigits(label);
        return l.Length >= 2 && (l == initials.ToString() || l == withAnd.ToString());
    }

    /// <summary>The display names on the invite (organizer and attendees), as they may name the employer.</summary>
    private static List<string> EventNames(CalendarEvent e)
    {
        var names = new List<string>();
        if (e.Organizer?.Name is { Length: > 0 } organizer)
        {
            names.Add(organizer);
        }

        names.AddRange(e.Attendees.Where(a => a.Type != AttendeeType.Resource).Select(a => a.Email.Name).OfType<string>().Where(n => n.Length > 0));
        return names;
    }

    /// <summary>
    /// True when a phrase spells an organization label of a mail domain: "Lucerne Publishing" ~ lucernepublishing.com,
    /// "A. Datum Corporation" ~ adatum-corp.com.
    /// </summary>
    public static bool MatchesDomainLabel(string phrase, string label)
    {
        var letters = PlainText.LettersAndDigits(phrase);
        var l = PlainText.LettersAndDigits(label);
        if (letters.Length < 3 || l.Length < 3)
        {
            return false;
        }

        if (letters == l)
        {
            return true;
        }

        var shorter = letters.Length < l.Length ? letters : l;
        var longer = letters.Length < l.Length ? l : letters;
        return shorter.Length >= 5 && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>"Software Engineer, Fabrikam" (one subject segment) is the role "Software Engineer" at Fabrikam.</summary>
    private static string? WithoutCompanyPart(string? role, string? company, IReadOnlyList<ExtractionLexicon> foreign)
    {
        if (role is null || company is null)
        {
            return role;
        }

        var parts = role.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return role;
        }

        var folded = PlainText.LettersAndDigits(company);
        if (PlainText.LettersAndDigits(parts[^1]) == folded)
        {
            return CleanRole(string.Join(", ", parts[..^1]), foreign);
        }

        return PlainText.LettersAndDigits(parts[0]) == folded ? CleanRole(string.Join(", ", parts[1..]), foreign) : role;
    }

    private static void AssignLooseSegments(List<string> loose, IReadOnlyList<string> labels, ref string? role, ref string? company, IReadOnlyList<ExtractionLexicon> foreign)
    {
        // "Data Scientist, Lucerne Publishing": a comma inside one segment may part the role from the company.
        var remaining = loose.Select(s => s.Trim()).Where(s => s.Length > 1)
            .SelectMany(s => s.Split(", ") is [var left, var right] && IsOrganization(right, labels) && JobWords.RoleScore(left) >= 3 ? [left, right] : new[] { s })
            .ToList();
        if (company is null)
        {
            var byDomain = remaining.FirstOrDefault(s => labels.Any(l => MatchesDomainLabel(s, l)));
            if (byDomain is not null)
            {
                company = CleanCompany(byDomain);
                remaining.Remove(byDomain);
            }
        }

        if (role is null)
        {
            var best = remaining
                .Select((s, i) => (Segment: s, Score: JobWords.RoleScore(s) - JobWords.OrganizationScore(s), Index: i))
                .OrderByDescending(x => x.Score).ThenBy(x => x.Index)
                .FirstOrDefault();
            if (best.Segment is not null && (best.Score > 0 || (company is null && remaining.Count >= 2) || (company is not null && best.Score >= 0 && remaining.Count == 1 && JobWords.OrganizationScore(best.Segment) == 0)))
            {
                role = CleanRole(best.Segment, foreign);
                remaining.Remove(best.Segment);
            }
        }

        if (company is null && remaining.Count > 0)
        {
            var best = remaining
                .Select((s, i) => (Segment: s, Score: JobWords.OrganizationScore(s) - JobWords.RoleScore(s), Index: i))
                .OrderByDescending(x => x.Score).ThenBy(x => x.Index)
                .First();
            if (best.Score > 0 || (role is not null && best.Score >= 0 && loose.Count >= 2))
            {
                company = CleanCompany(best.Segment);
            }
        }
    }

    private static IReadOnlyList<ExtractionLexicon> ForeignLexicons(IReadOnlyList<Language> languages)
    {
        if (languages.Count == 1 && languages[0] == Language.English)
        {
            return [];
        }

        var list = new List<ExtractionLexicon>(languages.Count);
        foreach (var language in languages)
        {
            if (ExtractionLexicon.For(language) is { } lexicon && !list.Contains(lexicon))
            {
                list.Add(lexicon);
            }
        }

        return list;
    }

    /// <summary>
    /// A segment in another language's shape: "para el puesto de Analista de Datos", "Data Analyst bei Contoso",
    /// "avec Contoso pour le poste de …". A preposition parts role from company only when the company reads as one
    /// (a capital, no field of the role: "Especialista en Marketing" is one role).
    /// </summary>
    private static bool ForeignShape(string segment, IReadOnlyList<ExtractionLexicon> foreign, IReadOnlyList<string> people, IReadOnlyList<string> labels, ref string? role, ref string? company)
    {
        foreach (var f in foreign)
        {
            var at = f.RoleAtCompany.Match(segment);
            var named = at.Groups["company"].Value;
            if (at.Success && !IsPerson(named, people) && !JobWords.IsRoleField(named.Split(' ')[0])
                && (labels.Any(l => MatchesDomainLabel(named, l)) || JobWords.RoleScore(at.Groups["role"].Value) >= 3 || JobWords.OrganizationScore(named) > 0))
            {
                role ??= CleanRole(at.Groups["role"].Value, foreign);
                company ??= CleanCompany(named);
                return true;
            }

            if (f.WithCompany.Match(segment) is { Success: true } with)
            {
                var who = with.Groups["company"].Value;
                if (!IsPerson(who, people))
                {
                    company ??= CleanCompany(who);
                }

                if (with.Groups["role"].Success)
                {
                    role ??= CleanRole(with.Groups["role"].Value, foreign);
                }

                return true;
            }

            if (f.ForRole.Match(segment) is { Success: true } forRole)
            {
                // "para Analista de Datos" names a role; "para Contoso" or "para el martes" does not.
                if (forRole.Groups["role"].Success)
                {
                    role ??= CleanRole(forRole.Groups["role"].Value, foreign);
                    return true;
                }

                if (JobWords.RoleScore(forRole.Groups["bare"].Value) >= 3)
                {
                    role ??= CleanRole(forRole.Groups["bare"].Value, foreign);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"(m/w/d)", "(H/F)", "(all genders)": the gender note of a job ad, not part of the title.</summary>
    [GeneratedRegex(@"\s*[(\[]\s*(?:[mwfdhx](?:\s*/\s*[mwfdhx]){1,3}|all\s+genders|gn\*?)\s*[)\]]|\s+\b[mwfdhx](?:/[mwfdhx]){1,3}\b(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenderMarker();

    /// <summary>A hiring team's words before or after an employer's name in another language.</summary>
    [GeneratedRegex(@"^(?:equipo\s+de\s+(?:selecci[oó]n|talento|reclutamiento|rrhh|personas)|recursos\s+humanos|rrhh|recrutement|[eé]quipe\s+(?:recrutement|rh|talents?)|ressources\s+humaines|personalabteilung|recruiting-?team|karriere|equipe\s+de\s+(?:recrutamento|rh|talentos|pessoas)|recrutamento)\s+(?:de\s+|d'|der\s+|da\s+|do\s+)?|\s+(?:recrutement|recrutamento|reclutamiento|selecci[oó]n|rrhh|karriere|personalabteilung|talentos|ressources\s+humaines|recursos\s+humanos)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignTeamWords();

    private static bool IsOrganization(string phrase, IReadOnlyList<string> labels) =>
        labels.Any(l => MatchesDomainLabel(phrase, l)) || JobWords.OrganizationScore(phrase) >= 2;

    private static List<string> SubjectSegments(string subject, IReadOnlyList<string> people, IReadOnlyList<ExtractionLexicon> foreign)
    {
        var s = subject;
        string previous;
        do
        {
            previous = s;
            s = SubjectPrefix().Replace(s, "");
            foreach (var f in foreign)
            {
                s = f.SubjectPrefix.Replace(s, "");
            }
        }
        while (s != previous);

        s = GenderMarker().Replace(s, "");
        s = CalendarSuffix().Replace(s, "");
        s = AddressInParentheses().Replace(s, " ");
        s = Tag().Replace(s, " ");

        var segments = new List<string>();
        foreach (var raw in SegmentBreak().Split(s))
        {
            foreach (var part in ParenthesisSplit(raw))
            {
                var segment = StripInterviewWords(part.Trim().Trim(',', '.', '-', ':', '|', '"', '\''), foreign);
                if (segment.Length < 2 || IsPerson(segment, people) || IsNoise(segment, foreign))
                {
                    continue;
                }

                segments.Add(segment);
            }
        }

        return segments;
    }

    private static IEnumerable<string> ParenthesisSplit(string segment)
    {
        var open = segment.IndexOf('(');
        var close = segment.LastIndexOf(')');
        if (open >= 0 && close > open)
        {
            yield return segment[..open];
            yield return segment[(open + 1)..close];
            yield return segment[(close + 1)..];
        }
        else
        {
            yield return segment;
        }
    }

    // Both interview-word patterns need one of these nouns: without one, there is nothing to strip.
    private static readonly System.Buffers.SearchValues<string> InterviewNouns = System.Buffers.SearchValues.Create(
        ["interview", "screen", "call", "chat", "conversation", "meeting", "round", "session", "assessment", "discussion", "loop", "onsite", "on-site", "superday", "panel"],
        StringComparison.OrdinalIgnoreCase);

    // A date or time in a segment needs a digit or a zone abbreviation.
    private static readonly System.Buffers.SearchValues<string> DateHints = System.Buffers.SearchValues.Create(
        ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "EST", "EDT", "PST", "PDT", "CST", "CDT", "MST", "MDT", "GMT", "UTC", "CET", "BST", "IST"],
        StringComparison.OrdinalIgnoreCase);

    private static string StripInterviewWords(string segment, IReadOnlyList<ExtractionLexicon> foreign)
    {
        var s = segment;
        if (s.AsSpan().ContainsAny(InterviewNouns))
        {
            string previous;
            do
            {
                previous = s;
                s = LeadingInterviewWords().Replace(s, "").Trim();
                s = TrailingInterviewWords().Replace(s, "").Trim();
            }
            while (s != previous);
        }

        foreach (var f in foreign)
        {
            if (!s.AsSpan().ContainsAny(f.InterviewNouns))
            {
                continue;
            }

            string previous;
            do
            {
                previous = s;
                s = f.LeadingInterviewWords.Replace(s, "").Trim();
                s = f.TrailingInterviewWords.Replace(s, "").Trim();
            }
            while (s != previous);
        }

        return s;
    }

    private static bool IsNoise(string segment, IReadOnlyList<ExtractionLexicon> foreign) =>
        InterviewOnly().IsMatch(segment) || GenericSenderName().IsMatch(segment) || MeetingTool().IsMatch(segment) || (segment.AsSpan().ContainsAny(DateHints) && DateOrTime().IsMatch(segment)) || !segment.Any(char.IsLetter)
        || foreign.Any(f => f.InterviewOnly.IsMatch(segment) || f.MeetingWay.IsMatch(segment) || f.TeamName.IsMatch(segment) || f.DateOrTime.IsMatch(segment));

    private static bool IsPerson(string phrase, IReadOnlyList<string> people)
    {
        var folded = PlainText.Fold(phrase.Trim());
        return people.Any(p => p == folded);
    }

    private static List<string> PeopleNames(CalendarEvent e, MailboxUser user)
    {
        var names = new List<string>();
        void Add(string? name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return;
            }

            names.Add(PlainText.Fold(name.Trim()));
            var comma = name.IndexOf(',');
            if (comma > 0)
            {
                // "Chen, Amy" also appears as "Amy Chen"
                names.Add(PlainText.Fold($"{name[(comma + 1)..].Trim()} {name[..comma].Trim()}"));
            }
        }

        Add(user.DisplayName);
        if (e.Organizer is { } organizer && !Domains.IsAutomatedSender(organizer))
        {
            Add(organizer.Name);
        }

        foreach (var attendee in e.Attendees)
        {
            if (attendee.Type != AttendeeType.Resource)
            {
                Add(attendee.Email.Name);
            }
        }

        return names;
    }

    /// <summary>The organization labels of the employer's mail domains (not the user's, not public, not scheduling systems).</summary>
    private static List<string> EmployerLabels(CalendarEvent e, MailboxUser user)
    {
        var labels = new List<string>();
        var addresses = e.Attendees.Select(a => a.Email).Prepend(e.Organizer).OfType<EmailAddress>();
        foreach (var address in addresses)
        {
            var domain = address.Domain;
            if (domain.Length == 0 || Domains.IsPublicMailDomain(domain) || Domains.IsSchedulingSystem(domain) || user.Is(address))
            {
                continue;
            }

            var label = Domains.OrganizationLabel(domain);
            if (!labels.Contains(label))
            {
                labels.Add(label);
            }
        }

        return labels;
    }

    private static string? CompanyFromSchedulingSystem(EmailAddress? organizer, IReadOnlyList<ExtractionLexicon> foreign)
    {
        if (organizer is null || !Domains.IsAutomatedSender(organizer) || string.IsNullOrWhiteSpace(organizer.Name))
        {
            return null;
        }

        // "Amy Chen via Greenhouse" is a person sending through the system ("Fabrikam via Greenhouse" is the employer):
        // a name of two or more words with no organization word in it is taken for a person, and left out.
        var via = organizer.Name.IndexOf(" via ", StringComparison.OrdinalIgnoreCase);
        if (via > 0 && organizer.Name[..via].Trim() is var sender && sender.Contains(' ', StringComparison.Ordinal) && JobWords.OrganizationScore(sender) == 0)
        {
            return null;
        }

        var name = WithoutTeamWords(organizer.Name.Trim(), foreign);
        // "HireVue" or "Greenhouse Scheduling" names the system, not the employer.
        var system = Domains.SchedulingSystemOf(organizer.Domain) is { } d ? PlainText.LettersAndDigits(Domains.OrganizationLabel(d)) : null;
        var letters = PlainText.LettersAndDigits(name);
        if (system is not null && letters.Length > 0 && (letters.StartsWith(system, StringComparison.Ordinal) || system.StartsWith(letters, StringComparison.Ordinal)))
        {
            return null;
        }

        return name.Length >= 2 && name.Any(char.IsLetter) && !name.Contains('@') && !GenericSenderName().IsMatch(name) && !foreign.Any(f => f.TeamName.IsMatch(name)) ? CleanCompany(name) : null;
    }

    /// <summary>"Contoso Recruiting" → "Contoso"; in other languages also "Recrutement Contoso", "Equipo de Selección de Contoso".</summary>
    private static string WithoutTeamWords(string name, IReadOnlyList<ExtractionLexicon> foreign)
    {
        var trimmed = TeamSuffix().Replace(name, "").Trim();
        if (foreign.Count > 0)
        {
            trimmed = ForeignTeamWords().Replace(trimmed, "").Trim();
        }

        return trimmed;
    }

    /// <summary>"Proseware Recruiting" &lt;recruiting@proseware.com&gt;: a team mailbox whose name, less the team word, spells the domain.</summary>
    private static string? CompanyFromTeamMailbox(EmailAddress? organizer, IReadOnlyList<string> labels, IReadOnlyList<ExtractionLexicon> foreign)
    {
        if (organizer?.Name is not { Length: > 0 } name || Domains.IsAutomatedSender(organizer))
        {
            return null;
        }

        var trimmed = WithoutTeamWords(name.Trim(), foreign);
        return trimmed.Length < name.Trim().Length && labels.Any(l => MatchesDomainLabel(trimmed, l)) ? CleanCompany(trimmed) : null;
    }

    private static string? RoleFromBody(string body, IReadOnlyList<ExtractionLexicon> foreign)
    {
        var m = BodyRole().Match(body);
        if (m.Success)
        {
            return CleanRole(m.Groups["role"].Value, foreign);
        }

        // "para el puesto de analista de datos en Contoso el martes": the run ends before its company or its next phrase.
        foreach (var f in foreign)
        {
            foreach (Match run in f.BodyRole.Matches(body))
            {
                if (CleanRole(RoleOfRun(run.Groups["role"].Value, f), foreign) is { } role && (char.IsUpper(role[0]) || JobWords.RoleScore(role) >= 3))
                {
                    return role;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The role at the start of a run of words from running text: it ends before a word that starts another phrase
    /// (an article, a preposition, a German verb in lower case), or before "en / chez / bei / na {Company}" unless
    /// the next word is a field of the role ("Especialista en Marketing").
    /// </summary>
    private static string RoleOfRun(string run, ExtractionLexicon f)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var bare = w.Trim(',', '.', ';', ':');
            if (i > 0 && f.RoleStops.Contains(bare))
            {
                break;
            }

            if (i > 0 && f.CompanyPrepositions.Contains(bare) && i + 1 < words.Length && !JobWords.IsRoleField(words[i + 1]))
            {
                break;
            }

            // German roles are nouns; a lower-case word other than a joiner ends them ("als Data Analyst einladen").
            if (i > 0 && f.Language == Language.German && char.IsLower(bare.FirstOrDefault()) && bare is not ("und" or "für" or "of" or "and" or "&"))
            {
                break;
            }

            kept.Add(w);
            if (w.EndsWith(',') || w.EndsWith('.'))
            {
                break;
            }
        }

        return string.Join(' ', kept).TrimEnd(',', '.', ';', ':');
    }

    private static string? CompanyFromBody(string body, IReadOnlyList<string> labels, IReadOnlyList<ExtractionLexicon> foreign)
    {
        foreach (var f in foreign)
        {
            foreach (Match m in f.JobContextCompany.Matches(body))
            {
                if (CleanCompany(m.Groups["company"].Value) is { } named && JobWords.RoleScore(named) < 3)
                {
                    return named;
                }
            }

            foreach (Match m in f.PrepositionCompany.Matches(body))
            {
                var candidate = NameShape.CutAtSentenceBreak(m.Groups["company"].Value.Trim());
                if ((labels.Any(l => MatchesDomainLabel(candidate, l)) || JobWords.OrganizationScore(candidate) >= 2) && CleanCompany(candidate) is { } named)
                {
                    return named;
                }
            }
        }

        // "the Data Analyst position at Contoso", "joining Contoso", "your interest in Contoso": a job names the employer.
        foreach (Match m in JobContextCompany().Matches(body))
        {
            // "your interest in the Data Analyst position" names a role, not the employer.
            if (CleanCompany(m.Groups["company"].Value) is { } named && JobWords.RoleScore(named) < 3)
            {
                return named;
            }
        }

        foreach (Match m in BodyCompany().Matches(body))
        {
            var candidate = NameShape.CutAtSentenceBreak(m.Groups["company"].Value.Trim());
            if (labels.Any(l => MatchesDomainLabel(candidate, l)) || JobWords.OrganizationScore(candidate) >= 2)
            {
                if (CleanCompany(candidate) is { } named)
                {
                    return named;
                }
            }
        }

        // "Company: Contoso Ltd" in a table of details, or a signature line that is an organization's name alone
        // ("Contoso Ltd.", "Humongous Insurance").
        foreach (Match m in LabelledOrSignedCompany().Matches(body))
        {
            var candidate = m.Groups["company"].Value.Trim();
            if ((m.Groups["label"].Success || CorporateForm().IsMatch(candidate) || labels.Any(l => MatchesDomainLabel(candidate, l)))
                && CleanCompany(candidate) is { } named)
            {
                return named;
            }
        }

        return null;
    }

    private static string? CompanyMatchingDomain(string text, IReadOnlyList<string> labels)
    {
        if (labels.Count == 0)
        {
            return null;
        }

        foreach (Match m in CapitalizedPhrase().Matches(text))
        {
            var value = NameShape.CutAtSentenceBreak(m.Value);
            // A phrase can only spell a label that starts with its first letter: skip the rest cheaply.
            var first = char.ToLowerInvariant(value[0]);
            if (!labels.Any(l => l.Length > 0 && char.ToLowerInvariant(l[0]) == first))
            {
                continue;
            }

            var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // A phrase that spells the label exactly wins ("Contoso" of "Contoso Distribution Center").
            for (var n = Math.Min(words.Length, 5); n >= 1; n--)
            {
                var phrase = string.Join(' ', words.Take(n));
                if (labels.Any(l => PlainText.LettersAndDigits(phrase) == PlainText.LettersAndDigits(l)) && CleanCompany(phrase) is { } exact)
                {
                    return exact;
                }
            }

            // Then the longest prefix: "Lucerne Publishing team" → "Lucerne Publishing".
            for (var n = Math.Min(words.Length, 5); n >= 1; n--)
            {
                var phrase = string.Join(' ', words.Take(n));
                // A shorter part of a longer name ("Fourth" of "Fourth Coffee") does not spell the domain.
                var part = n < words.Length && labels.Any(l => PlainText.LettersAndDigits(phrase).Length < PlainText.LettersAndDigits(l).Length);
                if (!part && labels.Any(l => MatchesDomainLabel(phrase, l)) && CleanCompany(phrase) is { } named)
                {
                    return named;
                }
            }
        }

        return null;
    }

    private static string? CleanRole(string raw, IReadOnlyList<ExtractionLexicon> foreign)
    {
        var s = GenderMarker().Replace(raw, "").Trim().Trim(',', '.', '-', ':', '|', '"', '\'').Trim();
        s = LeadingArticle().Replace(s, "");
        s = RoleTrailer().Replace(s, "").Trim();
        s = StripInterviewWords(s, foreign);
        s = RequisitionId().Replace(s, "").Trim().TrimEnd(',', '-', ':').Trim();
        s = RoleTrailer().Replace(s, "").Trim();
        return s.Length is >= 2 and <= 80 && s.Any(char.IsLetter) && !InterviewOnly().IsMatch(s) && !NotARole().IsMatch(s) && NameShape.IsRole(s)
            && !foreign.Any(f => f.InterviewOnly.IsMatch(s) || f.MeetingWay.IsMatch(s) || f.TeamName.IsMatch(s)) ? s : null;
    }

    private static string? CleanCompany(string raw)
    {
        var s = NameShape.CutAtSentenceBreak(raw.Trim()).Trim().Trim(',', ':', '|', '"', '-').Trim();
        s = LeadingArticle().Replace(s, "");
        s = CompanyTrailer().Replace(s, "").Trim();
        s = PlaceTrailer().Replace(s, "").Trim();
        if (s.EndsWith('.') && !CorporateAbbreviationEnd().IsMatch(s))
        {
            s = s[..^1];
        }

        return s.Length is >= 2 and <= 60 && s.Any(char.IsLetter) && NameShape.IsCompany(s) ? s : null;
    }

    private const string InterviewNoun = @"(?:interview|interviews|screen|screening|call|chat|conversation|meeting|round|session|assessment|discussion|loop|onsite|on-site|superday|panel)";
    private const string InterviewAdjective = @"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|final|initial|follow-?up|video|phone|telephone|virtual|remote|onsite|on-site|in-person|zoom|teams|google\s+meet|technical|tech|coding|panel|hiring\s+manager|recruiter|behavioral|behavioural|cultural|culture|case|group|team|hr|leadership|executive|job|formal|informal|introductory|intro|exploratory|scheduled|your|an?|the|our|upcoming|coffee|informational|on-?demand|one-?way|asynchronous|async|recorded|pre-?recorded|self-?paced|digital|ai|automated|live)";

    [GeneratedRegex(@"^\s*(?:re|fw|fwd|aw|wg|tr|sv|vs|rv|updated|update|canceled|cancelled|invitation|updated\s+invitation|accepted|declined|tentative|tentatively\s+accepted|reminder|new\s+time\s+proposed|rescheduled|confirmed|confirmation|action\s+required|external|\[external\])\s*[:\-]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPrefix();

    [GeneratedRegex(@"\s+@\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CalendarSuffix();

    [GeneratedRegex(@"\([^()]*@[^()]*\)|<[^<>]*@[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AddressInParentheses();

    [GeneratedRegex(@"\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+[-|/\u2013\u2014\u2022~]\s+|\s*[|\u2022]\s*|:\s+|\s+<>\s+|\s+//\s+|\s+x\s+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentBreak();

    [GeneratedRegex(@"^(?:(?:" + InterviewAdjective + @")\s+)*" + InterviewNoun + @"(?:\s+(?:scheduled|confirmed|invitation|invite|request|confirmation|details|reminder|" + InterviewNoun + @"))*\b\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingInterviewWords();

    [GeneratedRegex(@"\s*(?:-\s*)?\b(?:(?:" + InterviewAdjective + @")\s+)*" + InterviewNoun + @"(?:\s+(?:scheduled|confirmed|invitation|invite|request|confirmation|details|reminder))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingInterviewWords();

    [GeneratedRegex(@"^(?:(?:" + InterviewAdjective + @"|and|&|with|for|scheduled|confirmed|invitation|invite|request|details|reminder|round\s+\d+|part\s+\d+|day\s+\d+)\s*)*" + InterviewNoun + @"?s?$|^(?:round|part|day|stage|step)\s+\w+$|^\d+\s*(?:min|mins|minutes|hr|hrs|hours?)$|^(?:(?:first|second|third|final|next|last)\s+)?(?:stage|step|phase|round)\s+(?:of|in)\s+(?:the|our)\s+(?:hiring|recruiting|recruitment|selection|interview|application)\s+process$|^(?:the\s+)?(?:hiring|recruiting|recruitment|selection|interview|application)\s+process$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InterviewOnly();

    [GeneratedRegex(@"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\w+\s+\d|^\d{1,2}/\d{1,2}(?:/\d{2,4})?$|\b(?:EST|EDT|PST|PDT|CST|CDT|MST|MDT|GMT|UTC|CET|CEST|BST|IST)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOrTime();

    [GeneratedRegex(@"^(?:for\s+(?:the\s+|a\s+|an\s+)?)?(?<role>.+?)(?:\s+(?:position|role|opening|job|vacancy|opportunity))?\s+(?:at|@|w/|with)\s+(?<company>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleAtCompany();

    [GeneratedRegex(@"^with\s+(?:the\s+)?(?<company>.+?)(?:\s+(?:team|hiring\s+team))?(?:\s+(?:for|re|regarding)\s+(?:the\s+|a\s+|an\s+)?(?<role>.+?)(?:\s+(?:position|role|opening|job))?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithCompany();

    [GeneratedRegex(@"^(?:for|re|regarding)\s+(?:the\s+|a\s+|an\s+)?(?<role>.+?)(?:\s+(?:position|role|opening|job|vacancy|opportunity))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForRole();

    [GeneratedRegex(@"^(?<who>.+?)\s+for\s+(?:the\s+|a\s+|an\s+)?(?<role>.+?)(?:\s+(?:position|role|opening|job))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonForRole();

    /// <summary>What is left of "Onsite interview day" or "Interview prep session" once the interview words are gone.</summary>
    [GeneratedRegex(@"^(?:day|days|morning|afternoon|evening|time|slot|session|prep|preparation|details|invitation|invite|confirmation|reminder|update|agenda|logistics|schedule|follow-?up|(?:part|round|day)\s+\w+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotARole();

    [GeneratedRegex(@"(?m)^[ ]*(?i:role|position|job[ ]+title|job|title|opening)[ ]*:[ ]*(?<role>[^\n@|]{2,80}?)(?:[ ]+(?:at|@|with)[ ]+[^\n]+)?[ ]*$|\b(?:for|about|regarding|in|through|on|into|discuss|to|as)[ ]+(?:the|our|a|an|this)[ ]+(?<role>[A-Z][\p{L}&/'\-]*(?:[ ]+(?:[A-Z][\p{L}&/'\-]*|of|and|&|I|II|III))*)[ ]+(?:position|role|opening|job|vacancy|opportunity)\b|\binterview(?:ing)?[ ]+for[ ]+(?:the[ ]+)?(?<role>[A-Z][\p{L}&/'\-]*(?:[ ]+(?:[A-Z][\p{L}&/'\-]*|of|and|&))*)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyRole();

    // Names stay on one line: [ ] rather than \s, so a phrase never runs into the next line or block.
    private const string NamePhrase = @"[A-Z][\p{L}\d&'.\-]*(?:[ ]+(?:[A-Z][\p{L}\d&'.\-]*|&|of|and))*";

    [GeneratedRegex(@"\b(?:at|with|join|joining|to|from|in)[ ]+(?<company>" + NamePhrase + ")", RegexOptions.CultureInvariant)]
    private static partial Regex BodyCompany();

    [GeneratedRegex(@"\b(?i:position|role|opening|opportunity|job|career|careers|vacancy|team|interview|internship)[ ]+(?i:at|with)[ ]+(?<company>" + NamePhrase + @")|\b(?i:join|joining|interest[ ]+in|applying[ ]+(?:to|with|at)|application[ ]+(?:to|with)|applied[ ]+(?:to|with|at)|on[ ]+behalf[ ]+of)[ ]+(?:the[ ]+)?(?<company>" + NamePhrase + ")", RegexOptions.CultureInvariant)]
    private static partial Regex JobContextCompany();

    [GeneratedRegex(@"[A-Z][\p{L}\d&'.\-]*(?:[ ]+(?:[A-Z][\p{L}\d&'.\-]*|&))*", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalizedPhrase();

    [GeneratedRegex(@"(?m)^[ ]*(?:(?<label>(?i:company|employer|organi[sz]ation|hiring\s+company))[ ]*:[ ]*)?(?<company>" + NamePhrase + @")[ ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledOrSignedCompany();

    /// <summary>A name that ends in a corporate form, as a signature's company line does ("Contoso Ltd.").</summary>
    [GeneratedRegex(@"\b(?:inc|llc|ltd|limited|corp|corporation|gmbh|plc|co|company|group|llp|ag|sa|pty|bv|nv)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorporateForm();

    [GeneratedRegex(@"^(?:microsoft\s+teams|teams|zoom|google\s+meet|webex|skype|hirevue|phone|video|virtual|remote|in[\s-]person|onsite|on-site)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingTool();

    [GeneratedRegex(@"^(?:(?:your|our|an?|the)\s+)?(?:(?<company>[A-Z][^:]*?)\s+)?(?:(?:" + InterviewAdjective + @")\s+)*(?:interview|screen|call|chat|conversation)\s+for\s+(?:the\s+|a\s+|an\s+)?(?<role>.+?)(?:\s+(?:position|role|opening|job|vacancy))?(?:\s+(?:is|are|was|has|will|on|starts?|begins?|today|tomorrow|confirmed|scheduled)\b.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InterviewForRole();

    [GeneratedRegex(@"\s+(?:hiring|recruiting|recruitment|talent(?:\s+acquisition)?|careers?|jobs|team|hr|people(?:\s+team)?|via\s+\S+|scheduling|interviews?|notifications?)(?:\s+team)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeamSuffix();

    [GeneratedRegex(@"^(?:no-?reply|notifications?|calendar|scheduling|greenhouse|lever|workday|ashby|goodtime|calendly|icims|smartrecruiters|jobvite|workable|hiring|recruiting|talent|careers?|jobs|hr)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericSenderName();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"\s+(?:position|role|opening|job|vacancy|opportunity|interview)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleTrailer();

    [GeneratedRegex(@"\s+(?:team|hiring\s+team|recruiting\s+team|talent\s+team|careers)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyTrailer();

    /// <summary>A requisition number after the title: "Data Analyst, JR-2231", "Data Analyst Req #4411", "(R-12345)".</summary>
    [GeneratedRegex(@"[\s,(-]+(?:(?:req(?:uisition)?|job(?:\s+id)?|id|ref)\.?\s*(?:#|no\.?|:)?\s*[A-Z]{0,4}-?\d{2,}|#\s*\d{2,}|[A-Z]{1,4}-\d{3,}|\d{4,})\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequisitionId();

    /// <summary>"Contoso HQ", "Fabrikam offices": the place, not the name.</summary>
    [GeneratedRegex(@"\s+(?:hq|headquarters|head\s+office|main\s+office|offices?|campus)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceTrailer();

    [GeneratedRegex(@"\b(?:inc|ltd|co|corp|llc|plc|s\.a|n\.v)\.$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorporateAbbreviationEnd();
}
