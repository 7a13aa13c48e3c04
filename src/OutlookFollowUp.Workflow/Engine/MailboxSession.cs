using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Workflow.Ledger;
using OutlookFollowUp.Workflow.Scheduling;

namespace OutlookFollowUp.Workflow.Engine;

/// <summary>Per-user preferences that shape what the use cases write.</summary>
/// <param name="Signature">A signature block appended to drafts.</param>
/// <param name="Policy">How long status checks wait (null: the policy's defaults).</param>
/// <param name="AutomaticByDefault">
/// Whether interviews without their own setting are handled automatically (the user's automatic mode; the CLI: true).
/// An interview's own setting (<see cref="FollowUpRecord.AutoMode"/>) always wins.
/// </param>
/// <param name="HolidayCountry">
/// Whose public holidays business days skip: an ISO 3166 code, <see cref="NoHolidays"/>, or null for the country of the
/// mailbox's locale (DESIGN.md: "the region of mailboxSettings.language.locale, or the user's setting").
/// </param>
public sealed record FollowUpPreferences(string? Signature = null, StatusCheckPolicy? Policy = null, bool AutomaticByDefault = true, string? HolidayCountry = null)
{
    /// <summary>The setting that turns holidays off.</summary>
    public const string NoHolidays = "none";

    public static FollowUpPreferences Default { get; } = new();
}

/// <summary>Whose public holidays a session's business days skip, and why.</summary>
/// <param name="Country">ISO 3166 code, or null when none are skipped.</param>
/// <param name="Source">"setting" (the user chose it), "mailbox" (the locale's region), or "none".</param>
public sealed record HolidayChoice(string? Country, string Source)
{
    /// <summary>The choice for a mailbox's locale and the user's setting; an unsupported setting counts as none.</summary>
    public static HolidayChoice For(string? setting, string? locale)
    {
        if (string.Equals(setting, FollowUpPreferences.NoHolidays, StringComparison.OrdinalIgnoreCase))
        {
            return new HolidayChoice(null, "none");
        }

        if (!string.IsNullOrWhiteSpace(setting))
        {
            return PublicHolidays.IsSupported(setting) ? new HolidayChoice(setting.Trim().ToUpperInvariant(), "setting") : new HolidayChoice(null, "none");
        }

        return PublicHolidays.CountryOfLocale(locale) is { } country ? new HolidayChoice(country, "mailbox") : new HolidayChoice(null, "none");
    }
}

/// <summary>
/// One mailbox as every use case sees it: its gateway, its owner and their schedule, their preferences, and the key
/// its follow-ups are filed under in the ledger. Opened once per request or run.
/// </summary>
public sealed class MailboxSession
{
    private MailboxSession(MailboxSession other, Core.Languages.Language? draftLanguage)
    {
        Gateway = other.Gateway;
        MailboxId = other.MailboxId;
        Preferences = other.Preferences;
        Holidays = other.Holidays;
        Profile = other.Profile;
        DraftLanguage = draftLanguage;
    }

    private MailboxSession(IMailboxGateway gateway, string mailboxId, MailboxProfile profile, FollowUpPreferences preferences)
    {
        Gateway = gateway;
        MailboxId = mailboxId;
        Preferences = preferences;
        Holidays = HolidayChoice.For(preferences.HolidayCountry, profile.Locale);
        // Business days skip the chosen country's public holidays (Core takes them as data).
        Profile = Holidays.Country is { } country
            ? profile with { Schedule = profile.Schedule with { WorkWeek = profile.Schedule.WorkWeek.WithHolidays(PublicHolidays.ForSessions(country)) } }
            : profile;
    }

    public IMailboxGateway Gateway { get; }

    /// <summary>The ledger key of the mailbox.</summary>
    public string MailboxId { get; }

    /// <summary>The mailbox's profile, its work week with the public holidays of <see cref="Holidays"/>.</summary>
    public MailboxProfile Profile { get; }

    /// <summary>Whose public holidays business days skip.</summary>
    public HolidayChoice Holidays { get; }

    public FollowUpPreferences Preferences { get; }

    /// <summary>The language the user chose for this request's drafts (null: the invite's, else the mailbox's, else English).</summary>
    public Core.Languages.Language? DraftLanguage { get; }

    /// <summary>The same mailbox with drafts written in <paramref name="language"/> (null: the language rule decides).</summary>
    public MailboxSession Speaking(Core.Languages.Language? language) => language == DraftLanguage ? this : new MailboxSession(this, language);

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
        new(Profile.User, Profile.Schedule, notes, now, Preferences.Signature)
        {
            Policy = Preferences.Policy ?? StatusCheckPolicy.Default,
            Overrides = overrides,
            MailboxLocale = Profile.Locale,
            DraftLanguage = DraftLanguage,
        };

    /// <summary>Analyzes an event for this mailbox, with the user's corrections from its ledger record.</summary>
    public InterviewAnalysis Analyze(CalendarEvent calendarEvent, DateTimeOffset now, IReadOnlyDictionary<string, string>? notes = null, FollowUpRecord? record = null, InterviewOverrides? overrides = null) =>
        InterviewAnalyzer.Analyze(calendarEvent, Context(now, notes, overrides ?? record?.Overrides));

    /// <summary>The user's local date at a moment.</summary>
    public DateOnly Today(DateTimeOffset now) => Profile.Schedule.LocalDate(now);

    /// <summary>An interview's own setting wins; otherwise the user's.</summary>
    public bool IsAutomatic(FollowUpRecord? record) => record?.AutoMode ?? Preferences.AutomaticByDefault;

    /// <summary>
    /// True when the background job carries on a follow-up's waiting status check (a reply completes it, the due
    /// date places its draft): every automatic one, and one the user scheduled from the pane unless they turned
    /// automatic mode off for that interview (DESIGN.md, steps 5 and 6: the same rules on both paths).
    /// </summary>
    public bool CarriesOn(FollowUpRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return IsAutomatic(record) || record.WorkedWithoutAutomaticModeNow;
    }
}
