using System.Globalization;
using OutlookFollowUp.Core.Languages;

namespace OutlookFollowUp.Core.Drafting.Phrases;

/// <summary>The English drafts (one register). <see cref="DraftComposer.NoteSentence(string, int)"/> weaves English notes.</summary>
internal static class EnglishPhrases
{
    public static DraftPhrases Instance { get; } = new()
    {
        Language = Language.English,
        Formality = Formality.Formal,
        Openings =
        [
            "Thank you for taking the time to meet with me about {0}.",
            "I appreciated the chance to speak with you about {0}.",
            "Thank you for our conversation about {0} and for the time you gave me.",
            "It was a pleasure to meet you and to learn more about {0}.",
        ],
        InterestLines =
        [
            c => $"Our conversation strengthened my interest in joining {c ?? "your team"}, and I would be glad to bring my experience to the role.",
            c => $"I came away even more enthusiastic about the opportunity and about contributing to {c ?? "your team"}.",
            c => $"I am very interested in the position and would welcome the chance to contribute to {c ?? "your team"}.",
        ],
        Closings = ["Best regards,", "Kind regards,", "With thanks,", "Warm regards,"],
        SubjectLines =
        [
            "Thank you - {0} interview",
            "Thank you for your time - {0} interview",
            "Thanks for meeting with me - {0}",
            "Following our {0} interview - thank you",
        ],
        SubjectWithoutTopic = "Thank you for the interview",
        Greeting = (names, v) => names.First is null ? "Hello," : $"{(v % 2 == 0 ? "Dear" : "Hello")} {names.First},",
        NamelessGreeting = "Hello,",
        PlaceholderPrefix = "[Add one specific thing you discussed with ",
        PlaceholderEndings =
        [
            ": a project, a question they asked, or something you learned.]",
            ": something they said that stayed with you, or a topic you connected on.]",
        ],
        ThisInterviewer = "this interviewer",
        RolePhrase = (role, company) => (role, company) switch
        {
            ({ } r, { } c) => $"the {r} role at {c}",
            ({ } r, null) => $"the {r} role",
            (null, { } c) => $"the opportunity at {c}",
            _ => "the position",
        },
        // English notes are woven by DraftComposer's own English rules; this style is not used for them.
        Notes = new NoteStyle
        {
            TopicLeadIns = ["I especially enjoyed our conversation about {0}", "I appreciated hearing your thoughts on {0}", "I enjoyed talking with you about {0}"],
            FragmentLeadIns = ["I especially enjoyed {0}", "I particularly appreciated {0}", "I really enjoyed {0}"],
            SentenceStarts = NoteStyle.Set(""),
            Verbs = NoteStyle.Set(""),
            TopicStarts = NoteStyle.Set(""),
            LowerCaseStarts = NoteStyle.Set(""),
        },
        LeadInClashes = [(1, 1), (2, 0)],
        Status = new StatusCheckPhrases
        {
            About = (role, company) => role is { } r
                ? company is { } c ? $"the {r} role at {c}" : $"the {r} role"
                : company is { } only ? $"the position at {only}" : "the position",
            Opening = (about, day) => $"I hope you are doing well. I am writing to follow up on my interview for {about} on {day}.",
            Timeline = date => $"You mentioned that you expected to share an update by {date}, so I wanted to check in on the timeline.",
            NoTimeline = "I wanted to ask whether there is any update on the next steps.",
            Interest = "I remain very interested in the opportunity and would be glad to provide anything else you need.",
            Thanks = "Thank you again for your time and consideration.",
            Closing = "Best regards,",
            Subject = (role, company) => role is not null ? $"Following up on the {role} position"
                : company is not null ? $"Following up on my interview with {company}"
                : "Following up on my interview",
            Date = date => date.ToString("MMMM d", CultureInfo.InvariantCulture),
        },
        NeutralTeam = "your team",
        NeutralPosition = "the position",
    };
}
