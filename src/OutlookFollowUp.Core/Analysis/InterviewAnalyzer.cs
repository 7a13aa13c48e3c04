using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Core.Drafting;
using OutlookFollowUp.Core.Extraction;
using OutlookFollowUp.Core.Keys;
using OutlookFollowUp.Core.Languages;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Recipients;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Core.Text;
using OutlookFollowUp.Core.Timelines;

namespace OutlookFollowUp.Core.Analysis;

/// <summary>The user and their preferences, which every analysis depends on.</summary>
/// <param name="User">The mailbox owner.</param>
/// <param name="Schedule">Time zone, working days and start of working hours.</param>
/// <param name="Notes">What the user discussed with each interviewer, keyed by address (case-insensitive).</param>
/// <param name="Now">The moment of the analysis, for warnings only ("send-by already passed"); null: the event's end.</param>
/// <param name="Signature">An optional signature block for drafts.</param>
public sealed record AnalysisContext(
    MailboxUser User,
    UserSchedule Schedule,
    IReadOnlyDictionary<string, string>? Notes = null,
    DateTimeOffset? Now = null,
    string? Signature = null)
{
    /// <summary>How long to wait before the status check (the user's settings; the policy's 2 and 5 by default).</summary>
    public StatusCheckPolicy Policy { get; init; } = StatusCheckPolicy.Default;

    /// <summary>What the user corrected for this interview (role, company, "is / is not my interview", interviewers); null: none.</summary>
    public InterviewOverrides? Overrides { get; init; }

    /// <summary>
    /// The mailbox's locale (<c>mailboxSettings.language.locale</c>, e.g. "es-MX"): the drafts' language when the
    /// invite's is not one of the five, and a reading language when the invite's cannot be told; null: unknown.
    /// </summary>
    public string? MailboxLocale { get; init; }

    /// <summary>The language the user chose for the drafts (the pane's switch); null: the invite's, else the mailbox's, else English.</summary>
    public Language? DraftLanguage { get; init; }

    /// <summary>Formal or informal address chosen by the user; null: the invite's own register (formal when unsure).</summary>
    public Formality? DraftFormality { get; init; }

    /// <summary>The note for an address, if the user wrote one.</summary>
    public string? NoteFor(string address)
    {
        if (Notes is null)
        {
            return null;
        }

        foreach (var (key, value) in Notes)
        {
            if (string.Equals(key.Trim(), address, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }
}

/// <summary>
/// The interview engine: classifies an event, reads its facts, picks recipients, composes and lints the drafts and
/// schedules the one status check. Pure: same event and context, same analysis.
/// </summary>
public static partial class InterviewAnalyzer
{
    /// <summary>How long after the interview a thank-you should be sent.</summary>
    public static readonly TimeSpan SendWithin = TimeSpan.FromHours(24);

    /// <summary>Analyzes one event.</summary>
    public static InterviewAnalysis Analyze(CalendarEvent calendarEvent, AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        ArgumentNullException.ThrowIfNull(context);
        var overrides = context.Overrides;
        calendarEvent = overrides?.WithAddedInterviewers(calendarEvent) ?? calendarEvent;
        var schedule = context.Schedule;
        var bodyText = PlainText.FromBody(calendarEvent.Body.Content, calendarEvent.Body.IsHtml);
        var subjectText = PlainText.Normalize(calendarEvent.Subject);

        // Which languages to read the invite in, and which to write in (DESIGN.md, "language").
        var detection = LanguageDetector.Detect(subjectText, bodyText);
        var mailboxLanguage = LanguageCodes.FromLocale(context.MailboxLocale);
        var reading = detection.ReadingLanguages(mailboxLanguage);
        var (language, source) = (context.DraftLanguage ?? overrides?.DraftLanguage) is { } chosen ? (chosen, LanguageSource.Chosen)
            : detection.Language is { } inviteLanguage ? (inviteLanguage, LanguageSource.Invite)
            : mailboxLanguage is { } mailbox ? (mailbox, LanguageSource.Mailbox)
            : (Language.English, LanguageSource.Default);
        var writing = new Writing(language, context.DraftFormality ?? FormalityDetector.Detect(subjectText, bodyText, language));

        RoleAndCompany? extracted = null;
        var invite = calendarEvent;
        RoleAndCompany Facts() => extracted ??= overrides?.Apply(RoleCompanyExtractor.Extract(invite, bodyText, context.User, reading)) ?? RoleCompanyExtractor.Extract(invite, bodyText, context.User, reading);
        var classification = overrides?.Classification(() => InterviewClassifier.Classify(invite, bodyText, context.User, () => Facts().Role, reading))
            ?? InterviewClassifier.Classify(calendarEvent, bodyText, context.User, () => Facts().Role, reading);
        var endDate = InterviewEndDate(calendarEvent, schedule);
        var cancelled = calendarEvent.IsCancelled || CancelledSubject().IsMatch(calendarEvent.Subject);
        var warnings = new List<string>();
        if (classification.Kind != InterviewKind.CandidateInterview)
        {
            // Nothing to follow up: no timeline, no no-contact request, no recipients apply. A podcast has no role or
            // employer ("not applicable" is null in the contract); the hiring side keeps the role it hires for.
            var hiringSide = classification.Kind == InterviewKind.Interviewer ? Facts() : null;
            return new InterviewAnalysis
            {
                EventId = calendarEvent.Id,
                FollowUpId = calendarEvent.FollowUpId,
                Subject = calendarEvent.Subject,
                Classification = classification,
                Role = hiringSide?.Role,
                Company = hiringSide?.Company,
                IsCancelled = cancelled,
                InterviewEndDate = endDate,
                End = calendarEvent.End,
                Recipients = new RecipientSet([], null, []),
                Employer = new EmployerContacts([], [], null, hiringSide?.Company),
                Warnings = warnings,
                Language = writing.Language,
                InviteLanguage = detection.Language,
                MailboxLanguage = mailboxLanguage,
                LanguageSource = source,
                Formality = writing.Formality,
            };
        }

        var facts = Facts();
        // A plain-text body may be hard-wrapped by the sender's mail client: a sentence read across the wrap.
        var inviteText = subjectText + "\n" + (calendarEvent.Body.IsHtml ? bodyText : PlainText.JoinWrappedLines(bodyText));
        var contactRequest = NoContactDetector.Detect(inviteText, reading);
        var noContactText = contactRequest is { Kind: ContactRequestKind.NoContact } ? contactRequest.Text : null;
        var noStatusText = contactRequest is { Kind: ContactRequestKind.NoStatusInquiries } ? contactRequest.Text : null;
        var statements = TimelineExtractor.Read(inviteText, endDate, schedule.WorkWeek, reading);
        var timeline = statements.Timeline;
        var recipients = RecipientPolicy.Select(calendarEvent, context.User);
        if (classification.IsOneWay)
        {
            // A recorded or AI interview: nobody from the employer was there to thank.
            recipients = recipients with { ThankYou = [] };
        }

        var analysis = new InterviewAnalysis
        {
            EventId = calendarEvent.Id,
            FollowUpId = calendarEvent.FollowUpId,
            Subject = calendarEvent.Subject,
            Classification = classification,
            Role = facts.Role,
            Company = facts.Company,
            NoContact = noContactText is not null,
            NoContactText = noContactText,
            NoStatusInquiries = noStatusText is not null,
            NoStatusInquiriesText = noStatusText,
            IsCancelled = cancelled,
            InterviewEndDate = endDate,
            End = calendarEvent.End,
            Timeline = timeline,
            Recipients = recipients,
            Employer = EmployerOf(calendarEvent, recipients, facts.Company),
            Language = writing.Language,
            InviteLanguage = detection.Language,
            MailboxLanguage = mailboxLanguage,
            LanguageSource = source,
            Formality = writing.Formality,
        };

        if (cancelled)
        {
            warnings.Add(FollowUpReasons.CancelledSentence);
            return analysis with { Warnings = warnings };
        }

        if (noContactText is not null)
        {
            warnings.Add(FollowUpReasons.NoContactSentence(noContactText));
            return analysis with { Warnings = warnings };
        }

        if (statements.Stale.MaxBy(t => t.RespondBy) is { } stale)
        {
            warnings.Add($"The invite says they would reply by {Wording.Date(stale.RespondBy)}, which is before your interview (it may have been moved), so that date is not used.");
        }

        var signer = SignerName(context.User, writing);
        var drafts = ComposeThankYous(calendarEvent, classification, context, facts, recipients, signer, warnings, writing);
        StatusCheckPlan? statusCheck = null;
        if (noStatusText is not null)
        {
            warnings.Add(FollowUpReasons.NoStatusInquiriesSentence(noStatusText));
        }
        else if (recipients.StatusCheck is null)
        {
            // A status check needs someone to ask: without an eligible recipient there is no check, no task, no draft.
            warnings.Add(FollowUpReasons.NoStatusCheckRecipientSentence);
        }
        else
        {
            statusCheck = PlanStatusCheck(calendarEvent, context, facts, endDate, timeline, recipients, signer, warnings, writing);
        }

        AddGeneralWarnings(calendarEvent, context, facts, signer, warnings, writing);

        return analysis with { ThankYouDrafts = drafts, StatusCheck = statusCheck, Warnings = warnings };
    }

    /// <summary>
    /// D in the policy: the interview's end date in the user's zone; for an all-day event its last day, not the day its
    /// end falls on.
    /// </summary>
    public static DateOnly InterviewEndDate(CalendarEvent calendarEvent, UserSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(calendarEvent);
        ArgumentNullException.ThrowIfNull(schedule);
        if (calendarEvent.IsAllDay)
        {
            var end = calendarEvent.AllDayEndDate ?? schedule.LocalDate(calendarEvent.End);
            var start = schedule.LocalDate(calendarEvent.Start);
            var last = end.AddDays(-1);
            return last < start ? start : last;
        }

        return schedule.LocalDate(calendarEvent.End);
    }

    /// <summary>The status-check due date: respondBy + 2 business days; without a stated timeline D + 5 business days.</summary>
    public static DateOnly StatusCheckDue(DateOnly interviewEnd, DateOnly? respondBy, WorkWeek week) =>
        StatusCheckDue(interviewEnd, respondBy, week, StatusCheckPolicy.Default);

    /// <summary>The status-check due date under a policy: respondBy + grace business days, else D + default business days.</summary>
    public static DateOnly StatusCheckDue(DateOnly interviewEnd, DateOnly? respondBy, WorkWeek week, StatusCheckPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(policy);
        return respondBy is { } by ? week.AddBusinessDays(by, policy.GraceBusinessDays) : week.AddBusinessDays(interviewEnd, policy.DefaultBusinessDays);
    }

    private static List<ThankYouDraft> ComposeThankYous(
        CalendarEvent e, InterviewClassification classification, AnalysisContext context, RoleAndCompany facts, RecipientSet recipients, string? signer, List<string> warnings, Writing writing)
    {
        var drafts = new List<ThankYouDraft>();
        var missingNotes = 0;
        for (var i = 0; i < recipients.ThankYou.Count; i++)
        {
            var recipient = recipients.ThankYou[i];
            var note = context.NoteFor(recipient.Address);
            missingNotes += note is null ? 1 : 0;
            var text = DraftComposer.ThankYou(new ThankYouRequest(recipient, facts.Role, facts.Company, note, signer, i, context.Signature)
            {
                Language = writing.Language,
                Formality = writing.Formality,
            });
            var draftWarnings = DraftLinter.Lint(new LintRequest(text.Subject, text.BodyText, recipient, facts.Role, facts.Company, note is not null)).ToList();
            if (recipient.GreetingName is null)
            {
                draftWarnings.Add($"We could not find this person's first name, so the note starts with \"{DraftComposer.NamelessGreeting(writing.Language, writing.Formality)}\". Add their name if you know it.");
            }

            var sendBy = e.End + SendWithin;
            if (context.Now is { } now && now > sendBy)
            {
                draftWarnings.Add("It is more than a day since the interview: send your thank-you soon.");
            }

            drafts.Add(new ThankYouDraft(recipient, text, e.End, sendBy, draftWarnings, FollowUpKeys.ThankYou(e.FollowUpId, recipient.Address)));
        }

        if (recipients.ThankYou.Count == 0)
        {
            warnings.Add(classification.IsOneWay ? FollowUpReasons.OneWaySentence : FollowUpReasons.NoInterviewersSentence);
        }
        else if (missingNotes >= 2)
        {
            warnings.Add($"You have not written notes for {missingNotes} interviewers yet. Each note is worded differently, but add something personal to each before sending.");
        }

        return drafts;
    }

    private static StatusCheckPlan PlanStatusCheck(
        CalendarEvent e, AnalysisContext context, RoleAndCompany facts, DateOnly endDate, StatedTimeline? timeline,
        RecipientSet recipients, string? signer, List<string> warnings, Writing writing)
    {
        var due = StatusCheckDue(endDate, timeline?.RespondBy, context.Schedule.WorkWeek, context.Policy);
        var remindAt = context.Schedule.StartOfWorkingHours(due);
        var text = DraftComposer.StatusCheck(new StatusCheckRequest(recipients.StatusCheck, facts.Role, facts.Company, endDate, timeline?.RespondBy, signer, context.Signature)
        {
            Language = writing.Language,
            Formality = writing.Formality,
        });
        if (context.Now is { } now && context.Schedule.LocalDate(now) > due)
        {
            warnings.Add($"The day to check on your application ({Wording.Date(due)}) has already passed.");
        }

        return new StatusCheckPlan(due, remindAt, recipients.StatusCheck, text, FollowUpKeys.StatusCheckTask(e.FollowUpId), FollowUpKeys.StatusCheckDraft(e.FollowUpId));
    }

    private static void AddGeneralWarnings(
        CalendarEvent e, AnalysisContext context, RoleAndCompany facts, string? signer, List<string> warnings, Writing writing)
    {
        if (context.Now is { } now && now < e.End)
        {
            warnings.Add("The interview has not ended yet: these notes are for after it.");
        }

        if (facts.UnconfirmedCompany is { } unconfirmed)
        {
            warnings.Add($"We could not confirm that \"{unconfirmed}\" is the employer's name, so the notes say \"{DraftComposer.NeutralTeam(writing.Language, writing.Formality)}\". Add the company name if you know it.");
        }

        if (facts.Role is null)
        {
            warnings.Add(facts.Company is null
                ? $"The invite names neither the role nor the company, so the notes say \"{DraftComposer.NeutralPosition(writing.Language, writing.Formality)}\". Add them if you can."
                : "The invite does not name the role, so the notes mention the company instead.");
        }

        if (signer is null)
        {
            warnings.Add("We do not know your name: add it below the sign-off.");
        }
    }

    /// <summary>
    /// The name under the sign-off: the user's first name, and first and last name under a formal note in Spanish,
    /// French, German or Portuguese, as letters there are signed ("Mit freundlichen Grüßen / Ana Souza", "Saludos
    /// cordiales, / Ana Souza"). English keeps the first name.
    /// </summary>
    private static string? SignerName(MailboxUser user, Writing writing)
    {
        var first = PersonNames.GreetingName(user.DisplayName, user.Email?.Address);
        return writing is { Formality: Formality.Formal, Language: not Language.English }
            ? PersonNames.FullName(user.DisplayName, user.Email?.Address) ?? first
            : first;
    }

    private static EmployerContacts EmployerOf(CalendarEvent e, RecipientSet recipients, string? company)
    {
        var domains = new List<string>();
        var addresses = new List<string>();
        foreach (var r in recipients.ThankYou)
        {
            if (Domains.IsPublicMailDomain(r.Domain))
            {
                addresses.Add(r.Address);
            }
            else if (!domains.Contains(Domains.OrganizationDomain(r.Domain)))
            {
                domains.Add(Domains.OrganizationDomain(r.Domain));
            }
        }

        var scheduling = e.Organizer is { } organizer && Domains.IsSchedulingSystem(organizer.Domain) ? organizer.Normalized : null;
        return new EmployerContacts(domains, addresses, scheduling, company);
    }

    // "Cancelado:", "Annulé :", "Abgesagt:" are Outlook's cancellation prefixes in the other languages.
    [GeneratedRegex(@"^\s*(?:canceled|cancelled|cancelad[oa]|annul[eé]e?|abgesagt|storniert|entf[aä]llt)\s*(?:event|meeting|interview|evento|reuni[oó]n|entrevista|[eé]v[eé]nement|r[eé]union|entretien|termin|besprechung|reuni[aã]o)?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CancelledSubject();

    /// <summary>The drafts' language and register.</summary>
    private readonly record struct Writing(Language Language, Formality Formality);
}
