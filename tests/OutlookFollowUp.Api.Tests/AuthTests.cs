using System.Net;

namespace OutlookFollowUp.Api.Tests;

public sealed class AuthTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private readonly ApiHost _host = fixture.Host;

    public static TheoryData<string, string> ProtectedEndpoints() => new()
    {
        { "POST", "/api/interviews/analyze" },
        { "POST", "/api/interviews/drafts" },
        { "GET", "/api/interviews" },
        { "GET", $"/api/interviews/{Seed.LucerneICal}" },
        { "PUT", $"/api/interviews/{Seed.LucerneICal}/auto" },
        { "PUT", $"/api/interviews/{Seed.LucerneICal}/status-check" },
        { "GET", "/api/settings" },
        { "PUT", "/api/settings" },
        { "GET", "/api/activity" },
        { "DELETE", "/api/me/data" },
    };

    [Theory]
    [MemberData(nameof(ProtectedEndpoints))]
    public async Task Endpoint_WithoutToken_Is401(string method, string path)
    {
        using var client = _host.Anonymous();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method is "POST" or "PUT" ? JsonContent("{}") : null };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ProtectedEndpoints))]
    public async Task Endpoint_WithForeignTenantToken_Is401(string method, string path)
    {
        using var client = _host.WithToken(TestTokens.Create("f0000000-0000-4000-8000-000000000001", TestTokens.ForeignTenant));
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method is "POST" or "PUT" ? JsonContent("{}") : null };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("api://someone-else/22222222-0000-4000-8000-000000000000")]
    [InlineData("https://graph.microsoft.com")]
    [InlineData("22222222-0000-4000-8000-000000000000")]
    public async Task Settings_WrongAudience_Is401(string audience)
    {
        using var client = _host.WithToken(TestTokens.Create("a0000000-0000-4000-8000-000000000001", audience: audience));

        using var response = await client.GetAsync("/api/settings");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData($"api://{TestTokens.PublicHost}/{TestTokens.ClientId}")]
    [InlineData(TestTokens.ClientId)]
    [InlineData($"api://{TestTokens.ClientId}")]
    public async Task Settings_AcceptedAudiences_Are200(string audience)
    {
        using var client = _host.WithToken(TestTokens.Create("a0000000-0000-4000-8000-000000000002", audience: audience));

        using var response = await client.GetAsync("/api/settings");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Settings_SecondAllowedTenant_Is200()
    {
        using var client = _host.As("b0000000-0000-4000-8000-000000000001", TestTokens.TenantB);
        using var response = await client.GetAsync("/api/settings");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Settings_ExpiredToken_Is401()
    {
        using var client = _host.WithToken(TestTokens.Create("a0000000-0000-4000-8000-000000000003", lifetime: TimeSpan.FromHours(-1)));
        using var response = await client.GetAsync("/api/settings");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Settings_TokenSignedByAnotherKey_Is401()
    {
        using var client = _host.WithToken(TestTokens.Create("a0000000-0000-4000-8000-000000000004", wrongKey: true));
        using var response = await client.GetAsync("/api/settings");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Settings_TokenWithoutAccessAsUserScope_Is403()
    {
        using var client = _host.WithToken(TestTokens.Create("a0000000-0000-4000-8000-000000000005", scope: "User.Read"));
        using var response = await client.GetAsync("/api/settings");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/taskpane.html")]
    public async Task AnonymousEndpoints_Are200(string path)
    {
        using var client = _host.Anonymous();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesEveryApi()
    {
        using var client = _host.Anonymous();
        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/interviews/analyze", paths);
        Assert.Contains("/api/settings", paths);
        Assert.Contains("/api/activity", paths);
        Assert.Contains("/api/me/data", paths);
        Assert.Contains("/api/notifications", paths);
    }

    [Fact]
    public async Task DemoEndpoints_AreAbsentOutsideDemoMode()
    {
        using var client = _host.Anonymous();
        using var response = await client.PostAsync("/demo/token", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
