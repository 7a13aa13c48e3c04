using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.Engine;

/// <summary>Per-user preferences that shape what the use cases write.</summary>
/// <param name="Signature">A signature block appended to drafts.</param>
/// <param name="Policy">How long status checks wait (null: the policy's defaults).</param>
/// <param name="AutomaticByDefault">
/// Whether interviews without their own setting are handled automatically (the user's automatic mode; the CLI: true).
/// An interview's own setting (<see cref="FollowUpRecord.AutoMode"/>) always wins.
/// </param>
public sealed record FollowUpPreferences(string? Signature = null, StatusCheckPolicy? Policy = null, bool AutomaticByDefault = true)
{
    public static FollowUpPreferences Default { get; } = new();
}

/// <summary>
/// One mailbox as every use case sees it: its gateway, its owner and their schedule, their preferences, and the key
/// its follow-ups are filed under in the ledger. Opened once per request or run.
/// </summary>
public sealed class MailboxSession
{
    private MailboxSession(IMailboxGateway gateway, string mailboxId, MailboxProfile profile, FollowUpPreferences preferences)
    {
        Gateway = gateway;
        MailboxId = mailboxId;
        Profile = profile;
        Preferences = preferences;
    }

    public IMailboxGateway Gateway { get; }

    /// <summary>The ledger key of the mailbox.</summary>
    public string MailboxId { get; }

    public MailboxProfile Profile { get; }

    public FollowUpPreferences Preferences { get; }

    /// <summary>
    /// Opens a session. <paramref name="mailboxId"/> null uses Graph's user id (the CLI); the service passes its own
    /// user key. A cached <paramref name="profile"/> saves the profile read.
    /// </summary>
    public static async Task<MailboxSession> OpenAsync(IMailboxGateway gateway, FollowUpPreferences? preferences, string? mailboxId, CancellationToken cancellationToken, MailboxProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        profile ??= await gateway.GetProfileAsync(cancellationToken).ConfigureAwait(false);
        return new MailboxSession(gateway, mailboxId ?? profile.UserId ?? profile.User.Email?.Normalized ?? "me", profile, preferences ?? FollowUpPreferences.Default);
    }

    /// <summary>
    /// The analysis context at a moment, with the user's notes for this request (never stored) and what they
    /// corrected for the interview.
    /// </summary>
    public AnalysisContext Context(DateTimeOffset now, IReadOnlyDictionary<string, string>? notes = null, InterviewOverrides? overrides = null) =>
        new(Profile.User, Profile.Schedule, notes, now, Preferences.Signature) { Policy = Preferences.Policy ?? StatusCheckPolicy.Default, Overrides = overrides };

    /// <summary>Analyzes an event for this mailbox, with the user's corrections from its ledger record.</summary>
    public InterviewAnalysis Analyze(CalendarEvent calendarEvent, DateTimeOffset now, IReadOnlyDictionary<string, string>? notes = null, FollowUpRecord? record = null, InterviewOverrides? overrides = null) =>
        InterviewAnalyzer.Analyze(calendarEvent, Context(now, notes, overrides ?? record?.Overrides));

    /// <summary>The user's local date at a moment.</summary>
    public DateOnly Today(DateTimeOffset now) => Profile.Schedule.LocalDate(now);

    /// <summary>An interview's own setting wins; otherwise the user's.</summary>
    public bool IsAutomatic(FollowUpRecord? record) => record?.AutoMode ?? Preferences.AutomaticByDefault;
}
