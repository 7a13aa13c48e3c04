using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Defaults;
using OutlookFollowUp.Api.Jobs;
using OutlookFollowUp.Api.Mailbox;

namespace OutlookFollowUp.Api.Privacy;

/// <summary>Deletes everything the service keeps about the user, on request.</summary>
public static class PrivacyApi
{
    public static RouteGroupBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/me").WithTags("Privacy")
            .RequireAuthorization(AuthExtensions.ApiPolicy).RequireRateLimiting(DefaultsExtensions.PerUserRateLimit);
        group.MapDelete("/data", DeleteMyData).WithName(nameof(DeleteMyData))
            .WithSummary("Stop automation and delete your settings, tracked interviews, activity log, pending work and stored tokens. Drafts and reminders already in your mailbox stay.");
        return group;
    }

    internal static async Task<NoContent> DeleteMyData(HttpContext http, [AsParameters] PrivacyServices services, CancellationToken cancellationToken)
    {
        var key = CurrentUser.From(http.User)!.Key;
        await services.Automation.UnsubscribeAllAsync(key, http.User, cancellationToken).ConfigureAwait(false);
        var db = services.Db;
        await db.WorkItems.Where(w => w.UserId == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Activity.Where(a => a.UserId == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var followUps = db.FollowUps.Where(f => f.MailboxId == key);
        await db.Drafts.Where(d => followUps.Select(f => f.Id).Contains(d.FollowUpRecordId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await followUps.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.ScanRuns.Where(r => r.MailboxId == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.InterviewClaims.Where(c => c.MailboxId == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        // MSAL keeps a long-running session's tokens under the session key (our user key).
        await db.CacheEntries.Where(c => c.Key.StartsWith(key)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Users.Where(u => u.Id == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        services.Profiles.Forget(key);
        return TypedResults.NoContent();
    }
}

/// <summary>What the privacy endpoint needs.</summary>
internal sealed record PrivacyServices(ServiceDbContext Db, Automation Automation, ProfileCache Profiles);
