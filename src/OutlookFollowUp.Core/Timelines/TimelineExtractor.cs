using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Timelines;

/// <summary>
/// Finds the employer's stated response timeline in invite text and resolves it to a date (DESIGN.md, "respondBy"),
/// in English, Spanish, French, German and Portuguese. Only statements about the employer responding count: a time
/// phrase must belong to a clause in which the employer answers (hear back, get back to you, decision, next steps,
/// let you know; nous reviendrons vers vous, wir melden uns, …) and must not belong to something the candidate is
/// asked to do ("please confirm your availability by Monday", "merci de confirmer avant lundi").
/// </summary>
public static class TimelineExtractor
{
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
    /// The text's languages are detected (<see cref="LanguageDetector"/>); English is always read.
    /// </summary>
    /// <param name="text">Plain text (subject and body) as produced by <see cref="Text.PlainText"/>.</param>
    /// <param name="interviewEnd">D: the interview's last local day in the user's zone.</param>
    /// <param name="week">The user's working days.</param>
    public static TimelineReading Read(string text, DateOnly interviewEnd, WorkWeek week) =>
        Read(text, interviewEnd, week, LanguagesOf(text));

    /// <summary>As <see cref="Read(string, DateOnly, WorkWeek)"/>, in the given languages.</summary>
    /// <param name="text">Plain text (subject and body).</param>
    /// <param name="interviewEnd">D: the interview's last local day in the user's zone.</param>
    /// <param name="week">The user's working days.</param>
    /// <param name="languages">The languages to read the text in.</param>
    public static TimelineReading Read(string text, DateOnly interviewEnd, WorkWeek week, IReadOnlyList<Language> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var stale = new List<StatedTimeline>();
        StatedTimeline? latest = null;
        foreach (var language in languages)
        {
            foreach (var statement in Scan(text, interviewEnd, week, stale, TimelineLexicon.For(language)))
            {
                if (latest is null || statement.RespondBy > latest.RespondBy)
                {
                    latest = statement;
                }
            }
        }

        return new TimelineReading(latest, stale);
    }

    /// <summary>Every employer timeline statement in the text on or after D, in reading order (languages detected).</summary>
    public static IReadOnlyList<StatedTimeline> FindAll(string text, DateOnly interviewEnd, WorkWeek week) =>
        FindAll(text, interviewEnd, week, LanguagesOf(text));

    /// <summary>Every employer timeline statement in the text on or after D, language by language, in reading order.</summary>
    public static IReadOnlyList<StatedTimeline> FindAll(string text, DateOnly interviewEnd, WorkWeek week, IReadOnlyList<Language> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var all = new List<StatedTimeline>();
        foreach (var language in languages)
        {
            all.AddRange(Scan(text, interviewEnd, week, null, TimelineLexicon.For(language)));
        }

        return all;
    }

    private static IReadOnlyList<Language> LanguagesOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LanguageDetector.Detect(null, text).ReadingLanguages(null);
    }

    private static List<StatedTimeline> Scan(string text, DateOnly interviewEnd, WorkWeek week, List<StatedTimeline>? stale, TimelineLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(week);
        var found = new List<StatedTimeline>();
        var employerAt = lexicon.EmployerResponse.Matches(text);
        if (employerAt.Count == 0)
        {
            return found;
        }

        // Only the sentences in which the employer responds are split into clauses and searched for time phrases.
        var next = 0;
        foreach (var (start, length) in SentenceSpans(text, lexicon.SentenceBreak))
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
            foreach (var clause in lexicon.ClauseBreak.Split(sentence))
            {
                var employer = lexicon.EmployerResponse.Matches(clause);
                if (employer.Count == 0)
                {
                    continue;
                }

                foreach (var (match, resolve) in TimePhrases(clause, lexicon))
                {
                    if (!BelongsToEmployer(clause, match, employer, lexicon.OtherAction))
                    {
                        continue;
                    }

                    if (resolve(match, interviewEnd, week, lexicon.Words) is not { } date)
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
    private static List<(int Start, int Length)> SentenceSpans(string text, Regex sentenceBreak)
    {
        var spans = new List<(int Start, int Length)>();
        var start = 0;
        foreach (var separator in sentenceBreak.EnumerateMatches(text))
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

    /// <summary>Time phrases in a clause, longest first where they overlap.</summary>
    private static List<(Match Match, Resolver Resolve)> TimePhrases(string clause, TimelineLexicon lexicon)
    {
        var all = new List<(Match Match, Resolver Resolve)>();
        foreach (var rule in lexicon.Rules)
        {
            if (!clause.AsSpan().ContainsAny(rule.Trigger))
            {
                continue;
            }

            foreach (Match m in rule.Pattern.Matches(clause))
            {
                all.Add((m, rule.Resolve));
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
    private static bool BelongsToEmployer(string clause, Match time, MatchCollection employer, Regex otherAction)
    {
        var other = otherAction.Matches(clause);
        var timeStart = time.Index;
        var timeEnd = time.Index + time.Length;

        int? nearestBefore = null;
        var beforeIsEmployer = false;
        int? nearestAfter = null;
        var afterIsEmployer = false;

        var around = false;
        void Consider(Match m, bool isEmployer)
        {
            var mEnd = m.Index + m.Length;
            if (isEmployer && m.Index <= timeStart && mEnd >= timeEnd && m.Length > time.Length)
            {
                // German parts a verb around the time: "Sie erhalten bis zum 4. Dezember eine Rückmeldung".
                around = true;
                return;
            }

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

        if (around)
        {
            return true;
        }

        return nearestBefore is not null ? beforeIsEmployer : nearestAfter is not null && afterIsEmployer;
    }
}
