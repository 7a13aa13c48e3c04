using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookFollowUp.Api.Tests;

/// <summary>A test token issuer: signed JWTs shaped like Entra's v2 access tokens, never a real tenant.</summary>
public static class TestTokens
{
    public const string ClientId = "11111111-2222-4333-8444-555555555555";
    public const string PublicHost = "followup.test";
    public const string TenantA = "aaaaaaaa-0000-4000-8000-000000000001";
    public const string TenantB = "bbbbbbbb-0000-4000-8000-000000000002";
    public const string ForeignTenant = "cccccccc-0000-4000-8000-000000000003";

    private static readonly RSA Rsa = RSA.Create(2048);
    private static readonly RSA OtherRsa = RSA.Create(2048);

    public static SecurityKey Key { get; } = new RsaSecurityKey(Rsa) { KeyId = "test-key" };

    public static string Issuer(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    public static string AppIdUri => $"api://{PublicHost}/{ClientId}";

    public static string Create(
        string objectId,
        string tenant = TenantA,
        string? audience = null,
        string? scope = "access_as_user",
        TimeSpan? lifetime = null,
        bool wrongKey = false,
        string? issuer = null,
        bool withoutOid = false)
    {
        var now = DateTime.UtcNow;
        var claims = new List<Claim> { new("tid", tenant), new("name", "Test User " + objectId[..4]), new("ver", "2.0") };
        if (!withoutOid)
        {
            claims.Add(new Claim("oid", objectId));
        }
        if (scope is not null)
        {
            claims.Add(new Claim("scp", scope));
        }

        var expires = now + (lifetime ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer(tenant),
            Audience = audience ?? AppIdUri,
            IssuedAt = expires < now ? expires.AddMinutes(-10) : now,
            NotBefore = expires < now ? expires.AddMinutes(-10) : now,
            Expires = expires,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(wrongKey ? new RsaSecurityKey(OtherRsa) { KeyId = "test-key" } : Key, SecurityAlgorithms.RsaSha256),
        });
    }
}
