namespace OutlookFollowUp.Core.Model;

/// <summary>The mailbox owner: the job candidate, or — when classification says so — the interviewer.</summary>
/// <param name="Email">The owner's address; null when unknown (then nobody is excluded as "the user").</param>
/// <param name="DisplayName">The owner's display name, used to sign drafts.</param>
public sealed record MailboxUser(EmailAddress? Email, string? DisplayName)
{
    /// <summary>An unknown user.</summary>
    public static MailboxUser Unknown { get; } = new(null, null);

    /// <summary>True when the address is the owner's own.</summary>
    public bool Is(EmailAddress? address) => Email is not null && Email.SameMailbox(address);
}
