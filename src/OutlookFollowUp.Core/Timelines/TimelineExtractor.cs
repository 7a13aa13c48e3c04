using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Timelines;

/// <summary>
/// Finds the employer's stated response timeline in invite text and resolves it to a date (DESIGN.md, "respondBy").
/// Only statements about the employer responding count: a time phrase must belong to a clause in which the employer
/// answers (hear back, get back to you, decision, next steps, let you know, …) and must not belong to something the
/// candidate is asked to do ("please confirm your availability by Monday").
/// </summary>
public static partial class TimelineExtractor
{
    private const string WeekdayFull = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private const string WeekdayAbbr = "mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun";
    private const string Month = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private const string Day = @"(?:(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?|(?<dayw>" + NumberWords.OrdinalWord + "))";
    private const string Year = @"(?:,?\s+(?<year>\d{4}))?";
    private const string Unit = @"(?<unit>(?:business|working|work|calendar)[\s-]+days?|days?|weeks?|hours?|hrs?|months?)";

    private delegate DateOnly? Resolver(Match match, DateOnly interviewEnd, WorkWeek week);

    // Each rule runs only on clauses that contain one of its trigger words: most clauses trigger two or three rules.
    private static readonly System.Buffers.SearchValues<string> Units = Triggers("day", "week", "hour", "hr", "month");
    private static readonly System.Buffers.SearchValues<string> Months = Triggers("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static readonly System.Buffers.SearchValues<string> Digits = Triggers("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static readonly System.Buffers.SearchValues<string> Weekdays = Triggers("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static readonly System.Buffers.SearchValues<string> WeekWords = Triggers("week", "eow");
    private static readonly System.Buffers.SearchValues<string> MonthWords = Triggers("month", "eom");

    private static readonly (Regex Pattern, Resolver Resolve, System.Buffers.SearchValues<string> Trigger)[] Rules =
    [
        (DurationRange(), ResolveDuration, Units),
        (DayOrTwo(), ResolveDayOrTwo, Triggers(" or two", " or 2")),
        (Fortnight(), ResolveFortnight, Triggers("fortnight")),
        (NextPeriod(), ResolveNextPeriod, Triggers("next", "coming")),
        (WeekOfDate(), ResolveWeekOfDate, WeekWords),
        (MonthDay(), ResolveCalendarDate, Months),
        (DayMonth(), ResolveCalendarDate, Months),
        (NumericDate(), ResolveNumericDate, Triggers("/")),
        (OrdinalDay(), ResolveOrdinalDay, Digits),
        (MonthPart(), ResolveMonthPart, Months),
        (Weekday(), ResolveWeekday, Weekdays),
        (ThisWeek(), (_, d, w) => w.EndOfWeek(d), WeekWords),
        (NextWeek(), (_, d, w) => w.EndOfNextWeek(d), WeekWords),
        (WeekAfterNext(), (_, d, w) => w.EndOfWeek(w.StartOfWeek(w.EndOfNextWeek(d)).AddDays(7)), WeekWords),
        (ThisMonth(), (_, d, _) => LastDayOfMonth(d), MonthWords),
        (NextMonth(), ResolveNextMonth, MonthWords),
        (Tomorrow(), (m, d, _) => d.AddDays(m.Groups["after"].Success ? 2 : 1), Triggers("tomorrow")),
        (Today(), (_, d, _) => d, Triggers("today", "tonight", "afternoon", "evening", "end of", "eod", "cob", "close of")),
    ];

    private static System.Buffers.SearchValues<string> Triggers(params string[] words) =>
        System.Buffers.SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The stated timeline with the latest date among all employer statements in the text, or null when there is none.
    /// </summary>
    /// <param name="text">Plain text (subject and body) as produced by <see cref="Text.PlainText"/>.</param>
    /// <param name="interviewEnd">D: the interview's last local day in the user's zone.</param>
    /// <param name="week">The user's working days.</param>
    public static StatedTimeline? Extract(string text, DateOnly interviewEnd, WorkWeek week) => Read(text, interviewEnd, week).Timeline;

    /// <summary>
    /// The stated timeline (the latest date among the employer's statements) and the statements whose date was already
    /// past at the interview (a stale invite, e.g. after a reschedule): those are ignored, never rolled a year ahead.
    /// </summary>
    /// <param name="text">Plain text (subject and body) as produced by <see cref="Text.PlainText"/>.</param>
    /// <param name="interviewEnd">D: the interview's last local day in the user's zone.</param>
    /// <param name="week">The user's working days.</param>
    public static TimelineReading Read(string text, DateOnly interviewEnd, WorkWeek week)
    {
        var stale = new List<StatedTimeline>();
        StatedTimeline? latest = null;
        foreach (var statement in Scan(text, interviewEnd, week, stale))
        {
            if (latest is null || statement.RespondBy > latest.RespondBy)
            {
                latest = statement;
            }
        }

        return new TimelineReading(latest, stale);
    }

    /// <summary>Every employer timeline statement in the text on or after D, in reading order.</summary>
    public static IReadOnlyList<StatedTimeline> FindAll(string text, DateOnly interviewEnd, WorkWeek week) => Scan(text, interviewEnd, week, null);

    private static List<StatedTimeline> Scan(string text, DateOnly interviewEnd, WorkWeek week, List<StatedTimeline>? stale)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(week);
        var found = new List<StatedTimeline>();
        var employerAt = EmployerResponse().Matches(text);
        if (employerAt.Count == 0)
        {
            return found;
        }

        // Only the sentences in which the employer responds are split into clauses and searched for time phrases.
        var next = 0;
        foreach (var (start, length) in SentenceSpans(text))
        {
            while (next < employerAt.Count && employerAt[next].Index < start)
            {
                next++;
            }

            if (next >= employerAt.Count)
            {
                break;
            }

            if (employerAt[next].Index >= start + length)
            {
                continue;
            }

            var sentence = text.Substring(start, length);
            foreach (var clause in Clauses(sentence))
            {
                var employer = EmployerResponse().Matches(clause);
                if (employer.Count == 0)
                {
                    continue;
                }

                foreach (var (match, resolve) in TimePhrases(clause))
                {
                    if (!BelongsToEmployer(clause, match, employer))
                    {
                        continue;
                    }

                    if (resolve(match, interviewEnd, week) is not { } date)
                    {
                        continue;
                    }

                    if (date >= interviewEnd)
                    {
                        found.Add(new StatedTimeline(date, sentence.Trim(), match.Value.Trim()));
                    }
                    else
                    {
                        stale?.Add(new StatedTimeline(date, sentence.Trim(), match.Value.Trim()));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The non-empty sentences of a text as (start, length), without allocating them.</summary>
    private static List<(int Start, int Length)> SentenceSpans(string text)
    {
        var spans = new List<(int Start, int Length)>();
        var start = 0;
        foreach (var separator in SentenceBreak().EnumerateMatches(text))
        {
            // A sentence keeps its own full stop, question or exclamation mark ("…by Friday." reads as written).
            var punctuation = 0;
            while (punctuation < separator.Length && text[separator.Index + punctuation] is '.' or '!' or '?')
            {
                punctuation++;
            }

            if (separator.Index > start)
            {
                spans.Add((start, separator.Index - start + punctuation));
            }

            start = separator.Index + separator.Length;
        }

        if (start < text.Length)
        {
            spans.Add((start, text.Length - start));
        }

        return spans;
    }

    private static string[] Clauses(string sentence) => ClauseBreak().Split(sentence);

    /// <summary>Time phrases in a clause, longest first where they overlap.</summary>
    private static List<(Match Match, Resolver Resolve)> TimePhrases(string clause)
    {
        var all = new List<(Match Match, Resolver Resolve)>();
        foreach (var (pattern, resolve, trigger) in Rules)
        {
            if (!clause.AsSpan().ContainsAny(trigger))
            {
                continue;
            }

            foreach (Match m in pattern.Matches(clause))
            {
                all.Add((m, resolve));
            }
        }

        all.Sort((a, b) => a.Match.Index != b.Match.Index ? a.Match.Index.CompareTo(b.Match.Index) : b.Match.Length.CompareTo(a.Match.Length));
        var kept = new List<(Match Match, Resolver Resolve)>();
        var end = -1;
        foreach (var phrase in all)
        {
            if (phrase.Match.Index >= end)
            {
                kept.Add(phrase);
                end = phrase.Match.Index + phrase.Match.Length;
            }
            else if (phrase.Match.Index + phrase.Match.Length > end && kept.Count > 0
                     && phrase.Match.Length > kept[^1].Match.Length && phrase.Match.Index == kept[^1].Match.Index)
            {
                kept[^1] = phrase;
                end = phrase.Match.Index + phrase.Match.Length;
            }
        }

        return kept;
    }

    /// <summary>
    /// A time phrase belongs to the employer when the nearest action before it is an employer response; with no action
    /// before it ("By Friday, we will let you know"), the nearest action after it decides.
    /// </summary>
    private static bool BelongsToEmployer(string clause, Match time, MatchCollection employer)
    {
        var other = OtherAction().Matches(clause);
        var timeStart = time.Index;
        var timeEnd = time.Index + time.Length;

        int? nearestBefore = null;
        var beforeIsEmployer = false;
        int? nearestAfter = null;
        var afterIsEmployer = false;

        void Consider(Match m, bool isEmployer)
        {
            var mEnd = m.Index + m.Length;
            if (m.Index < timeEnd && mEnd > timeStart)
            {
                return; // inside the time phrase itself ("close of business")
            }

            if (mEnd <= timeStart && (nearestBefore is null || m.Index > nearestBefore))
            {
                nearestBefore = m.Index;
                beforeIsEmployer = isEmployer;
            }
            else if (m.Index >= timeEnd && (nearestAfter is null || m.Index < nearestAfter))
            {
                nearestAfter = m.Index;
                afterIsEmployer = isEmployer;
            }
        }

        foreach (Match m in employer)
        {
            Consider(m, true);
        }

        foreach (Match m in other)
        {
            // "a reply" is the employer's; the bare verb inside it is not a second action.
            if (!employer.Any(e => m.Index < e.Index + e.Length && m.Index + m.Length > e.Index))
            {
                Consider(m, false);
            }
        }

        return nearestBefore is not null ? beforeIsEmployer : nearestAfter is not null && afterIsEmployer;
    }

    private static DateOnly? ResolveDuration(Match m, DateOnly d, WorkWeek week)
    {
        var first = m.Groups["n1"].Value;
        var upper = m.Groups["n2"].Success ? m.Groups["n2"].Value : first;
        if (NumberWords.Parse(upper) is not { } n || n <= 0 || n > 400)
        {
            return null;
        }

        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        if (unit.StartsWith("business", StringComparison.Ordinal) || unit.StartsWith("work", StringComparison.Ordinal))
        {
            return week.AddBusinessDays(d, n);
        }

        if (unit.StartsWith("day", StringComparison.Ordinal) || unit.StartsWith("calendar", StringComparison.Ordinal))
        {
            // "a few days" is three business days; a few of anything else is three of it.
            return NumberWords.IsFew(upper) && unit.StartsWith("day", StringComparison.Ordinal) ? week.AddBusinessDays(d, n) : d.AddDays(n);
        }

        if (unit.StartsWith("week", StringComparison.Ordinal))
        {
            return d.AddDays(7 * n);
        }

        if (unit.StartsWith('h'))
        {
            return d.AddDays((n + 23) / 24);
        }

        return d.AddMonths(n);
    }

    private static DateOnly? ResolveFortnight(Match m, DateOnly d, WorkWeek week)
    {
        var n = m.Groups["n"].Success ? NumberWords.Parse(m.Groups["n"].Value) ?? 1 : 1;
        return n is > 0 and <= 26 ? d.AddDays(14 * n) : null;
    }

    private static DateOnly? ResolveDayOrTwo(Match m, DateOnly d, WorkWeek week)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        return unit.StartsWith("week", StringComparison.Ordinal) ? d.AddDays(14)
            : unit.StartsWith("month", StringComparison.Ordinal) ? d.AddMonths(2)
            : d.AddDays(2);
    }

    private static DateOnly? ResolveNextPeriod(Match m, DateOnly d, WorkWeek week)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        return unit.StartsWith("week", StringComparison.Ordinal) ? d.AddDays(7)
            : unit.StartsWith("month", StringComparison.Ordinal) ? d.AddMonths(1)
            : d.AddDays(1);
    }

    private static DateOnly? ResolveCalendarDate(Match m, DateOnly d, WorkWeek week)
    {
        var month = MonthNumber(m.Groups["mon"].Value);
        var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value) : NumberWords.ParseOrdinal(m.Groups["dayw"].Value);
        if (month is null || day is null)
        {
            return null;
        }

        return m.Groups["year"].Success ? TryDate(int.Parse(m.Groups["year"].Value), month.Value, day.Value) : InInterviewYear(d, month.Value, day.Value);
    }

    /// <summary>"the week of November 23": the last working day of the week that contains that date.</summary>
    private static DateOnly? ResolveWeekOfDate(Match m, DateOnly d, WorkWeek week) =>
        ResolveCalendarDate(m, d, week) is { } date ? week.EndOfWeek(date) : null;

    private static DateOnly? ResolveNumericDate(Match m, DateOnly d, WorkWeek week)
    {
        var month = int.Parse(m.Groups["m"].Value);
        var day = int.Parse(m.Groups["d"].Value);
        if (!m.Groups["y"].Success)
        {
            return InInterviewYear(d, month, day);
        }

        var year = int.Parse(m.Groups["y"].Value);
        return TryDate(year < 100 ? 2000 + year : year, month, day);
    }

    private static DateOnly? ResolveOrdinalDay(Match m, DateOnly d, WorkWeek week)
    {
        var day = int.Parse(m.Groups["day"].Value);
        for (var i = 0; i < 13; i++)
        {
            var month = d.AddMonths(i);
            if (TryDate(month.Year, month.Month, day) is { } date && date >= d)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? ResolveMonthPart(Match m, DateOnly d, WorkWeek week)
    {
        if (MonthNumber(m.Groups["mon"].Value) is not { } month)
        {
            return null;
        }

        // The month may already have started: "by the end of November" said on November 10. A month already over is
        // stale, except January or February said in December.
        var start = new DateOnly(d.Year, month, 1);
        if (start.AddMonths(1).AddDays(-1) < d && d.Month == 12 && month <= 2)
        {
            start = start.AddYears(1);
        }

        var part = m.Groups["part"].Value.ToLowerInvariant();
        return part switch
        {
            "beginning" or "start" => start,
            "early" => start.AddDays(6),
            "mid" or "middle" => start.AddDays(14),
            _ => start.AddMonths(1).AddDays(-1),
        };
    }

    private static DateOnly? ResolveWeekday(Match m, DateOnly d, WorkWeek week)
    {
        var name = m.Groups["wd"].Value;
        if (!TryParseWeekday(name, out var day))
        {
            return null;
        }

        if (m.Groups["next"].Success)
        {
            return week.DayOfNextWeek(d, day);
        }

        // "by Friday": the first Friday after D.
        var offset = ((int)day - (int)d.DayOfWeek + 7) % 7;
        return d.AddDays(offset == 0 ? 7 : offset);
    }

    private static DateOnly? ResolveNextMonth(Match m, DateOnly d, WorkWeek week)
    {
        var start = new DateOnly(d.Year, d.Month, 1).AddMonths(1);
        return m.Groups["part"].Value.ToLowerInvariant() switch
        {
            "beginning" or "start" => start,
            "early" => start.AddDays(6),
            "mid" or "middle" => start.AddDays(14),
            _ => start.AddMonths(1).AddDays(-1),
        };
    }

    private static DateOnly LastDayOfMonth(DateOnly d) => new DateOnly(d.Year, d.Month, 1).AddMonths(1).AddDays(-1);

    /// <summary>
    /// A date without a year (DESIGN.md): in D's year, or in the next year only when D is in December and the date in
    /// January or February. A date before D stays before D, so the caller can tell a stale statement.
    /// </summary>
    private static DateOnly? InInterviewYear(DateOnly d, int month, int day)
    {
        var year = d.Month == 12 && month <= 2 ? d.Year + 1 : d.Year;
        // February 29 in a year without it: the statement cannot be placed.
        return TryDate(year, month, day);
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int? MonthNumber(string name)
    {
        var t = name.ToLowerInvariant().TrimEnd('.');
        if (t.Length < 3)
        {
            return null;
        }

        string[] months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        var index = Array.IndexOf(months, t[..3]);
        return index >= 0 ? index + 1 : null;
    }

    private static bool TryParseWeekday(string name, out DayOfWeek day)
    {
        var t = name.ToLowerInvariant().TrimEnd('.');
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            if (candidate.ToString().StartsWith(t.Length >= 3 ? t[..3] : t, StringComparison.OrdinalIgnoreCase))
            {
                day = candidate;
                return true;
            }
        }

        day = default;
        return false;
    }

    // ---- sentence and clause structure ------------------------------------------------------------------------------

    [GeneratedRegex(@"(?<!\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mr|mrs|ms|dr|st|prof|approx|etc|vs|no|inc|ltd|corp|co|[a-z]))\.(?:\s+|$)|[!?]+(?:\s+|$)|[\n;]+\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak(); // no leading \s*: it would make every space a place to try

    // A coordinated verb phrase is a clause of its own: "we are finishing our conversations this week and will decide by
    // Thursday" has "this week" in one clause and the response verb with "Thursday" in the other.
    [GeneratedRegex(@",?\s+(?:and|but|so|while|whereas|although|though|however|meanwhile|then)\s*,?\s+(?=(?:we|we'll|we're|we'd|i|i'll|you|you'll|you're|our|they|they'll|please|someone|the|a|an|if|once|after|in\s+the\s+meantime|kindly|feel|do|don't|expect)\b)|,?\s+(?:and|but|then)\s+(?:then\s+)?(?=(?:will|would|should|shall|can|could|may|might|must|hope|plan|aim|expect|intend|decide|get|let|reach|contact|notify|inform|follow|make|share|send|come|circle|respond|update|announce|finali[sz]e)\b)|:\s+(?=please\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    /// <summary>Phrases in which the employer responds to the candidate.</summary>
    [GeneratedRegex(
        @"\bhear(?:ing)?\s+(?:back|from)\b" +
        @"|\b(?:get|getting|come|coming|circle|circling)\s+back\s+(?:to|with)\s+(?:you|candidates|all)\b" +
        @"|\bbe\s+in\s+touch\b|\b(?:get|getting)\s+in\s+touch\s+with\s+you\b|\bin\s+contact\s+with\s+you\b" +
        @"|\bfollow(?:ing)?[\s-]+up\s+with\s+you\b" +
        @"|\b(?:we|i|they|team|someone|recruiter|manager|hr)(?:'ll|\s+will|\s+would|\s+should|\s+shall|\s+(?:plan|aim|hope|expect|intend|try)\s+to)?\s+(?:reach\s+out|follow[\s-]+up|respond)\b" +
        @"|\breach(?:ing)?\s+out\s+to\s+you\b" +
        @"|\b(?:contact|contacting|notify|notifying|inform|informing|advise|advising|update|updating|reach)\s+(?:you|everyone|(?:all\s+)?(?:the\s+)?(?:candidates|applicants))\b" +
        @"|\bbe\s+(?:notified|informed|contacted|advised|updated)\b" +
        @"|\blet\s+(?:you|you\s+all|candidates|all\s+candidates|applicants|everyone)\s+know\b" +
        @"|\brespond(?:ing)?\s+to\s+(?:you|candidates|all\s+candidates|applicants|all\s+applicants|everyone)\b" +
        @"|(?<!\byour\s)(?<!\byour\s(?:final|hiring)\s)\bdecisions?\b|\b(?:we|they|team|manager|committee)(?:'ll|\s+will|\s+should|\s+can|\s+could|\s+may|\s+would|\s+(?:plan|aim|hope|expect)\s+to)?\s+decide\b" +
        @"|\b(?:will|shall|should|(?:plan(?:ned)?|aim(?:ed)?|hope[ds]?|expect(?:ed)?|intend(?:ed)?)\s+to)\s+(?:decide|reach\s+out|follow[\s-]+up|respond|revert|announce)\b" +
        @"|\bcircl(?:e|ing)\s+back\b|\btouch(?:ing)?\s+base\s+with\s+you\b" +
        @"|\bnext\s+steps?\b" +
        @"|\b(?:an?|any|the|further|final|status|an\s+official)\s+updates?\b|\bupdates?\s+(?:on|about|regarding|from\s+us)\b" +
        @"|\b(?:our|a|an|the|final)\s+(?:response|answer|reply)\b|\boutcome\b|\bresults?\b(?!\s+(?:of|from)\s+(?:your|the)\s+(?:test|assessment))|(?<!\byour\s)\bfeedback\b|\brevert\b" +
        @"|\b(?:have|share|send)\s+(?:some\s+|any\s+)?news\b|\bnews\s+(?:for|to)\s+you\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmployerResponse();

    /// <summary>Things the candidate is asked to do, and other events a time phrase may belong to.</summary>
    [GeneratedRegex(
        @"\b(?:confirm|send|submit|return|complete|fill(?:\s+out|\s+in)?|sign|upload|provide|bring|arrive|join|log\s*in|click|select|choose|book|schedule|reschedule|cancel|rsvp|accept|register|apply|prepare|review|reply|share\s+your|tell\s+us|let\s+us\s+know|contact\s+us|email\s+us|call\s+us|reach\s+out\s+to\s+us|(?:get|be)\s+in\s+touch\s+with\s+us|update\s+us|respond(?!\s+to\s+(?:you|candidates|applicants|all|everyone))|held|hold|take\s+place|takes\s+place|lasts?|starts?|begins?|expires?|closes?|available|availability|travel|visit|meet)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherAction();

    // ---- time phrases -----------------------------------------------------------------------------------------------

    [GeneratedRegex(@"\b(?<n1>" + NumberWords.Cardinal + @")(?:\s*(?:-|to|or)\s*(?<n2>" + NumberWords.Cardinal + @"))?\s+(?:more\s+|additional\s+|further\s+|full\s+)?" + Unit + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DurationRange();

    [GeneratedRegex(@"\b(?:(?<n>" + NumberWords.Cardinal + @")\s+)?fortnights?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Fortnight();

    [GeneratedRegex(@"\b(?:a|one)\s+(?<unit>day|week|month)\s+or\s+(?:two|2)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayOrTwo();

    [GeneratedRegex(@"\b(?:within|in|over|during)\s+the\s+(?:next|coming)\s+(?<unit>day|week|month)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NextPeriod();

    [GeneratedRegex(@"\b(?:(?:" + WeekdayFull + @"),?\s+)?(?<mon>" + Month + @")\.?\s+(?:the\s+)?" + Day + @"\b" + Year, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:the\s+)?week\s+of\s+(?:(?:" + WeekdayFull + @"),?\s+)?(?:(?<mon>" + Month + @")\.?\s+(?:the\s+)?" + Day + @"\b|(?:the\s+)?" + Day + @"\s+(?:of\s+)?(?<mon>" + Month + @")\b\.?)" + Year, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WeekOfDate();

    [GeneratedRegex(@"\b(?:(?:" + WeekdayFull + @"),?\s+)?(?:the\s+)?" + Day + @"\s+(?:of\s+)?(?<mon>" + Month + @")\b\.?" + Year, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?:\b(?:" + WeekdayFull + @"),?\s+)?(?<![\d/.])(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\d|0?[1-9])(?:/(?<y>\d{4}|\d{2}))?(?![\d/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?:(?:by|on|before|until|till)\s+(?:(?:" + WeekdayFull + @"),?\s+)?the\s+|(?:" + WeekdayFull + @"),?\s+the\s+)(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"\b(?:the\s+)?(?<part>beginning|start|early|mid|middle|end|late)(?:\s+of)?(?:\s+the\s+month\s+of)?[\s-]+(?<mon>" + Month + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthPart();

    // "next Friday" and "Monday (of) next week" are both the day in the following week.
    [GeneratedRegex(@"\b(?:this\s+coming\s+|coming\s+)?(?<next>next\s+)?(?<wd>" + WeekdayFull + @")\b(?:,?\s+(?:of\s+)?(?<next>(?:the\s+)?(?:next|following)\s+week)\b)?|\b(?:(?:by|on|before|until|till|than|this)\s+(?<next>next\s+)?|(?<next>next\s+))(?<wd>" + WeekdayAbbr + @")\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:end|close)\s+of\s+(?:(?:the|this)\s+)?(?:work\s*|working\s+|business\s+)?week|eow|(?:later|sometime|by)\s+this\s+week|this\s+week|within\s+the\s+week|(?:before|by)\s+the\s+weekend)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ThisWeek();

    [GeneratedRegex(@"\b(?:(?:early|late|mid|sometime|the\s+(?:end|beginning|start|middle)\s+of|(?:end|beginning|start|middle)\s+of)[\s-]+)?(?:the\s+)?(?:next|following)\s+week\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NextWeek();

    [GeneratedRegex(@"\b(?:the\s+)?week\s+after\s+next\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WeekAfterNext();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:end|close)\s+of\s+(?:(?:the|this)\s+)?month|month[\s-]end|eom|(?:later|sometime)\s+this\s+month|this\s+month|within\s+the\s+month)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ThisMonth();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?<part>beginning|start|early|mid|middle|end|late)(?:\s+of)?[\s-]+)?(?:the\s+)?next\s+month\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NextMonth();

    [GeneratedRegex(@"\b(?<after>the\s+day\s+after\s+)?tomorrow\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(@"\b(?:later\s+today|today|tonight|this\s+(?:afternoon|evening)|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+business)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Today();
}
