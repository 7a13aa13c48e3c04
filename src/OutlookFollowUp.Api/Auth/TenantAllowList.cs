using System.Security.Claims;

namespace OutlookFollowUp.Api.Auth;

/// <summary>Admits only tokens from configured tenants (all tenants when the list is empty).</summary>
internal static class TenantAllowList
{
    public static bool Admits(ClaimsPrincipal? principal, IReadOnlyCollection<string> allowedTenants)
    {
        if (allowedTenants.Count == 0)
        {
            return true;
        }

        var tid = principal?.FindFirstValue("tid") ?? principal?.FindFirstValue("http://schemas.microsoft.com/identity/claims/tenantid");
        return tid is not null && allowedTenants.Contains(tid, StringComparer.OrdinalIgnoreCase);
    }
}
