namespace OutlookFollowUp.Simulator;

/// <summary>How a <see cref="GraphSimulator"/> listens and behaves.</summary>
public sealed class SimulatorOptions
{
    /// <summary>Loopback port to listen on; 0 (the default) picks any free port. The server binds to 127.0.0.1 only.</summary>
    public int Port { get; init; }

    /// <summary>Items per page when the client asks for no page size; default 10, like Graph.</summary>
    public int PageSize { get; init; } = 10;

    /// <summary>Delay added to every mailbox call (each $batch sub-request counts as one); default none. Real time, not <see cref="TimeProvider"/>.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    /// <summary>Enforce Outlook's limit of concurrent requests per mailbox (the next one gets 429 ApplicationThrottled); default true.</summary>
    public bool EnforceConcurrencyLimit { get; init; } = true;

    /// <summary>The concurrent-request limit per mailbox; default 4, as Outlook.</summary>
    public int MaxConcurrentRequests { get; init; } = 4;

    /// <summary>Retry-After sent with the concurrency 429; default 1 second.</summary>
    public TimeSpan ConcurrencyRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>When set, only "Authorization: Bearer {this}" is accepted; otherwise any non-empty bearer token is. Default null.</summary>
    public string? RequiredAccessToken { get; init; }

    /// <summary>Clock for createdDateTime/lastModifiedDateTime, To Do completion and subscription expiry; default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Perform Graph's validation handshake (POST {notificationUrl}?validationToken=…) before creating a subscription;
    /// default true. Turn off for tests that have no listener.
    /// </summary>
    public bool ValidateSubscriptionEndpoints { get; init; } = true;

    /// <summary>How long a notification endpoint has to answer the handshake or a notification; default 10 seconds, as Graph.</summary>
    public TimeSpan NotificationTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Tenant id put in change notifications; default a fixed GUID.</summary>
    public string TenantId { get; init; } = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// <summary>Longest subscription lifetime for Outlook resources; longer requests are capped. Default 10,080 minutes.</summary>
    public TimeSpan MaxSubscriptionLifetime { get; init; } = TimeSpan.FromMinutes(10080);

    /// <summary>Most entries kept in the request log (oldest dropped first); the counters are not capped. Default 10,000.</summary>
    public int MaxLogEntries { get; init; } = 10_000;

    /// <summary>Faults by count from the start (see <see cref="GraphSimulator.SetRecurringFaults"/>); default none.</summary>
    public RecurringFaults? RecurringFaults { get; init; }

    internal void Validate()
    {
        RecurringFaults?.Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentRequests, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Latency, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(ConcurrencyRetryAfter, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(NotificationTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaxSubscriptionLifetime, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
