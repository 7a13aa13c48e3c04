using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Recipients;
using OutlookFollowUp.Core.Text;

namespace OutlookFollowUp.Core.Replies;

/// <summary>What a message is, for a follow-up.</summary>
public enum ReplyVerdict
{
    /// <summary>The employer replied: the status check is no longer needed.</summary>
    EmployerReply,

    /// <summary>Not from the employer (a stranger, another company, the scheduling system about someone else).</summary>
    NotFromEmployer,

    /// <summary>An automatic reply (out of office, Auto-Submitted): not a reply.</summary>
    AutomaticReply,

    /// <summary>A draft, or mail the user sent.</summary>
    NotInbound,

    /// <summary>Received before the interview ended.</summary>
    BeforeInterview,
}

/// <summary>
/// Decides whether a message is the employer's reply (DESIGN.md, "a reply"): inbound, after the interview, from the
/// employer's domain (exact address on public mail domains), or from the scheduling system that sent the invite when
/// it names the company; automatic replies never count.
/// </summary>
public static partial class ReplyDetector
{
    /// <summary>Classifies one message against one interview's employer.</summary>
    public static ReplyVerdict Judge(InboundMessage message, EmployerContacts employer, MailboxUser user, DateTimeOffset interviewEnd)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(employer);
        ArgumentNullException.ThrowIfNull(user);
        if (message.IsDraft || message.From is null || user.Is(message.From))
        {
            return ReplyVerdict.NotInbound;
        }

        if (message.ReceivedAt <= interviewEnd)
        {
            return ReplyVerdict.BeforeInterview;
        }

        if (IsAutomatic(message))
        {
            return ReplyVerdict.AutomaticReply;
        }

        return IsFromEmployer(message, employer) ? ReplyVerdict.EmployerReply : ReplyVerdict.NotFromEmployer;
    }

    /// <summary>Out-of-office and other automatic replies: an Auto-Submitted header other than "no", or such a subject.</summary>
    public static bool IsAutomatic(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Headers is not null)
        {
            foreach (var (name, value) in message.Headers)
            {
                if (name.Equals("Auto-Submitted", StringComparison.OrdinalIgnoreCase) && !value.Trim().Equals("no", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (name.Equals("X-Autoreply", StringComparison.OrdinalIgnoreCase) || name.Equals("X-Autorespond", StringComparison.OrdinalIgnoreCase)
                    || (name.Equals("Precedence", StringComparison.OrdinalIgnoreCase) && value.Trim() is "auto_reply")
                    || (name.Equals("X-MS-Exchange-Inbox-Rules-Loop", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }

        return AutomaticSubject().IsMatch(message.Subject);
    }

    private static bool IsFromEmployer(InboundMessage message, EmployerContacts employer)
    {
        var from = message.From!;
        if (employer.Addresses.Contains(from.Normalized))
        {
            return true;
        }

        var domain = from.Domain;
        if (domain.Length > 0 && !Domains.IsPublicMailDomain(domain) && !Domains.IsSchedulingSystem(domain)
            && employer.Domains.Contains(Domains.OrganizationDomain(domain)))
        {
            return true;
        }

        // One scheduling system serves many employers: its mail counts only when it names this company.
        if (employer.SchedulingAddress is { } system && employer.Company is { } company
            && (from.Normalized == system || (Domains.SchedulingSystemOf(domain) is { } s && s == Domains.SchedulingSystemOf(new EmailAddress(system).Domain))))
        {
            var text = PlainText.Fold(message.Subject + " " + message.BodyPreview);
            return text.Contains(PlainText.Fold(company), StringComparison.Ordinal);
        }

        return false;
    }

    [GeneratedRegex(@"^\s*(?:automatic\s+reply|auto(?:matic)?[\s-]*(?:reply|response)|out\s+of\s+(?:the\s+)?office|ooo\b|away\s+from\s+(?:the\s+)?office|abwesenheitsnotiz|r[ée]ponse\s+automatique|respuesta\s+autom[áa]tica|risposta\s+automatica|autosvar|automatisch\s+antwoord)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AutomaticSubject();
}
