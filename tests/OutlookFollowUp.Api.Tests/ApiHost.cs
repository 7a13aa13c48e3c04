using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Abstractions;
using OutlookFollowUp.Api.Mailbox;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using OutlookFollowUp.Simulator;

namespace OutlookFollowUp.Api.Tests;

/// <summary>
/// The service under test: the real host (WebApplicationFactory) with Entra configuration, a test token issuer in
/// place of Entra's keys, a <see cref="SimulatedTenant"/> as Entra's on-behalf-of and Graph (a Simulator mailbox per
/// user, picked by the token, as in a real tenant), a SQLite file of its own and a fake clock after the seed's
/// interviews. Background jobs are off: tests drive the worker and the sweep.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    public static readonly DateTimeOffset SeedNow = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private readonly WebApplicationFactory<Program> _factory;

    public ApiHost(string? databasePath = null, SimulatedTenant? tenant = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string environment = "Development")
    {
        Clock = new FakeTimeProvider(SeedNow);
        OwnsTenant = tenant is null;
        Tenant = tenant ?? new SimulatedTenant(Clock);
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"followup-api-{Guid.NewGuid():N}.db");
        var config = new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "organizations",
            ["AzureAd:ClientId"] = TestTokens.ClientId,
            ["AzureAd:ClientSecret"] = "not-a-real-secret",
            ["AzureAd:AllowedTenants:0"] = TestTokens.TenantA,
            ["AzureAd:AllowedTenants:1"] = TestTokens.TenantB,
            ["App:PublicBaseUrl"] = $"https://{TestTokens.PublicHost}",
            ["App:RequestsPerMinutePerUser"] = "1000",
            ["Graph:BaseUrl"] = SimulatedTenant.GraphBaseUrl,
            ["Graph:RetryDelay"] = "00:00:00.010",
            ["ConnectionStrings:FollowUp"] = $"Data Source={DatabasePath}",
            ["Jobs:Enabled"] = "false",
            ["Jobs:ScanLookback"] = "30.00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            foreach (var (key, value) in config)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureTestServices(collection =>
            {
                collection.AddSingleton<TimeProvider>(Clock);
                collection.Replace(ServiceDescriptor.Singleton<IAuthorizationHeaderProvider>(new SimulatedEntra(Tenant)));
                collection.Replace(ServiceDescriptor.Singleton(new SharedGraphHandler(new GraphNetwork(Tenant))));
                services?.Invoke(collection);
                // Entra's signing keys and issuers are replaced by the test issuer; audience and tenant checks stay the product's.
                collection.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
                {
                    var configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer(TestTokens.TenantA) };
                    configuration.SigningKeys.Add(TestTokens.Key);
                    o.Configuration = configuration;
                    o.ConfigurationManager = null;
                    o.TokenValidationParameters.IssuerSigningKey = TestTokens.Key;
                    o.TokenValidationParameters.IssuerValidator = null;
                    o.TokenValidationParameters.ValidIssuers = [TestTokens.Issuer(TestTokens.TenantA), TestTokens.Issuer(TestTokens.TenantB), TestTokens.Issuer(TestTokens.ForeignTenant)];
                });
            });
        });
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>Entra and Graph for every user of this host.</summary>
    public SimulatedTenant Tenant { get; }

    public string DatabasePath { get; }

    private bool OwnsTenant { get; }

    public IServiceProvider Services => _factory.Services;

    public HttpClient Anonymous() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public HttpClient As(string objectId, string tenant = TestTokens.TenantA) => WithToken(TestTokens.Create(objectId, tenant));

    public HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A test user's own mailbox.</summary>
    public GraphSimulator MailboxOf(string objectId, string tenant = TestTokens.TenantA) => Tenant.MailboxOf(UserKey(objectId, tenant));

    /// <summary>Our key for a test user.</summary>
    public static string UserKey(string objectId, string tenant = TestTokens.TenantA) => $"{objectId}.{tenant}";

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (OwnsTenant)
        {
            await Tenant.DisposeAsync();
        }
    }
}
