using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Core.Drafting;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.Core.Recipients;
using OutlookFollowUp.Core.Timelines;

namespace OutlookFollowUp.Core.Analysis;

/// <summary>One proposed thank-you draft.</summary>
/// <param name="To">The recipient.</param>
/// <param name="Text">Subject and body.</param>
/// <param name="CreateAt">When the draft is placed: the interview's end.</param>
/// <param name="SendBy">When etiquette says it should be sent: 24 hours after the end.</param>
/// <param name="Warnings">What the linter found.</param>
/// <param name="Key">The idempotency key that tags the draft in Graph.</param>
public sealed record ThankYouDraft(Recipient To, DraftText Text, DateTimeOffset CreateAt, DateTimeOffset SendBy, IReadOnlyList<string> Warnings, string Key);

/// <summary>The one status check for an interview.</summary>
/// <param name="Due">The local date it is due: respondBy + 2 business days, or D + 5 business days.</param>
/// <param name="RemindAt">The due date at the start of working hours, in the user's zone.</param>
/// <param name="To">The status-check recipient, or null when the invite names nobody eligible.</param>
/// <param name="Text">The status-check draft placed on the due date when the employer has not replied.</param>
/// <param name="TaskKey">Key of the To Do task.</param>
/// <param name="DraftKey">Key of the status-check draft.</param>
public sealed record StatusCheckPlan(DateOnly Due, DateTimeOffset RemindAt, Recipient? To, DraftText Text, string TaskKey, string DraftKey);

/// <summary>
/// Who counts as the employer when a reply arrives: any address at one of <paramref name="Domains"/>, one of the exact
/// <paramref name="Addresses"/> (people on public mail domains), or the scheduling system address that sent the invite
/// when the message names <paramref name="Company"/>.
/// </summary>
public sealed record EmployerContacts(IReadOnlyList<string> Domains, IReadOnlyList<string> Addresses, string? SchedulingAddress, string? Company);

/// <summary>Everything the product understands about one event, and what it proposes to do.</summary>
public sealed record InterviewAnalysis
{
    /// <summary>Graph's event id.</summary>
    public required string EventId { get; init; }

    /// <summary>The key under which follow-ups of this interview are stored (the iCalUId, else the id).</summary>
    public required string FollowUpId { get; init; }

    public required string Subject { get; init; }

    public required InterviewClassification Classification { get; init; }

    public string? Role { get; init; }

    public string? Company { get; init; }

    /// <summary>True when the employer asked not to be contacted; then nothing is drafted or scheduled.</summary>
    public bool NoContact { get; init; }

    /// <summary>The sentence that asked not to be contacted.</summary>
    public string? NoContactText { get; init; }

    /// <summary>True when the employer asked only not to be asked about the status: thank-yous yes, no status check.</summary>
    public bool NoStatusInquiries { get; init; }

    /// <summary>The sentence that asked not to be asked about the status.</summary>
    public string? NoStatusInquiriesText { get; init; }

    public bool IsCancelled { get; init; }

    /// <summary>D: the interview's last local day in the user's zone.</summary>
    public DateOnly InterviewEndDate { get; init; }

    /// <summary>The interview's end instant.</summary>
    public DateTimeOffset End { get; init; }

    /// <summary>The employer's stated timeline, when there is one.</summary>
    public StatedTimeline? Timeline { get; init; }

    public required RecipientSet Recipients { get; init; }

    public IReadOnlyList<ThankYouDraft> ThankYouDrafts { get; init; } = [];

    public StatusCheckPlan? StatusCheck { get; init; }

    public required EmployerContacts Employer { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The drafts' language (Contract 1's <c>language</c>): the invite's, else the mailbox's, else English, unless the user chose one.</summary>
    public Language Language { get; init; } = Language.English;

    /// <summary>The invite's own language when it is one of the five and could be told; null otherwise.</summary>
    public Language? InviteLanguage { get; init; }

    /// <summary>The mailbox's language (from its locale) when it is one of the five; the pane offers it as an alternative.</summary>
    public Language? MailboxLanguage { get; init; }

    /// <summary>Where <see cref="Language"/> came from.</summary>
    public LanguageSource LanguageSource { get; init; } = LanguageSource.Default;

    /// <summary>How the drafts address their recipients: the invite's own register, formal when unsure.</summary>
    public Formality Formality { get; init; } = Formality.Formal;

    /// <summary>True when the product acts on this event: a candidate interview, not cancelled, no no-contact request.</summary>
    public bool IsActionable => Classification.Kind == InterviewKind.CandidateInterview && !IsCancelled && !NoContact;
}
