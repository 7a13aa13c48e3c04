using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace OutlookFollowUp.Api.Auth;

/// <summary>
/// Our additions to Microsoft.Identity.Web's <c>AzureAd</c> section (Instance, TenantId, ClientId, Audience,
/// ClientSecret or ClientCredentials are Identity.Web's own).
/// </summary>
public sealed class EntraOptions
{
    public const string SectionName = "AzureAd";

    /// <summary>The API's application (client) id. Empty: demo mode (no Entra, simulated mailbox).</summary>
    public string? ClientId { get; set; }

    /// <summary>An extra accepted audience, normally "api://{host}/{clientId}". Default: derived from App:PublicBaseUrl.</summary>
    public string? Audience { get; set; }

    /// <summary>
    /// Tenants whose users may sign in (tenant ids). Empty: any tenant. The consumer tenant
    /// 9188040d-6c67-4c5b-b112-36a304b66dad admits personal Microsoft accounts.
    /// </summary>
    public string[] AllowedTenants { get; set; } = [];

    /// <summary>True when Entra is configured; otherwise the host runs in demo mode.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId);
}

/// <summary>Host-wide settings (section <c>App</c>).</summary>
public sealed class AppOptions
{
    public const string SectionName = "App";

    /// <summary>
    /// The public https origin of the service (task pane, notification URLs, the api:// audience), e.g.
    /// https://followup.example.com. Default: http://localhost:5080 (demo).
    /// </summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Requests per minute one user may make to the API. Default: 120.</summary>
    [Range(1, 100_000)]
    public int RequestsPerMinutePerUser { get; set; } = 120;

    /// <summary>The largest request body accepted by the API, in bytes. Default: 256 KiB.</summary>
    [Range(1024, 10_485_760)]
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
}

/// <summary>Validates <see cref="AppOptions"/> at start, naming the bad value.</summary>
[OptionsValidator]
public sealed partial class AppOptionsValidator : IValidateOptions<AppOptions>;

/// <summary>The Graph scopes the service asks for on the user's behalf: delegated only.</summary>
public static class GraphScopes
{
    public static readonly string[] Delegated =
    [
        "https://graph.microsoft.com/User.Read",
        "https://graph.microsoft.com/Calendars.Read",
        "https://graph.microsoft.com/Mail.ReadWrite",
        "https://graph.microsoft.com/Tasks.ReadWrite",
        "https://graph.microsoft.com/MailboxSettings.Read",
        "offline_access",
    ];

    /// <summary>The scope the task pane's token must carry.</summary>
    public const string AccessAsUser = "access_as_user";

    /// <summary>The consumer (personal Microsoft accounts) tenant.</summary>
    public const string ConsumerTenant = "9188040d-6c67-4c5b-b112-36a304b66dad";
}
