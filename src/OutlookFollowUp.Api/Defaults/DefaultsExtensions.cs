using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Api.Auth;

namespace OutlookFollowUp.Api.Defaults;

/// <summary>Cross-cutting host setup: ProblemDetails, OpenAPI, health, limits, per-user rate limiting, options validation.</summary>
public static class DefaultsExtensions
{
    /// <summary>The per-user rate-limiting policy applied to every API endpoint.</summary>
    public const string PerUserRateLimit = "per-user";

    public static WebApplicationBuilder AddFollowUpDefaults(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddExceptionHandler<GraphFailureHandler>();
        // .NET 10's request validation: DataAnnotations and IValidatableObject on request bodies, 400 ValidationProblem.
        services.AddValidation();
        services.AddOpenApi("v1");
        services.AddHealthChecks();

        services.AddOptions<AppOptions>().Bind(builder.Configuration.GetSection(AppOptions.SectionName)).ValidateOnStart();
        services.AddOptions<SecurityHeadersOptions>().Bind(builder.Configuration.GetSection(SecurityHeadersOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        services.AddSingleton<IValidateOptions<AppOptions>, AppOptionsValidator>();
        services.AddOptions<AppOptions>().Validate(o => Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _), "App:PublicBaseUrl must be an absolute URL");

        var app = builder.Configuration.GetSection(AppOptions.SectionName).Get<AppOptions>() ?? new AppOptions();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = app.MaxRequestBodyBytes);
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = app.MaxRequestBodyBytes);

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "Slow down: try again in a minute." },
                }).ConfigureAwait(false);
            };
            o.AddPolicy(PerUserRateLimit, http =>
            {
                var user = CurrentUser.From(http.User)?.Key ?? http.Connection.RemoteIpAddress?.ToString() ?? "anonymous";
                return RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = app.RequestsPerMinutePerUser,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return builder;
    }

    /// <summary>Security headers on every response, demo pages included: the first middleware of the pipeline.</summary>
    public static WebApplication UseFollowUpSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeaders>();
        return app;
    }

    public static WebApplication UseFollowUpDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Unreadable JSON and bad route values are the client's fault: 400 ProblemDetails, not 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        return app;
    }
}
