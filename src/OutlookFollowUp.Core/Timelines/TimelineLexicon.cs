using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Languages;

namespace OutlookFollowUp.Core.Timelines;

/// <summary>Resolves a matched time phrase to a date, given D, the user's working week and the language's words.</summary>
internal delegate DateOnly? Resolver(Match match, DateOnly interviewEnd, Scheduling.WorkWeek week, TimeWords words);

/// <summary>One kind of time phrase: its pattern, how it resolves, and the words without which it cannot match.</summary>
internal sealed record TimeRule(Regex Pattern, Resolver Resolve, System.Buffers.SearchValues<string> Trigger);

/// <summary>
/// How one language states a response timeline: where sentences and clauses break, which phrases are the employer
/// responding and which are the candidate asked to act, the time phrases, and the words inside them (month and day
/// names, numbers). One algorithm (<see cref="TimelineExtractor"/>) reads every language with its lexicon.
/// </summary>
internal sealed class TimelineLexicon
{
    public required Regex SentenceBreak { get; init; }

    public required Regex ClauseBreak { get; init; }

    public required Regex EmployerResponse { get; init; }

    public required Regex OtherAction { get; init; }

    public required IReadOnlyList<TimeRule> Rules { get; init; }

    public required TimeWords Words { get; init; }

    public static TimelineLexicon For(Language language) => language switch
    {
        Language.Spanish => SpanishTimeline.Lexicon,
        Language.French => FrenchTimeline.Lexicon,
        Language.German => GermanTimeline.Lexicon,
        Language.Portuguese => PortugueseTimeline.Lexicon,
        _ => EnglishTimeline.Lexicon,
    };

    public static System.Buffers.SearchValues<string> Triggers(params string[] words) =>
        System.Buffers.SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
}
