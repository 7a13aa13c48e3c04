using System.ComponentModel.DataAnnotations;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Workflow.UseCases;

namespace OutlookFollowUp.Api.Interviews;

/// <summary>Which Outlook item the task pane is showing (its id converted with convertToRestId).</summary>
/// <param name="ItemId">The REST id of the appointment, or of the meeting-request message.</param>
/// <param name="ItemType">"appointment" (default) or "message".</param>
/// <param name="Notes">What the user discussed with each interviewer, by address; used for this answer only, never stored.</param>
/// <param name="Language">The drafts' language: en, es, fr, de or pt (null or "auto": the invite's, else the mailbox's).</param>
public sealed record AnalyzeItemRequest(string? ItemId, string? ItemType, Dictionary<string, string?>? Notes, string? Language = null) : IValidatableObject
{
    public ItemKind Kind => ItemType?.Trim().ToLowerInvariant() == "message" ? ItemKind.Message : ItemKind.Appointment;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Checks.Id(ItemId, "itemId")
            .Concat(ItemType is null || ItemType.Trim().ToLowerInvariant() is "appointment" or "event" or "message" ? [] : [new ValidationResult("appointment or message", ["itemType"])])
            .Concat(Checks.Notes(Notes))
            .Concat(Checks.Language(Language));
}

/// <summary>The body of POST /api/interviews/preview: the live preview as the user types (nothing is written).</summary>
/// <param name="EventId">The interview's event.</param>
/// <param name="Notes">The notes as typed so far.</param>
/// <param name="Role">The role as the user is editing it (null: as kept).</param>
/// <param name="Company">The company as the user is editing it (null: as kept).</param>
/// <param name="Language">The drafts' language: en, es, fr, de or pt (null or "auto": the invite's, else the mailbox's).</param>
public sealed record PreviewRequest(string? EventId, Dictionary<string, string?>? Notes, string? Role = null, string? Company = null, string? Language = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Checks.Id(EventId, "eventId").Concat(Checks.Notes(Notes)).Concat(Checks.Name(Role, "role")).Concat(Checks.Name(Company, "company")).Concat(Checks.Language(Language));
}

/// <summary>The user's own role and company for an interview (empty or null: back to what the invite says).</summary>
public sealed record FactsRequest(string? EventId, string? Role, string? Company) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        (EventId is null ? [] : Checks.Id(EventId, "eventId")).Concat(Checks.Name(Role, "role")).Concat(Checks.Name(Company, "company"));
}

/// <summary>"This is my interview" (true), "this is not my interview" (false), or "decide from the invite" (null).</summary>
public sealed record ClassificationRequest(string? EventId, bool? IsMyInterview) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => EventId is null ? [] : Checks.Id(EventId, "eventId");
}

/// <summary>An interviewer the invite did not list.</summary>
public sealed record InterviewerBody(string? Address, string? Name);

/// <summary>The interviewers the user added (the whole list; empty removes them).</summary>
public sealed record InterviewersRequest(string? EventId, List<InterviewerBody?>? Added) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var error in EventId is null ? [] : Checks.Id(EventId, "eventId"))
        {
            yield return error;
        }

        if (Added is null)
        {
            yield return new ValidationResult("The list of added interviewers is required (empty removes them).", ["added"]);
        }
        else if (Added.Count > CorrectInterviewUseCase.MaxAddedInterviewers
            || Added.Exists(a => a?.Address is not { Length: > 2 and <= 320 } address || !new Core.Model.EmailAddress(address).IsWellFormed || (a.Name?.Length ?? 0) > 200))
        {
            yield return new ValidationResult($"Up to {CorrectInterviewUseCase.MaxAddedInterviewers} interviewers, each with an email address such as name@company.com and a name of up to 200 characters.", ["added"]);
        }
    }

    internal List<Core.Model.EmailAddress> ToAddresses() =>
        Added!.Select(a => new Core.Model.EmailAddress(a!.Address!.Trim(), string.IsNullOrWhiteSpace(a.Name) ? null : a.Name.Trim())).ToList();
}

/// <summary>The body of POST /api/interviews/drafts (ids go in the body: Outlook REST ids may hold '/' and '=').</summary>
/// <param name="EventId">The interview's event.</param>
/// <param name="Notes">Per-interviewer notes, by address (used, then forgotten).</param>
/// <param name="Recipients">Which of the proposed interviewers get a draft (default: all of them; an empty list is refused).</param>
/// <param name="Edits">The user's own subject and text, by address, replacing the proposal.</param>
/// <param name="Language">The drafts' language: en, es, fr, de or pt (null or "auto": the invite's, else the mailbox's).</param>
public sealed record CreateDraftsBody(string? EventId, Dictionary<string, string?>? Notes, List<string?>? Recipients, Dictionary<string, DraftEditBody?>? Edits, string? Language = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var error in Checks.Id(EventId, "eventId").Concat(Checks.Notes(Notes)).Concat(Checks.Language(Language)))
        {
            yield return error;
        }

        if (Recipients is { Count: 0 })
        {
            yield return new ValidationResult("Choose at least one interviewer to write to.", ["recipients"]);
        }
        else if (Recipients is not null && (Recipients.Count > 50 || Recipients.Exists(r => string.IsNullOrWhiteSpace(r) || r.Length > 320)))
        {
            yield return new ValidationResult("Recipients are up to 50 addresses, none of them empty.", ["recipients"]);
        }

        if (Edits is not null && (Edits.Count > 50 || Edits.Any(e => e.Key.Length > 320 || e.Value is null
            || (e.Value.Subject?.Length ?? 0) > PlaceDraftsUseCase.MaxSubjectLength || (e.Value.BodyText?.Length ?? 0) > PlaceDraftsUseCase.MaxBodyLength)))
        {
            yield return new ValidationResult($"Each edit has a subject up to {PlaceDraftsUseCase.MaxSubjectLength} and a text up to {PlaceDraftsUseCase.MaxBodyLength:N0} characters.", ["edits"]);
        }
    }

    internal PlaceDraftsRequest ToRequest() => new(
        EventId!,
        Checks.NotesOf(Notes),
        Recipients?.Select(r => r!).ToList(),
        Edits?.ToDictionary(e => e.Key, e => new DraftEdit(e.Value!.Subject, e.Value.BodyText), StringComparer.OrdinalIgnoreCase));
}

/// <summary>The user's version of one draft.</summary>
public sealed record DraftEditBody(string? Subject, string? BodyText);

/// <summary>Turns automation on or off for one interview (null: follow the user's setting).</summary>
public sealed record AutoModeRequest(bool? Enabled, string? EventId) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => EventId is null ? [] : Checks.Id(EventId, "eventId");
}

/// <summary>A new status-check date.</summary>
public sealed record StatusCheckDateRequest(string? Due) : IValidatableObject
{
    public DateOnly Date => DateOnly.ParseExact(Due!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        DateOnly.TryParseExact(Due, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? []
            : [new ValidationResult("A date as yyyy-MM-dd.", ["due"])];
}

/// <summary>The user ends the follow-up.</summary>
/// <param name="Reason">"answered" (they already answered me) or "withdrew" (I withdrew).</param>
public sealed record EndFollowUpRequest(string? Reason) : IValidatableObject
{
    public EndFollowUpUseCase.Reason Kind => Reason?.Trim().ToLowerInvariant() == "withdrew" ? EndFollowUpUseCase.Reason.Withdrew : EndFollowUpUseCase.Reason.Answered;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Reason?.Trim().ToLowerInvariant() is "answered" or "withdrew" ? [] : [new ValidationResult("answered or withdrew", ["reason"])];
}

/// <summary>Shared checks of request fields.</summary>
internal static class Checks
{
    /// <summary>A draft language the pane may ask for: en, es, fr, de, pt, or auto/null.</summary>
    public static IEnumerable<ValidationResult> Language(string? language) =>
        language is null || language.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase) || LanguageOf(language) is not null
            ? []
            : [new ValidationResult("Drafts can be written in en, es, fr, de or pt (or \"auto\").", ["language"])];

    /// <summary>The language asked for; null for auto or nothing.</summary>
    public static Core.Languages.Language? LanguageOf(string? language) =>
        language?.Trim() is { Length: 2 } code && Core.Languages.LanguageCodes.TryParse(code, out var parsed) ? parsed : null;

    public const int MaxNotes = 50;

    public static IEnumerable<ValidationResult> Id(string? id, string field)
    {
        if (!GraphItemId.IsValid(id))
        {
            yield return new ValidationResult(string.IsNullOrWhiteSpace(id)
                ? $"The item's REST id is required."
                : $"Not an Outlook item id: letters, digits, '-', '_', '+', '/' and '=' only, at most {GraphItemId.MaxLength} characters.", [field]);
        }
    }

    public static IEnumerable<ValidationResult> Notes(Dictionary<string, string?>? notes)
    {
        if (notes is null)
        {
            yield break;
        }

        if (notes.Count > MaxNotes)
        {
            yield return new ValidationResult($"At most {MaxNotes} notes.", ["notes"]);
        }
        else if (notes.Any(n => n.Key.Length is 0 or > 320))
        {
            yield return new ValidationResult("Notes are keyed by the interviewer's address.", ["notes"]);
        }
    }

    public static Dictionary<string, string>? NotesOf(Dictionary<string, string?>? notes) =>
        notes?.Where(n => !string.IsNullOrWhiteSpace(n.Value)).ToDictionary(n => n.Key, n => n.Value!, StringComparer.OrdinalIgnoreCase);

    /// <summary>A role or company: one line, up to 200 characters.</summary>
    public static IEnumerable<ValidationResult> Name(string? value, string field)
    {
        if (value is not null && (value.Length > 200 || value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal)))
        {
            yield return new ValidationResult("One line of up to 200 characters.", [field]);
        }
    }

    /// <summary>A follow-up id from the route (an iCalUId, else an event id).</summary>
    public static bool IsFollowUpId(string? id) => GraphItemId.IsValid(id);
}
