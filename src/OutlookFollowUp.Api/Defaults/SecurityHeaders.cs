using System.ComponentModel.DataAnnotations;

namespace OutlookFollowUp.Api.Defaults;

/// <summary>Who may frame the task pane, and what its pages may load (section <c>SecurityHeaders</c>).</summary>
public sealed class SecurityHeadersOptions
{
    public const string SectionName = "SecurityHeaders";

    /// <summary>
    /// The origins allowed to frame the pages: Outlook on the web and the new Outlook, which host the task pane in an
    /// iframe (classic Outlook on Windows and Outlook on Mac host it in a web view of their own, which is not a frame).
    /// Default: outlook.office.com, outlook.office365.com, outlook.live.com, outlook.cloud.microsoft.
    /// </summary>
    [MinLength(1)]
    public List<string> FrameAncestors { get; } =
    [
        "https://outlook.office.com",
        "https://outlook.office365.com",
        "https://outlook.live.com",
        "https://outlook.cloud.microsoft",
    ];

    /// <summary>Where Office.js comes from (Outlook requires Microsoft's CDN). Default: https://appsforoffice.microsoft.com.</summary>
    [Required]
    public string OfficeJsOrigin { get; set; } = "https://appsforoffice.microsoft.com";

    /// <summary>Where MSAL signs in (nested app authentication's popup fallback). Default: login.microsoftonline.com and login.live.com.</summary>
    public List<string> SignInOrigins { get; } = ["https://login.microsoftonline.com", "https://login.live.com"];
}

/// <summary>
/// Headers on every response: no MIME sniffing; a Content-Security-Policy that lets the pages run only their own
/// scripts and styles (plus Office.js from Microsoft's CDN), never inline ones, and be framed only by Outlook
/// (frame-ancestors — never X-Frame-Options: DENY, which would break Outlook on the web); no caching of the API's
/// authenticated answers. HSTS is added outside Development by the host.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, Microsoft.Extensions.Options.IOptions<SecurityHeadersOptions> options)
{
    private readonly string _policy = PolicyOf(options.Value);

    public Task InvokeAsync(HttpContext context)
    {
        var response = context.Response;
        var isApi = context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        response.OnStarting(() =>
        {
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = _policy;
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (isApi)
            {
                // The API's answers are the user's own data: never kept by a browser or a proxy.
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    internal static string PolicyOf(SecurityHeadersOptions options) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' {options.OfficeJsOrigin}",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        $"connect-src 'self' {string.Join(' ', options.SignInOrigins)}",
        $"frame-src 'self' {string.Join(' ', options.SignInOrigins)}",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        $"frame-ancestors 'self' {string.Join(' ', options.FrameAncestors)}");
}
