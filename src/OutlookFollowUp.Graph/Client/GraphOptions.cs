using System.ComponentModel.DataAnnotations;

namespace OutlookFollowUp.Graph.Client;

/// <summary>Settings of the <c>Graph</c> configuration section (DESIGN.md, Contract 2).</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>Graph's root; any absolute http(s) URL, loopback http included (tests, fakes). Default: https://graph.microsoft.com/v1.0.</summary>
    [Required]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>A fixed bearer token for scripts and tests; when set, no sign-in happens. Default: none.</summary>
    public string? AccessToken { get; set; }

    /// <summary>
    /// Lets the service start in Production with <see cref="AccessToken"/> and Entra configuration together, which
    /// makes every user work on the one mailbox that token opens. Only for a single-user deployment that knows it.
    /// Default: false (refused at start).
    /// </summary>
    public bool AllowSharedAccessToken { get; set; }

    /// <summary>
    /// The time budget of one gateway operation, retries and Retry-After waits included: throttled or failed requests
    /// are retried until it is spent. Default: 5 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most time a single HTTP attempt may take. Default: 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// At most this many retries of one operation (429, 503, 504, network), or null (the default) for as many as
    /// <see cref="OperationTimeout"/> allows. Scripts that must fail fast set it low.
    /// </summary>
    [Range(0, 1000)]
    public int? MaxRetries { get; set; }

    /// <summary>The first back-off delay when Graph gives no Retry-After (doubles each time, with jitter). Default: 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off between attempts when Graph gives no Retry-After. Default: 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest Retry-After the gateway is willing to wait before giving up on an attempt. Default: 2 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Concurrent requests per mailbox; Outlook allows 4. Default: 4.</summary>
    [Range(1, 4)]
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>Events per calendarView page. Default: 250.</summary>
    [Range(10, 1000)]
    public int CalendarPageSize { get; set; } = 250;

    /// <summary>Messages per page when looking for replies. Default: 250.</summary>
    [Range(10, 1000)]
    public int MessagePageSize { get; set; } = 250;

    /// <summary>True when <see cref="BaseUrl"/> is an absolute http or https URL.</summary>
    public bool HasValidBaseUrl() =>
        Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
