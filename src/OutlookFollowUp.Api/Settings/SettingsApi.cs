using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Defaults;
using OutlookFollowUp.Api.Jobs;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Scheduling;

namespace OutlookFollowUp.Api.Settings;

/// <summary>The user's settings and the state of their automation.</summary>
/// <param name="AutoMode">Drafts and reminders appear after interviews end without opening the pane.</param>
/// <param name="DefaultBusinessDays">Business days to wait when the employer stated no timeline.</param>
/// <param name="GraceDays">Business days after the employer's stated date.</param>
/// <param name="Signature">A signature block appended to drafts.</param>
/// <param name="Automation">Whether background work can run, and why not.</param>
/// <param name="HolidayCountry">Whose public holidays business days skip: "auto" (the mailbox locale's country), "none", or an ISO 3166 code.</param>
/// <param name="HolidayCountries">The country codes <paramref name="HolidayCountry"/> may name.</param>
public sealed record SettingsView(bool AutoMode, int DefaultBusinessDays, int GraceDays, string? Signature, AutomationView Automation, string HolidayCountry, IReadOnlyList<string> HolidayCountries);

/// <summary>Whether background work can run for the user, and why not.</summary>
public sealed record AutomationView(bool Subscribed, DateTimeOffset? SubscriptionExpiresAt, string? PausedReason);

/// <summary>A change of settings; omitted fields stay as they are.</summary>
/// <param name="AutoMode">Automatic mode on or off (on subscribes to the calendar).</param>
/// <param name="DefaultBusinessDays">1–30.</param>
/// <param name="GraceDays">0–20.</param>
/// <param name="Signature">At most 1,000 characters; empty removes it.</param>
/// <param name="HolidayCountry">"auto", "none", or an ISO 3166 code of <see cref="SettingsView.HolidayCountries"/>.</param>
public sealed record SettingsUpdate(bool? AutoMode, int? DefaultBusinessDays, int? GraceDays, string? Signature, string? HolidayCountry = null);

/// <summary>Read and change the user's settings; turning automatic mode on subscribes to their calendar.</summary>
public static class SettingsApi
{
    public const int MaxSignatureLength = 1000;

    /// <summary>The holiday setting that follows the mailbox's locale.</summary>
    public const string AutomaticHolidays = "auto";

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

        var holidayCountry = update.HolidayCountry?.Trim();
        if (holidayCountry is not null && !holidayCountry.Equals(AutomaticHolidays, StringComparison.OrdinalIgnoreCase)
            && !holidayCountry.Equals(FollowUpPreferences.NoHolidays, StringComparison.OrdinalIgnoreCase) && !PublicHolidays.IsSupported(holidayCountry))
        {
            errors["holidayCountry"] = [$"\"{AutomaticHolidays}\", \"{FollowUpPreferences.NoHolidays}\" or one of {string.Join(", ", PublicHolidays.SupportedCountries)}"];
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

        if (holidayCountry is not null)
        {
            user.HolidayCountry = holidayCountry.Equals(AutomaticHolidays, StringComparison.OrdinalIgnoreCase) ? null
                : holidayCountry.Equals(FollowUpPreferences.NoHolidays, StringComparison.OrdinalIgnoreCase) ? FollowUpPreferences.NoHolidays
                : holidayCountry.ToUpperInvariant();
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
            new AutomationView(expires is not null, expires, user.PausedReason), user.HolidayCountry ?? AutomaticHolidays, PublicHolidays.SupportedCountries);
    }
}

/// <summary>What the settings endpoints need.</summary>
internal sealed record SettingsServices(ServiceDbContext Db, UserAccounts Accounts, Automation Automation);
