using Microsoft.AspNetCore.Http.HttpResults;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Defaults;
using OutlookFollowUp.Api.Mailbox;
using OutlookFollowUp.Workflow.UseCases;

namespace OutlookFollowUp.Api.Interviews;

/// <summary>
/// The task pane's view of one interview and its actions. Each handler opens the caller's mailbox, calls one Workflow
/// use case and maps its result to HTTP: the API itself writes nothing to Graph or the ledger.
/// </summary>
public static class InterviewsApi
{
    public static RouteGroupBuilder MapInterviewsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/interviews").WithTags("Interviews")
            .RequireAuthorization(AuthExtensions.ApiPolicy).RequireRateLimiting(DefaultsExtensions.PerUserRateLimit);
        group.MapPost("/analyze", Analyze).WithName(nameof(Analyze))
            .WithSummary("Analyze the event the task pane shows (its Outlook item id converted to a REST id).");
        group.MapPost("/preview", Preview).WithName(nameof(Preview))
            .WithSummary("The drafts exactly as they would be placed with these notes (nothing is written).");
        group.MapPost("/drafts", CreateDrafts).WithName(nameof(CreateDrafts))
            .WithSummary("Place the thank-you drafts now (or update unchanged ones), with your notes, edits and chosen recipients, and schedule the status check.");
        group.MapGet("/", ListInterviews).WithName(nameof(ListInterviews)).WithSummary("The interviews the service tracks for you.");
        group.MapGet("/{followUpId}", GetInterview).WithName(nameof(GetInterview));
        group.MapPut("/{followUpId}/auto", SetAutoMode).WithName(nameof(SetAutoMode))
            .WithSummary("Turn automatic follow-up on or off for one interview (null: follow your setting).");
        group.MapPut("/{followUpId}/status-check", SetStatusCheckDate).WithName(nameof(SetStatusCheckDate))
            .WithSummary("Move the status-check date to a working day (the reminder moves with it).");
        group.MapPost("/{followUpId}/take-back", TakeBack).WithName(nameof(TakeBack))
            .WithSummary("Remove the thank-you drafts placed for this interview that you have not changed.");
        group.MapPost("/{followUpId}/end", EndFollowUp).WithName(nameof(EndFollowUp))
            .WithSummary("They already answered you, or you withdrew: the reminder completes and nothing more happens.");
        group.MapPut("/{followUpId}/facts", SetFacts).WithName(nameof(SetFacts))
            .WithSummary("Your own role and company for this interview (empty: what the invite says); drafts and automation use them.");
        group.MapPut("/{followUpId}/classification", SetClassification).WithName(nameof(SetClassification))
            .WithSummary("This is (true) or is not (false) your interview; null lets the invite decide again.");
        group.MapPut("/{followUpId}/interviewers", SetInterviewers).WithName(nameof(SetInterviewers))
            .WithSummary("Interviewers who were not on the invite (the whole list): each gets a note and a draft.");
        return group;
    }

    internal static async Task<Results<Ok<InterviewView>, ProblemHttpResult>> Analyze(
        HttpContext http, AnalyzeItemRequest request, [AsParameters] InterviewServices services, CancellationToken cancellationToken)
    {
        await using var opened = await services.Sessions.OpenAsync(http.User, cancellationToken).ConfigureAwait(false);
        var session = opened.Session.Speaking(Checks.LanguageOf(request.Language));
        var reading = await services.Reader.ReadAsync(session, request.ItemId!, request.Kind, Checks.NotesOf(request.Notes), services.Time.GetUtcNow(), withDraftStates: true, cancellationToken).ConfigureAwait(false);
        return reading is null
            ? Problems.NotFound("No calendar event was found for this item.")
            : TypedResults.Ok(Views.Of(reading, session));
    }

    internal static async Task<Results<Ok<PreviewView>, ProblemHttpResult, ValidationProblem>> Preview(
        HttpContext http, PreviewRequest request, [AsParameters] InterviewServices services, CancellationToken cancellationToken)
    {
        await using var opened = await services.Sessions.OpenAsync(http.User, cancellationToken).ConfigureAwait(false);
        var notes = Checks.NotesOf(request.Notes);
        var reading = await services.Reader.ReadAsync(opened.Session.Speaking(Checks.LanguageOf(request.Language)), request.EventId!, ItemKind.Appointment, notes, services.Time.GetUtcNow(), withDraftStates: false, cancellationToken, (request.Role, request.Company)).ConfigureAwait(false);
        if (reading is null)
        {
            return Problems.NotFound("No calendar event has this id.");
        }

        return NoteRules.Check(reading.Analysis, notes) is { } tooLong
            ? Problems.Invalid("notes", tooLong)
            : TypedResults.Ok(new PreviewView(Views.Drafts(reading.Analysis, reading.Record, null), reading.Analysis.Warnings));
    }

    internal static async Task<Results<Ok<CreateDraftsResult>, ProblemHttpResult, ValidationProblem>> CreateDrafts(
        HttpContext http, CreateDraftsBody request, [AsParameters] InterviewServices services, CancellationToken cancellationToken)
    {
        await using var opened = await services.Sessions.OpenAsync(http.User, cancellationToken).ConfigureAwait(false);
        var result = await services.PlaceDrafts.ExecuteAsync(opened.Session.Speaking(Checks.LanguageOf(request.Language)), request.ToRequest(), services.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (result is { Status: UseCaseStatus.Done, Value.Record.HasPendingCheck: true })
        {
            // The status check scheduled here is carried on in the background: a reply completes it, the due date drafts it.
            await services.Jobs.CarryOnAsync(opened.User, http.User, cancellationToken).ConfigureAwait(false);
        }

        return Problems.Map(result, r => new CreateDraftsResult(r.Drafts.Select(Views.Of).ToList(), Views.Of(r.Record, opened.Session)));
    }

    internal static async Task<Ok<IReadOnlyList<TrackedView>>> ListInterviews(HttpContext http, [AsParameters] InterviewServices services, CancellationToken cancellationToken) =>
        TypedResults.Ok((await services.Tracked.ListAsync(CurrentUser.From(http.User)!.Key, cancellationToken).ConfigureAwait(false)).Select(r => Views.Of(r)).ToList() as IReadOnlyList<TrackedView>);

    internal static async Task<Results<Ok<TrackedView>, ProblemHttpResult, ValidationProblem>> GetInterview(
        HttpContext http, string followUpId, [AsParameters] InterviewServices services, CancellationToken cancellationToken)
    {
        if (!Checks.IsFollowUpId(followUpId))
        {
            return Problems.Invalid("followUpId", "Not an interview id.");
        }

        return await services.Tracked.GetAsync(CurrentUser.From(http.User)!.Key, followUpId, cancellationToken).ConfigureAwait(false) is { } record
            ? TypedResults.Ok(Views.Of(record))
            : Problems.NotFound("No interview of yours has this id.");
    }

    internal static async Task<Results<Ok<TrackedView>, ProblemHttpResult, ValidationProblem>> SetAutoMode(
        HttpContext http, string followUpId, AutoModeRequest request, [AsParameters] InterviewServices services, CancellationToken cancellationToken)
    {
        if (!Checks.IsFollowUpId(followUpId))
        {
            return Problems.Invalid("followUpId", "Not an interview id.");
        }

        await using var opened = await services.Sessions.OpenAsync(http.User, cancellationToken).ConfigureAwait(false);
        var result = await services.Automation.ExecuteAsync(opened.Session, followUpId, request.EventId, request.Enabled, services.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return Problems.Map(result, r => Views.Of(r, opened.Session));
    }

    internal static async Task<Results<Ok<TrackedView>, ProblemHttpResult, ValidationProblem>> SetStatusCheckDate(
        HttpContext http, string followUpId, StatusCheckDateRequest request, [AsParameters] InterviewServices services, CancellationToken cancellationToken)
    {
        if (!Checks.IsFollowUpId(followUpId))
        {
            return Problems.Invalid("followUpId", "Not an interview id.");
        }

        await using var opened = await services.Sessions.OpenAsync(http.User, cancellationToken).ConfigureAwait(false);
        var result = await services.Move.ExecuteAsync(opened.Session, followUpId, request.Date, services.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return Problems.Map(result, r => Views.Of(r, opened.Session));
    }

    internal static async Task<Results<Ok<TakeBackResult>, ProblemHttpResult, ValidationProblem>> TakeBack(
        HttpContext http, string followUpId, [AsParameters] InterviewServices services, CancellationToken cancellationToken)
    {
        if (!Checks.IsFollowUpId(followUpId))
        {
            return Problems.Invalid("followUpId", "Not an interview id.");
        }

        await using var opened = await services.Sessions.OpenAsync(http.User, cancellationToken).ConfigureAwait(false);
        var result = await services.TakeBack.ExecuteAsync(opened.Session, followUpId, services.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return Problems.Map(result, o => new TakeBackResult(o.Removed.Select(Views.Of).ToList(), o.Kept.Select(Views.Of).ToList(), Views.Of(o.Record, opened.Session)));
    }

    internal static async Task<Results<Ok<TrackedView>, ProblemHttpResult, ValidationProblem>> EndFollowUp(
        HttpContext http, string followUpId, EndFollowUpRequest request, [AsParameters] InterviewServices services, CancellationToken cancellationToken)
    {
        if (!Checks.IsFollowUpId(followUpId))
        {
            return Problems.Invalid("followUpId", "Not an interview id.");
        }

        await using var opened = await services.Sessions.OpenAsync(http.User, cancellationToken).ConfigureAwait(false);
        var result = await services.End.ExecuteAsync(opened.Session, followUpId, request.Kind, services.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return Problems.Map(result, r => Views.Of(r, opened.Session));
    }

    internal static Task<Results<Ok<TrackedView>, ProblemHttpResult, ValidationProblem>> SetFacts(
        HttpContext http, string followUpId, FactsRequest request, [AsParameters] InterviewServices services, CancellationToken cancellationToken) =>
        CorrectAsync(http, followUpId, request.EventId, new Correction(Facts: (request.Role, request.Company)), services, cancellationToken);

    internal static Task<Results<Ok<TrackedView>, ProblemHttpResult, ValidationProblem>> SetClassification(
        HttpContext http, string followUpId, ClassificationRequest request, [AsParameters] InterviewServices services, CancellationToken cancellationToken) =>
        CorrectAsync(http, followUpId, request.EventId, new Correction(Verdict: new Workflow.Engine.Verdict(request.IsMyInterview)), services, cancellationToken);

    internal static Task<Results<Ok<TrackedView>, ProblemHttpResult, ValidationProblem>> SetInterviewers(
        HttpContext http, string followUpId, InterviewersRequest request, [AsParameters] InterviewServices services, CancellationToken cancellationToken) =>
        CorrectAsync(http, followUpId, request.EventId, new Correction(Interviewers: request.ToAddresses()), services, cancellationToken);

    private static async Task<Results<Ok<TrackedView>, ProblemHttpResult, ValidationProblem>> CorrectAsync(
        HttpContext http, string followUpId, string? eventId, Correction correction, InterviewServices services, CancellationToken cancellationToken)
    {
        if (!Checks.IsFollowUpId(followUpId))
        {
            return Problems.Invalid("followUpId", "Not an interview id.");
        }

        await using var opened = await services.Sessions.OpenAsync(http.User, cancellationToken).ConfigureAwait(false);
        var result = await services.Correct.ExecuteAsync(opened.Session, followUpId, eventId, correction, services.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return Problems.Map(result, r => Views.Of(r, opened.Session));
    }
}

/// <summary>What the interview endpoints need.</summary>
internal sealed record InterviewServices(
    UserSessions Sessions,
    InterviewReader Reader,
    TrackedInterviews Tracked,
    PlaceDraftsUseCase PlaceDrafts,
    MoveStatusCheckUseCase Move,
    TakeBackDraftsUseCase TakeBack,
    EndFollowUpUseCase End,
    SetAutomationUseCase Automation,
    CorrectInterviewUseCase Correct,
    Jobs.Automation Jobs,
    TimeProvider Time);

/// <summary>Use-case results as HTTP answers (ProblemDetails for every "why not").</summary>
internal static class Problems
{
    public static Results<Ok<TView>, ProblemHttpResult, ValidationProblem> Map<TValue, TView>(UseCaseResult<TValue> result, Func<TValue, TView> view) => result.Status switch
    {
        UseCaseStatus.Done => TypedResults.Ok(view(result.Value!)),
        UseCaseStatus.NotFound => NotFound(result.Problem!),
        UseCaseStatus.NothingToDo => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Nothing to do", detail: result.Problem),
        UseCaseStatus.Busy => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Busy", detail: result.Problem),
        _ => Invalid(result.Field ?? "request", result.Problem!),
    };

    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message);
}
