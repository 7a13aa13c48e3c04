using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Languages;

namespace OutlookFollowUp.Core.Classification;

/// <summary>
/// The words of one language that the classifier weighs: interview vocabulary, hiring words, the not-interview kinds
/// (press, podcast, visa and consulate appointments, stay and exit interviews, user research, mock interviews), a
/// hiring system's notice to interviewers, and recorded one-way interviews. One table per language, one algorithm.
/// </summary>
internal sealed class ClassifierVocabulary
{
    public required Regex Interview { get; init; }

    public required Regex Ambiguous { get; init; }

    public required Regex Hiring { get; init; }

    public required Regex StrongNegative { get; init; }

    /// <summary>Every strong negative phrase holds one of these: most invites hold none and skip the long pattern.</summary>
    public required System.Buffers.SearchValues<string> NegativeAnchors { get; init; }

    public required Regex WeakNegative { get; init; }

    public required Regex Informal { get; init; }

    public required Regex OneWay { get; init; }

    public required System.Buffers.SearchValues<string> OneWayAnchors { get; init; }

    public required Regex InterviewerNotice { get; init; }

    public required Regex InterviewerSubject { get; init; }

    /// <summary>"with {someone}": who a notice says the meeting is with.</summary>
    public required Regex WithSomeone { get; init; }

    public static ClassifierVocabulary English { get; } = new()
    {
        Interview = InterviewClassifier.InterviewVocabulary(),
        Ambiguous = InterviewClassifier.AmbiguousVocabulary(),
        Hiring = InterviewClassifier.HiringVocabulary(),
        StrongNegative = InterviewClassifier.StrongNegative(),
        NegativeAnchors = InterviewClassifier.NegativeAnchors,
        WeakNegative = InterviewClassifier.WeakNegative(),
        Informal = InterviewClassifier.Informal(),
        OneWay = InterviewClassifier.OneWayVocabulary(),
        OneWayAnchors = InterviewClassifier.OneWayAnchors,
        InterviewerNotice = InterviewClassifier.InterviewerNotice(),
        InterviewerSubject = InterviewClassifier.InterviewerVocabulary(),
        WithSomeone = InterviewClassifier.WithSomeone(),
    };

    public static ClassifierVocabulary For(Language language) => language switch
    {
        Language.Spanish => ForeignVocabulary.Spanish,
        Language.French => ForeignVocabulary.French,
        Language.German => ForeignVocabulary.German,
        Language.Portuguese => ForeignVocabulary.Portuguese,
        _ => English,
    };

    public static IReadOnlyList<ClassifierVocabulary> For(IReadOnlyList<Language> languages)
    {
        if (languages.Count == 1 && languages[0] == Language.English)
        {
            return EnglishOnly;
        }

        var list = new List<ClassifierVocabulary>(languages.Count);
        foreach (var language in languages)
        {
            var v = For(language);
            if (!list.Contains(v))
            {
                list.Add(v);
            }
        }

        return list;
    }

    private static readonly IReadOnlyList<ClassifierVocabulary> EnglishOnly = [English];
}
