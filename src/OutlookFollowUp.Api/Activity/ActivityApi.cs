using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Defaults;

namespace OutlookFollowUp.Api.Activity;

/// <summary>One Graph request made for the user.</summary>
public sealed record ActivityView(long Id, DateTimeOffset At, string Operation, string Method, string Resource, int Status);

/// <summary>The user's activity log: every Graph read and write made on their behalf.</summary>
public static class ActivityApi
{
    public static RouteGroupBuilder MapActivityApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/activity").WithTags("Activity").RequireAuthorization(AuthExtensions.ApiPolicy).RequireRateLimiting(DefaultsExtensions.PerUserRateLimit);
        group.MapGet("/", GetActivity).WithName(nameof(GetActivity)).WithSummary("Graph requests made on your behalf, newest first (no content).");
        return group;
    }

    public static async Task<Results<Ok<IReadOnlyList<ActivityView>>, UnauthorizedHttpResult, ValidationProblem>> GetActivity(
        HttpContext http, ServiceDbContext db, int? limit, long? before, CancellationToken cancellationToken)
    {
        if (CurrentUser.From(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var take = limit ?? 100;
        if (take is < 1 or > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["between 1 and 500"] });
        }

        var query = db.Activity.Where(a => a.UserId == user.Key);
        if (before is { } cursor)
        {
            query = query.Where(a => a.Id < cursor);
        }

        var items = await query.OrderByDescending(a => a.Id).Take(take)
            .Select(a => new ActivityView(a.Id, a.At, a.Operation, a.Method, a.Resource, a.Status))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<ActivityView>>(items);
    }
}
