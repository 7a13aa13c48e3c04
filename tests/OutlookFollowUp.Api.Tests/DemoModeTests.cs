using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OutlookFollowUp.Api.Tests;

/// <summary>Without Entra configuration the host is a labelled demo on a simulated mailbox, never in Production.</summary>
public sealed class DemoModeTests
{
    [Fact]
    public async Task DemoMode_ServesThePageAndItsTokenWorksForTheApi()
    {
        await using var factory = Demo("Development");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var root = await client.GetAsync("/");
        using var page = await client.GetAsync("/demo/index.html");
        var token = (await (await client.PostAsync("/demo/token", null)).JsonAsync())["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var settings = await client.GetAsync("/api/settings");
        var mailbox = await (await client.GetAsync("/demo/mailbox")).JsonAsync();

        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("DEMO MODE", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("demo", page.Headers.GetValues("X-OutlookFollowUp-Mode").Single());
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        Assert.NotEmpty(mailbox["events"]!.AsArray());
    }

    [Fact]
    public void DemoMode_RefusesToStartInProduction()
    {
        using var factory = Demo("Production");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("demo mode", error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    private static WebApplicationFactory<Program> Demo(string environment) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            web.UseSetting("AzureAd:ClientId", "");
            web.UseSetting("ConnectionStrings:FollowUp", $"Data Source={Path.Combine(Path.GetTempPath(), $"followup-demo-{Guid.NewGuid():N}.db")}");
            web.UseSetting("Jobs:Enabled", "false");
            web.UseSetting("Demo:ValidateSubscriptions", "false");
        });
}
