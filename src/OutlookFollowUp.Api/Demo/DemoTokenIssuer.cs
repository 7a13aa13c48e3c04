using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutlookFollowUp.Api.Auth;

namespace OutlookFollowUp.Api.Demo;

/// <summary>
/// Demo mode only: a local token issuer for the local demo user, so the demo page calls the same protected API the
/// task pane calls in production. The key lives in memory and dies with the process.
/// </summary>
public sealed class DemoTokenIssuer : IDisposable
{
    public const string Issuer = "https://demo.outlookfollowup.localhost/";
    public const string Audience = "api://localhost/outlookfollowup-demo";
    public const string UserObjectId = "00000000-0000-4000-8000-0000000de300";
    public const string TenantId = "00000000-0000-4000-8000-00000000de30";

    private readonly RSA _rsa = RSA.Create(2048);

    public DemoTokenIssuer(TimeProvider timeProvider) => TimeProvider = timeProvider;

    public SecurityKey Key => new RsaSecurityKey(_rsa) { KeyId = "demo" };

    private TimeProvider TimeProvider { get; }

    /// <summary>A one-hour access token for the demo user with the access_as_user scope.</summary>
    public string IssueToken(string name)
    {
        var now = TimeProvider.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity(
            [
                new Claim("oid", UserObjectId),
                new Claim("tid", TenantId),
                new Claim("name", name),
                new Claim("scp", GraphScopes.AccessAsUser),
            ]),
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose() => _rsa.Dispose();
}

/// <summary>Validates demo tokens with the in-memory key.</summary>
internal sealed class DemoJwtPostConfigure(DemoTokenIssuer issuer) : IPostConfigureOptions<JwtBearerOptions>
{
    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        options.MapInboundClaims = false;
        // Demo tokens live in real time even when the demo clock (the service's TimeProvider) has moved ahead.
        options.TimeProvider = TimeProvider.System;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = DemoTokenIssuer.Issuer,
            ValidAudience = DemoTokenIssuer.Audience,
            IssuerSigningKey = issuer.Key,
            NameClaimType = "name",
        };
    }
}
