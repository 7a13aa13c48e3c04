using System.Security.Claims;

namespace OutlookFollowUp.Api.Auth;

/// <summary>Who is calling: the user's object id and tenant from the validated token.</summary>
public sealed record CurrentUser(string ObjectId, string TenantId, string? Name)
{
    /// <summary>Our key for the user, also their long-running on-behalf-of session key.</summary>
    public string Key => $"{ObjectId}.{TenantId}";

    /// <summary>Reads the caller from a validated principal, or null when it lacks oid/tid.</summary>
    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var oid = principal.FindFirstValue("oid") ?? principal.FindFirstValue("http://schemas.microsoft.com/identity/claims/objectidentifier");
        var tid = principal.FindFirstValue("tid") ?? principal.FindFirstValue("http://schemas.microsoft.com/identity/claims/tenantid");
        return string.IsNullOrWhiteSpace(oid) || string.IsNullOrWhiteSpace(tid) ? null : new CurrentUser(oid, tid, principal.FindFirstValue("name"));
    }
}
