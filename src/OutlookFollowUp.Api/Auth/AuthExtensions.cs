using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.Identity.Web.TokenCacheProviders.Distributed;
using OutlookFollowUp.Api.Demo;

namespace OutlookFollowUp.Api.Auth;

/// <summary>Registers authentication (Entra via Microsoft.Identity.Web, or the local demo issuer) and authorization.</summary>
public static class AuthExtensions
{
    /// <summary>The policy every API endpoint requires: a signed-in user whose token carries access_as_user.</summary>
    public const string ApiPolicy = "access_as_user";

    public static WebApplicationBuilder AddFollowUpAuth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(EntraOptions.SectionName);
        var entra = section.Get<EntraOptions>() ?? new EntraOptions();
        builder.Services.Configure<EntraOptions>(section);

        if (entra.IsConfigured)
        {
            builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApi(section)
                .EnableTokenAcquisitionToCallDownstreamApi()
                .AddDistributedTokenCaches();
            builder.Services.Configure<MsalDistributedTokenCacheAdapterOptions>(o =>
            {
                // Encrypted with Data Protection (keys in our database) before it reaches the L2 store.
                o.Encrypt = true;
                o.L1CacheOptions = new() { SizeLimit = 50 * 1024 * 1024 };
            });
            builder.Services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, EntraJwtPostConfigure>();
        }
        else
        {
            builder.Services.AddSingleton<DemoTokenIssuer>();
            builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
            builder.Services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, DemoJwtPostConfigure>();
        }

        builder.Services.AddExceptionHandler<ConsentRequiredHandler>();
        builder.Services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, RequireUserClaims>();

        // Identity.Web's handler for RequireScope (reads scp / the scope claim), in both modes.
        builder.Services.AddRequiredScopeAuthorization();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy.RequireAuthenticatedUser().RequireScope(GraphScopes.AccessAsUser));
        return builder;
    }
}

/// <summary>
/// Completes Identity.Web's bearer options: the audience is accepted as <c>api://{host}/{clientId}</c> and as the bare
/// client id (v2 tokens, which personal accounts always get); tokens from tenants outside the allow-list are refused.
/// </summary>
internal sealed class EntraJwtPostConfigure(IOptions<EntraOptions> entra, IOptions<AppOptions> app) : IPostConfigureOptions<JwtBearerOptions>
{
    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        var clientId = entra.Value.ClientId!;
        var audiences = new List<string> { clientId, $"api://{clientId}" };
        if (Uri.TryCreate(app.Value.PublicBaseUrl, UriKind.Absolute, out var publicUri))
        {
            audiences.Add($"api://{publicUri.Authority}/{clientId}");
        }

        if (!string.IsNullOrWhiteSpace(entra.Value.Audience))
        {
            audiences.Add(entra.Value.Audience);
        }

        options.TokenValidationParameters.ValidAudience = null;
        options.TokenValidationParameters.ValidAudiences = audiences.Distinct(StringComparer.Ordinal).ToList();

        var allowed = entra.Value.AllowedTenants.Where(t => !string.IsNullOrWhiteSpace(t)).ToArray();
        options.Events ??= new JwtBearerEvents();
        var previous = options.Events.OnTokenValidated;
        options.Events.OnTokenValidated = async context =>
        {
            await previous(context).ConfigureAwait(false);
            if (context.Result?.Failure is null && !TenantAllowList.Admits(context.Principal, allowed))
            {
                context.Fail("The token's tenant is not allowed to use this service.");
            }
        };
    }
}

/// <summary>
/// A token must name its user (oid and tid): everything the service keeps is keyed by them. One without them is refused
/// at authentication (401), in both modes, before any endpoint runs.
/// </summary>
internal sealed class RequireUserClaims(ILoggerFactory loggers) : IPostConfigureOptions<JwtBearerOptions>
{
    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }

        var logger = loggers.CreateLogger<RequireUserClaims>();
        options.Events ??= new JwtBearerEvents();
        var previous = options.Events.OnTokenValidated;
        options.Events.OnTokenValidated = async context =>
        {
            await previous(context).ConfigureAwait(false);
            if (context.Result?.Failure is null && (context.Principal is null || CurrentUser.From(context.Principal) is null))
            {
                Log.TokenWithoutUser(logger);
                context.Fail("The token does not name a user (oid and tid).");
            }
        };
    }
}
