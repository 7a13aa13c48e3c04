using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Defaults;
using OutlookFollowUp.Api.Jobs;
using OutlookFollowUp.Core.Analysis;

namespace OutlookFollowUp.Api.Settings;

/// <summary>The user's settings and the state of their automation.</summary>
public sealed record SettingsView(bool AutoMode, int DefaultBusinessDays, int GraceDays, string? Signature, AutomationView Automation);

/// <summary>Whether background work can run for the user, and why not.</summary>
public sealed record AutomationView(bool Subscribed, DateTimeOffset? SubscriptionExpiresAt, string? PausedReason);

/// <summary>A change of settings; omitted fields stay as they are.</summary>
public sealed record SettingsUpdate(bool? AutoMode, int? DefaultBusinessDays, int? GraceDays, string? Signature);

/// <summary>Read and change the user's settings; turning automatic mode on subscribes to their calendar.</summary>
public static class SettingsApi
{
    public const int MaxSignatureLength = 1000;

    public static RouteGroupBuilder MapSettingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/settings").WithTags("Settings")
            .RequireAuthorization(AuthExtensions.ApiPolicy).RequireRateLimiting(DefaultsExtensions.PerUserRateLimit);
        group.MapGet("/", GetSettings).WithName(nameof(GetSettings)).WithSummary("Your settings; opening the pane also resumes paused automation.");
        group.MapPut("/", UpdateSettings).WithName(nameof(UpdateSettings));
        return group;
    }

    internal static async Task<Ok<SettingsView>> GetSettings(HttpContext http, [AsParameters] SettingsServices services, CancellationToken cancellationToken)
    {
        var user = await services.Accounts.EnsureAsync(http.User, cancellationToken).ConfigureAwait(false);
        await services.Automation.ResumeIfPausedAsync(user, http.User, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(await ViewAsync(user, services.Db, cancellationToken).ConfigureAwait(false));
    }

    internal static async Task<Results<Ok<SettingsView>, ValidationProblem>> UpdateSettings(HttpContext http, SettingsUpdate update, [AsParameters] SettingsServices services, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (update.DefaultBusinessDays is { } days && !StatusCheckPolicy.IsValid(0, days))
        {
            errors["defaultBusinessDays"] = ["between 1 and 30"];
        }

        if (update.GraceDays is { } grace && !StatusCheckPolicy.IsValid(grace, 5))
        {
            errors["graceDays"] = ["between 0 and 20"];
        }

        if (update.Signature is { Length: > MaxSignatureLength })
        {
            errors["signature"] = [$"at most {MaxSignatureLength} characters"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var user = await services.Accounts.EnsureAsync(http.User, cancellationToken).ConfigureAwait(false);
        user.DefaultBusinessDays = update.DefaultBusinessDays ?? user.DefaultBusinessDays;
        user.GraceDays = update.GraceDays ?? user.GraceDays;
        if (update.Signature is not null)
        {
            user.Signature = string.IsNullOrWhiteSpace(update.Signature) ? null : update.Signature.Trim();
        }

        var turnOn = update.AutoMode == true && !user.AutoMode;
        var turnOff = update.AutoMode == false && user.AutoMode;
        user.AutoMode = update.AutoMode ?? user.AutoMode;
        await services.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (turnOn)
        {
            await services.Automation.EnableAsync(user, http.User, cancellationToken).ConfigureAwait(false);
        }
        else if (turnOff)
        {
            await services.Automation.DisableAsync(user, http.User, cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.Ok(await ViewAsync(user, services.Db, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<SettingsView> ViewAsync(UserAccount user, ServiceDbContext db, CancellationToken cancellationToken)
    {
        var expires = await db.Subscriptions.Where(s => s.UserId == user.Id).OrderByDescending(s => s.ExpiresAt)
            .Select(s => (DateTimeOffset?)s.ExpiresAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return new SettingsView(user.AutoMode, user.DefaultBusinessDays, user.GraceDays, user.Signature,
            new AutomationView(expires is not null, expires, user.PausedReason));
    }
}

/// <summary>What the settings endpoints need.</summary>
internal sealed record SettingsServices(ServiceDbContext Db, UserAccounts Accounts, Automation Automation);
