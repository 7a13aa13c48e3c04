using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Api.Jobs;
using OutlookFollowUp.Graph.Client;

namespace OutlookFollowUp.Api.Demo;

/// <summary>
/// Demo mode: with no Entra configuration the host serves a simulated mailbox for a local demo user, on localhost
/// only, clearly labelled, and refuses to start that way in Production. Time in the demo is a <see cref="DemoClock"/>
/// that "Let time pass" moves forward; Reset (and every start) gives a fresh mailbox and forgets the demo user's rows.
/// </summary>
public static class DemoExtensions
{
    public static bool IsDemo(this IConfiguration configuration) =>
        !(configuration.GetSection(EntraOptions.SectionName).Get<EntraOptions>()?.IsConfigured ?? false);

    public static WebApplicationBuilder AddFollowUpDemo(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Configuration.IsDemo())
        {
            return builder;
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"AzureAd:ClientId is not configured, which means demo mode (a simulated mailbox), and demo mode runs only in the Development environment (this is {builder.Environment.EnvironmentName}). Configure the AzureAd section (see README) or set ASPNETCORE_ENVIRONMENT=Development.");
        }

        var options = builder.Configuration.GetSection(DemoOptions.SectionName).Get<DemoOptions>() ?? new DemoOptions();
        var demo = DemoMailbox.Start(options, TimeProvider.System, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(demo);
        builder.Services.AddSingleton(demo.Clock);
        // The demo clock is the service's clock (jobs, ledger, scheduling) and the simulated mailbox's...
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(demo.Clock));
        // ...but demo tokens keep real time: "Let a week pass" must not expire the page's token.
        builder.Services.Replace(ServiceDescriptor.Singleton(_ => new DemoTokenIssuer(TimeProvider.System)));
        builder.Services.AddScoped<DemoReset>();
        // First of the hosted services, so the background jobs never see an earlier run's rows.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DemoStartup>());
        builder.Services.PostConfigure<GraphOptions>(o =>
        {
            o.BaseUrl = demo.BaseUrl;
            o.AccessToken = "demo";
        });
        if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
        {
            builder.WebHost.UseUrls("http://localhost:5080");
        }

        return builder;
    }

    public static WebApplication MapFollowUpDemo(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Configuration.IsDemo())
        {
            return app;
        }

        Log.DemoMode(app.Logger, app.Services.GetRequiredService<DemoMailbox>().BaseUrl);
        // Demo mode must never be reachable from another machine, nor from a web page that rebinds its own DNS name to
        // 127.0.0.1 (it would send its own Host header): loopback peers and loopback host names only.
        app.Use(async (http, next) =>
        {
            if (http.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            if (!IsLoopbackHost(http.Request.Host.Host))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync("Demo mode answers only on localhost, 127.0.0.1 or [::1].", http.RequestAborted).ConfigureAwait(false);
                return;
            }

            http.Response.Headers["X-OutlookFollowUp-Mode"] = "demo";
            await next(http).ConfigureAwait(false);
        });

        var pages = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "Demo", "site"));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = pages, RequestPath = "/demo" });
        app.MapGet("/", () => TypedResults.Redirect("/demo/index.html")).ExcludeFromDescription();
        var group = app.MapGroup("/demo").WithTags("Demo").AllowAnonymous().ExcludeFromDescription();
        group.MapPost("/token", IssueToken);
        group.MapGet("/mailbox", Mailbox);
        group.MapPost("/run", RunAutomation);
        group.MapPost("/advance", Advance);
        group.MapPost("/reset", Reset);
        return app;
    }

    internal static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static Ok<DemoTokenResponse> IssueToken(DemoTokenIssuer issuer) => TypedResults.Ok(new DemoTokenResponse(issuer.IssueToken("Demo user")));

    private static Ok<DemoMailboxView> Mailbox(DemoMailbox demo) => TypedResults.Ok(DemoMailboxView.From(demo));

    /// <summary>Runs the background automation now instead of waiting for its next tick (the demo clock stays).</summary>
    private static async Task<Ok<DemoRunResponse>> RunAutomation(DemoMailbox demo, AutomationSweep sweep, AutomationWorker worker, CancellationToken cancellationToken)
    {
        demo.DeliverArrivals();
        await sweep.RunOnceAsync(cancellationToken).ConfigureAwait(false);
        var done = await worker.RunOnceAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new DemoRunResponse(done, DemoMailboxView.Date(demo.CurrentDay)));
    }

    /// <summary>"Let time pass": moves the demo clock a day or a week, delivers mail that has arrived meanwhile, and runs the automation.</summary>
    private static async Task<Results<Ok<DemoRunResponse>, ValidationProblem>> Advance(
        DemoAdvanceRequest? request, DemoMailbox demo, AutomationSweep sweep, AutomationWorker worker, CancellationToken cancellationToken)
    {
        var days = request?.Days ?? 1;
        if (days is < 1 or > 31)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = ["Let between 1 and 31 days pass."] });
        }

        demo.Clock.Advance(TimeSpan.FromDays(days));
        return TypedResults.Ok((await RunAutomation(demo, sweep, worker, cancellationToken).ConfigureAwait(false)).Value!);
    }

    /// <summary>Back to the start: a fresh simulated mailbox from the seed, the clock at the demo's first day, the demo user's rows gone.</summary>
    private static async Task<Ok<DemoRunResponse>> Reset(DemoMailbox demo, DemoReset reset, CancellationToken cancellationToken)
    {
        demo.Reset();
        await reset.ForgetDemoUserAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new DemoRunResponse(0, DemoMailboxView.Date(demo.CurrentDay)));
    }
}

/// <summary>Removes what the service stored for the demo user, so the ledger lives and resets with the simulated mailbox.</summary>
internal sealed class DemoReset(ServiceDbContext db)
{
    public static string DemoUserKey => new CurrentUser(DemoTokenIssuer.UserObjectId, DemoTokenIssuer.TenantId, null).Key;

    public async Task ForgetDemoUserAsync(CancellationToken cancellationToken)
    {
        var key = DemoUserKey;
        var followUps = db.FollowUps.Where(f => f.MailboxId == key).Select(f => f.Id);
        await db.Drafts.Where(d => followUps.Contains(d.FollowUpRecordId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.FollowUps.Where(f => f.MailboxId == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.ScanRuns.Where(r => r.MailboxId == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.WorkItems.Where(w => w.UserId == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Subscriptions.Where(s => s.UserId == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Activity.Where(a => a.UserId == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Users.Where(u => u.Id == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>
/// Every start of demo mode is a fresh simulated mailbox, so the demo user's rows from an earlier run (a file database
/// survives restarts) are removed before the host serves requests.
/// </summary>
internal sealed class DemoStartup(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoReset>().ForgetDemoUserAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed record DemoTokenResponse(string AccessToken);

internal sealed record DemoAdvanceRequest(int? Days);

internal sealed record DemoRunResponse(int WorkItemsProcessed, string Today);
