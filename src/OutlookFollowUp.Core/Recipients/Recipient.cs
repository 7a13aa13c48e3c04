using OutlookFollowUp.Core.Model;

namespace OutlookFollowUp.Core.Recipients;

/// <summary>Someone who gets a thank-you draft (or the status check).</summary>
/// <param name="Address">The address, lower-cased.</param>
/// <param name="DisplayName">The display name from the invite, when there is one.</param>
/// <param name="GreetingName">The first name to greet by, or null to greet without a name.</param>
/// <param name="IsOrganizer">True when this is the event's organizer.</param>
/// <param name="Type">How they were invited (the organizer counts as required).</param>
public sealed record Recipient(string Address, string? DisplayName, string? GreetingName, bool IsOrganizer, AttendeeType Type)
{
    public string Domain => Address[(Address.IndexOf('@') + 1)..];
}

/// <summary>Why an address from the invite gets no draft.</summary>
public enum ExclusionReason
{
    TheUser,
    Resource,
    Declined,
    AutomatedSender,
    NoAddress,

    /// <summary>Another candidate in a group interview (a public-mail address beside the employer's people).</summary>
    FellowCandidate,
}

/// <summary>An invite address left out, and why.</summary>
public sealed record ExcludedAddress(string Address, string? DisplayName, ExclusionReason Reason);

/// <summary>The people to thank and the one to ask about status.</summary>
/// <param name="ThankYou">One entry per eligible person, organizer first, de-duplicated by address.</param>
/// <param name="StatusCheck">The organizer when eligible, otherwise the first eligible required attendee; null when none.</param>
/// <param name="Excluded">Addresses left out, with the reason.</param>
public sealed record RecipientSet(IReadOnlyList<Recipient> ThankYou, Recipient? StatusCheck, IReadOnlyList<ExcludedAddress> Excluded);
