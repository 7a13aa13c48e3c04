using Microsoft.AspNetCore.Http.HttpResults;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Defaults;

namespace OutlookFollowUp.Api.Interviews;

/// <summary>The task pane's view of one interview, and the interviews the service tracks for the user.</summary>
public static class InterviewsApi
{
    public static RouteGroupBuilder MapInterviewsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/interviews").WithTags("Interviews")
            .RequireAuthorization(AuthExtensions.ApiPolicy).RequireRateLimiting(DefaultsExtensions.PerUserRateLimit);
        group.MapPost("/analyze", Analyze).WithName(nameof(Analyze))
            .WithSummary("Analyze the event the task pane shows (its Outlook item id converted to a REST id).");
        group.MapPost("/drafts", CreateDrafts).WithName(nameof(CreateDrafts))
            .WithSummary("Place the thank-you drafts now, with your notes, edits and chosen recipients, and schedule the status check.");
        group.MapGet("/", ListInterviews).WithName(nameof(ListInterviews)).WithSummary("The interviews the service tracks for you.");
        group.MapGet("/{followUpId}", GetInterview).WithName(nameof(GetInterview));
        group.MapPut("/{followUpId}/auto", SetAutoMode).WithName(nameof(SetAutoMode))
            .WithSummary("Turn automatic follow-up on or off for one interview (null: follow your setting).");
        group.MapPut("/{followUpId}/status-check", SetStatusCheckDate).WithName(nameof(SetStatusCheckDate))
            .WithSummary("Move the status-check date (the reminder moves with it).");
        return group;
    }

    internal static async Task<Results<Ok<InterviewView>, ProblemHttpResult, ValidationProblem>> Analyze(
        HttpContext http, AnalyzeItemRequest request, InterviewService interviews, CancellationToken cancellationToken) =>
        Map(await interviews.AnalyzeAsync(http.User, request, cancellationToken).ConfigureAwait(false));

    internal static async Task<Results<Ok<CreateDraftsResult>, ProblemHttpResult, ValidationProblem>> CreateDrafts(
        HttpContext http, CreateDraftsBody request, InterviewService interviews, CancellationToken cancellationToken) =>
        Map(await interviews.CreateDraftsAsync(http.User, request.EventId, new CreateDraftsRequest(request.Notes, request.Recipients, request.Edits), cancellationToken).ConfigureAwait(false));

    internal static async Task<Ok<IReadOnlyList<TrackedView>>> ListInterviews(HttpContext http, InterviewService interviews, CancellationToken cancellationToken) =>
        TypedResults.Ok(await interviews.ListAsync(http.User, cancellationToken).ConfigureAwait(false));

    internal static async Task<Results<Ok<TrackedView>, ProblemHttpResult>> GetInterview(
        HttpContext http, string followUpId, InterviewService interviews, CancellationToken cancellationToken) =>
        await interviews.GetAsync(http.User, followUpId, cancellationToken).ConfigureAwait(false) is { } view
            ? TypedResults.Ok(view)
            : Problem(404, "No interview of yours has this id.");

    internal static async Task<Results<Ok<TrackedView>, ProblemHttpResult, ValidationProblem>> SetAutoMode(
        HttpContext http, string followUpId, AutoModeRequest request, InterviewService interviews, CancellationToken cancellationToken) =>
        Map(await interviews.SetAutoModeAsync(http.User, followUpId, request, cancellationToken).ConfigureAwait(false));

    internal static async Task<Results<Ok<TrackedView>, ProblemHttpResult, ValidationProblem>> SetStatusCheckDate(
        HttpContext http, string followUpId, StatusCheckDateRequest request, InterviewService interviews, CancellationToken cancellationToken) =>
        Map(await interviews.SetStatusCheckDateAsync(http.User, followUpId, request, cancellationToken).ConfigureAwait(false));

    private static Results<Ok<T>, ProblemHttpResult, ValidationProblem> Map<T>(Outcome<T> outcome) => outcome.Status switch
    {
        200 => TypedResults.Ok(outcome.Value!),
        404 or 409 => Problem(outcome.Status, outcome.Problem!),
        _ => TypedResults.ValidationProblem(outcome.Errors ?? new Dictionary<string, string[]>(), detail: outcome.Problem),
    };

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(statusCode: status, title: status == 404 ? "Not found" : "Nothing to do", detail: detail);
}

/// <summary>The body of POST /api/interviews/drafts (ids go in the body: Outlook REST ids may hold '/' and '=').</summary>
public sealed record CreateDraftsBody(string? EventId, Dictionary<string, string>? Notes, List<string>? Recipients, Dictionary<string, DraftEdit>? Edits);
