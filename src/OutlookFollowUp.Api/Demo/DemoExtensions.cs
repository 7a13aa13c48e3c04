using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.FileProviders;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Jobs;
using OutlookFollowUp.Graph.Client;

namespace OutlookFollowUp.Api.Demo;

/// <summary>
/// Demo mode: with no Entra configuration the host serves a simulated mailbox for a local demo user, on localhost
/// only, clearly labelled, and refuses to start that way in Production.
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

        if (builder.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                "AzureAd:ClientId is not configured, which means demo mode (a simulated mailbox), and demo mode refuses to run in the Production environment. Configure the AzureAd section (see README) or set ASPNETCORE_ENVIRONMENT=Development.");
        }

        var options = builder.Configuration.GetSection(DemoOptions.SectionName).Get<DemoOptions>() ?? new DemoOptions();
        var demo = DemoMailbox.Start(options, builder.Environment.ContentRootPath, TimeProvider.System);
        builder.Services.AddSingleton(demo);
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
        // Demo mode must never be reachable from another machine.
        app.Use(async (http, next) =>
        {
            if (http.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
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
        return app;
    }

    private static Ok<DemoTokenResponse> IssueToken(DemoTokenIssuer issuer) => TypedResults.Ok(new DemoTokenResponse(issuer.IssueToken("Demo user")));

    private static Ok<DemoMailboxView> Mailbox(DemoMailbox demo) => TypedResults.Ok(DemoMailboxView.From(demo.Simulator));

    /// <summary>"Let time pass": run the background automation now instead of waiting for its next tick.</summary>
    private static async Task<Ok<DemoRunResponse>> RunAutomation(AutomationSweep sweep, AutomationWorker worker, CancellationToken cancellationToken)
    {
        await sweep.RunOnceAsync(cancellationToken).ConfigureAwait(false);
        var done = await worker.RunOnceAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new DemoRunResponse(done));
    }
}

internal sealed record DemoTokenResponse(string AccessToken);

internal sealed record DemoRunResponse(int WorkItemsProcessed);
