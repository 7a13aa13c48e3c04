using System.Net;

namespace OutlookFollowUp.Api.Tests;

/// <summary>Every response carries the security headers; the pane may be framed by Outlook and by nothing else.</summary>
public sealed class SecurityHeadersTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private readonly ApiHost _host = fixture.Host;

    [Theory]
    [InlineData("/taskpane.html")]
    [InlineData("/guard.html")]
    [InlineData("/addin/taskpane.js")]
    [InlineData("/healthz")]
    [InlineData("/api/settings")] // 401 without a token: headers on errors too
    [InlineData("/no-such-page")]
    public async Task EveryResponse_HasNoSniffAndTheContentSecurityPolicy(string path)
    {
        using var client = _host.Anonymous();

        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.False(response.Headers.Contains("X-Frame-Options"), "X-Frame-Options would stop Outlook on the web from framing the pane");
    }

    [Fact]
    public async Task Pane_MayBeFramedByOutlookOnly()
    {
        using var client = _host.Anonymous();

        using var response = await client.GetAsync("/taskpane.html");

        var frameAncestors = Directive(response, "frame-ancestors");
        Assert.Equal(
            ["'self'", "https://outlook.cloud.microsoft", "https://outlook.live.com", "https://outlook.office.com", "https://outlook.office365.com"],
            frameAncestors.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("*", frameAncestors);
    }

    [Fact]
    public async Task Pane_RunsOnlyItsOwnScriptsAndOfficeJs_NeverInline()
    {
        using var client = _host.Anonymous();

        using var response = await client.GetAsync("/taskpane.html");

        Assert.Equal(["'self'", "https://appsforoffice.microsoft.com"], Directive(response, "script-src"));
        Assert.Equal(["'self'"], Directive(response, "style-src"));
        Assert.Equal(["'none'"], Directive(response, "object-src"));
        var all = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", all, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaneHtml_HasNoInlineScriptOrStyle_SoThePolicyDoesNotBreakIt()
    {
        using var client = _host.Anonymous();

        var html = await client.GetStringAsync("/taskpane.html");

        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
    }

    [Fact]
    public async Task AuthenticatedJson_IsNeverCached()
    {
        using var client = _host.As("90000000-0000-4000-8000-000000000001");

        using var response = await client.GetAsync("/api/settings");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
    }

    [Fact]
    public async Task Hsts_OutsideDevelopment_OnHttps()
    {
        var (pfx, password) = TestCertificates.WritePfx();
        await using var production = new ApiHost(environment: "Production", settings: new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = pfx, ["DataProtection:CertificatePassword"] = password });
        using var client = production.Anonymous();
        client.BaseAddress = new Uri("https://followup.example.com/");

        using var inProduction = await client.GetAsync("/healthz");
        using var developmentClient = _host.Anonymous();
        developmentClient.BaseAddress = new Uri("https://followup.example.com/");
        using var inDevelopment = await developmentClient.GetAsync("/healthz");

        Assert.StartsWith("max-age=", inProduction.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False(inDevelopment.Headers.Contains("Strict-Transport-Security"));
    }

    private static List<string> Directive(HttpResponseMessage response, string name)
    {
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var directive = policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith(name + " ", StringComparison.Ordinal));
        return directive.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
    }
}
