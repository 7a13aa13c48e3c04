using OutlookFollowUp.Core.Model;

namespace OutlookFollowUp.Core.Recipients;

/// <summary>
/// Who is thanked and who is asked about status (DESIGN.md, "thank-you recipients" and "status-check recipient").
/// </summary>
public static partial class RecipientPolicy
{
    /// <summary>Selects the thank-you recipients and the status-check recipient of an event.</summary>
    public static RecipientSet Select(CalendarEvent calendarEvent, MailboxUser user)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        ArgumentNullException.ThrowIfNull(user);

        var candidates = new List<(EmailAddress Email, AttendeeType Type, AttendeeResponse Response, bool IsOrganizer)>();
        if (calendarEvent.Organizer is { } organizer)
        {
            candidates.Add((organizer, AttendeeType.Required, AttendeeResponse.Organizer, true));
        }

        candidates.AddRange(calendarEvent.Attendees.Select(a => (a.Email, a.Type, a.Response, false)));

        // Someone who declined in any attendee entry is not thanked, even if listed twice.
        var declined = calendarEvent.Attendees
            .Where(a => a.Response == AttendeeResponse.Declined)
            .Select(a => a.Email.Normalized)
            .ToHashSet(StringComparer.Ordinal);

        var byAddress = new Dictionary<string, int>(StringComparer.Ordinal);
        var eligible = new List<Recipient>();
        var excluded = new List<ExcludedAddress>();

        foreach (var (email, type, response, isOrganizer) in candidates)
        {
            var reason = Exclusion(email, type, response, user)
                ?? (!isOrganizer && declined.Contains(email.Normalized) ? ExclusionReason.Declined : null);
            if (reason is { } why)
            {
                if (!excluded.Any(e => e.Address == email.Normalized && e.Reason == why))
                {
                    excluded.Add(new ExcludedAddress(email.Normalized, Blank(email.Name), why));
                }

                continue;
            }

            var displayName = Blank(email.Name);
            if (byAddress.TryGetValue(email.Normalized, out var existing))
            {
                // Keep the first entry; fill a missing name and upgrade optional to required.
                var current = eligible[existing];
                var name = current.DisplayName ?? displayName;
                eligible[existing] = current with
                {
                    DisplayName = name,
                    GreetingName = current.GreetingName ?? PersonNames.GreetingName(name, email.Address),
                    Type = current.Type == AttendeeType.Required || type == AttendeeType.Required ? AttendeeType.Required : current.Type,
                };
                continue;
            }

            byAddress[email.Normalized] = eligible.Count;
            eligible.Add(new Recipient(email.Normalized, displayName, PersonNames.GreetingName(displayName, email.Address), isOrganizer, type));
        }

        var thankYou = WithoutFellowCandidates(eligible, excluded);
        var statusCheck = thankYou.FirstOrDefault(r => r.IsOrganizer)
            ?? thankYou.FirstOrDefault(r => !r.IsOrganizer && r.Type == AttendeeType.Required);
        return new RecipientSet(thankYou, statusCheck, excluded);
    }

    /// <summary>
    /// In a group interview — the employer's people at the employer's domain, several other attendees at public mail
    /// domains — those public-domain attendees are fellow candidates, not interviewers. The organizer is never one.
    /// </summary>
    private static List<Recipient> WithoutFellowCandidates(List<Recipient> eligible, List<ExcludedAddress> excluded)
    {
        var employerSide = eligible.Count(r => !Domains.IsPublicMailDomain(r.Domain));
        var publicAttendees = eligible.Where(r => !r.IsOrganizer && Domains.IsPublicMailDomain(r.Domain)).ToList();
        if (employerSide == 0 || publicAttendees.Count < 2)
        {
            return eligible;
        }

        foreach (var r in publicAttendees)
        {
            excluded.Add(new ExcludedAddress(r.Address, r.DisplayName, ExclusionReason.FellowCandidate));
        }

        return eligible.Except(publicAttendees).ToList();
    }

    /// <summary>Why an invite address gets no draft, or null when it is eligible.</summary>
    public static ExclusionReason? Exclusion(EmailAddress email, AttendeeType type, AttendeeResponse response, MailboxUser user)
    {
        if (!email.IsWellFormed)
        {
            return ExclusionReason.NoAddress;
        }

        if (user.Is(email) || IsUsersName(email.Name, user.DisplayName))
        {
            return ExclusionReason.TheUser;
        }

        if (type == AttendeeType.Resource || LooksLikeRoom(email))
        {
            return ExclusionReason.Resource;
        }

        if (response == AttendeeResponse.Declined)
        {
            return ExclusionReason.Declined;
        }

        return Domains.IsAutomatedSender(email) ? ExclusionReason.AutomatedSender : null;
    }

    /// <summary>
    /// A room added as an ordinary attendee ("Room 4", "Conf Rm Lakeview", room4@…): rooms are not thanked, whatever
    /// type the organizer gave them.
    /// </summary>
    public static bool LooksLikeRoom(EmailAddress email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return RoomName().IsMatch(email.Name ?? "") || RoomAddress().IsMatch(email.LocalPart);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:conf(?:erence)?|meeting|training|huddle|focus)\s+)?(?:room|rm)\b|\b(?:conference|meeting|huddle)\s+(?:room|rm)\b|\bboard\s*room\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RoomName();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:room|rm|confroom|conf-room|conf\.room|meetingroom|boardroom)[\d._-]|^(?:room|confroom|boardroom|meetingroom)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RoomAddress();

    /// <summary>Another address of the user: the display name is the user's own ("Ana Souza", "Souza, Ana").</summary>
    private static bool IsUsersName(string? name, string? userName)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(userName))
        {
            return false;
        }

        static string Words(string n)
        {
            var comma = n.IndexOf(',');
            var ordered = comma > 0 ? $"{n[(comma + 1)..]} {n[..comma]}" : n;
            return Text.PlainText.LettersAndDigitsWords(ordered);
        }

        var a = Words(name);
        return a.Contains(' ', StringComparison.Ordinal) && a == Words(userName);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
