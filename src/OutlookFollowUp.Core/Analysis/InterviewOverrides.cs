using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Core.Extraction;
using OutlookFollowUp.Core.Model;

namespace OutlookFollowUp.Core.Analysis;

/// <summary>
/// What the user corrected about one interview, which wins over what the invite seemed to say: the role and company
/// (their own words: used as given), whether it is their interview at all, and interviewers the invite did not list.
/// </summary>
/// <param name="Role">The role, or null to keep what the invite says.</param>
/// <param name="Company">The company, or null to keep what the invite says.</param>
/// <param name="IsMyInterview">True: treat it as the user's candidate interview; false: not their interview; null: decide from the invite.</param>
/// <param name="AddedInterviewers">People who interviewed the user but are not on the invite.</param>
public sealed record InterviewOverrides(string? Role = null, string? Company = null, bool? IsMyInterview = null, IReadOnlyList<EmailAddress>? AddedInterviewers = null)
{
    /// <summary>The reason given when the user said it is their interview.</summary>
    public const string MyInterviewReason = "you said this is your interview";

    /// <summary>The reason given when the user said it is not their interview.</summary>
    public const string NotMyInterviewReason = "you said this is not your interview";

    /// <summary>The drafts' language the user chose for this interview (the pane's switch); null: the language rule decides.</summary>
    public Languages.Language? DraftLanguage { get; init; }

    /// <summary>True when nothing is corrected.</summary>
    public bool IsEmpty => Role is null && Company is null && IsMyInterview is null && AddedInterviewers is not { Count: > 0 } && DraftLanguage is null;

    /// <summary>The role and company, with the user's own where they gave them.</summary>
    public RoleAndCompany Apply(RoleAndCompany extracted)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        return extracted with
        {
            Role = Clean(Role) ?? extracted.Role,
            Company = Clean(Company) ?? extracted.Company,
            UnconfirmedCompany = Clean(Company) is null ? extracted.UnconfirmedCompany : null,
        };
    }

    /// <summary>The user's verdict as a classification, or the invite's own (computed only when needed).</summary>
    public InterviewClassification Classification(Func<InterviewClassification> fromInvite)
    {
        ArgumentNullException.ThrowIfNull(fromInvite);
        return IsMyInterview switch
        {
            true => new InterviewClassification(InterviewKind.CandidateInterview, [MyInterviewReason]) { IsOneWay = false },
            false => new InterviewClassification(InterviewKind.NotInterview, [NotMyInterviewReason]),
            _ => fromInvite(),
        };
    }

    /// <summary>The event with the user's added interviewers as required attendees who accepted (each address once).</summary>
    public CalendarEvent WithAddedInterviewers(CalendarEvent calendarEvent)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        if (AddedInterviewers is not { Count: > 0 } added)
        {
            return calendarEvent;
        }

        var attendees = calendarEvent.Attendees.ToList();
        foreach (var person in added.Where(p => p.IsWellFormed))
        {
            if (!attendees.Exists(a => a.Email.SameMailbox(person)) && calendarEvent.Organizer?.SameMailbox(person) != true)
            {
                attendees.Add(new Attendee(person, AttendeeType.Required, AttendeeResponse.Accepted));
            }
        }

        return calendarEvent with { Attendees = attendees };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
