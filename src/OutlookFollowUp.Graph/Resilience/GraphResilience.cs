using System.Net;
using System.Net.Http.Headers;
using Microsoft.Kiota.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using OutlookFollowUp.Graph.Client;

namespace OutlookFollowUp.Graph.Resilience;

/// <summary>
/// The single retry layer for Graph. Kiota's RetryHandler is removed from the HTTP pipeline and retries happen here,
/// around whole gateway operations instead of single HTTP sends, because:
/// a create must never be retried blindly (the operation retried is "look the key up, create only if absent");
/// a $batch answers 200 while sub-requests fail with their own Retry-After, which an HTTP handler cannot see;
/// and one place honours Retry-After (seconds or HTTP date) under one overall deadline.
/// </summary>
public sealed class GraphResilience
{
    private readonly ResiliencePipeline _pipeline;
    private readonly GraphOptions _options;

    public GraphResilience(GraphOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.OperationTimeout });
        // Retries go on until the operation's time budget (OperationTimeout) is spent: Graph throttles a mailbox for
        // minutes at a time, and that is normal, not a failure. MaxRetries, when set, caps the attempts as well.
        var maxRetries = options.MaxRetries ?? int.MaxValue;
        if (maxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = maxRetries,
                // A Retry-After longer than MaxRetryAfter is not waited for (nor cut short, which Graph counts against us): give up.
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => IsTransient(ex) && !(RetryAfter(ex, timeProvider) > options.MaxRetryAfter)),
                Delay = options.RetryDelay,
                MaxDelay = options.MaxBackoff,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(NextDelay(args.Context, args.Outcome.Exception, options, timeProvider)),
            });
        }

        _pipeline = builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout }).Build();
    }

    private static readonly ResiliencePropertyKey<int> FailuresWithoutProgress = new("OutlookFollowUp.FailuresWithoutProgress");

    /// <summary>
    /// Graph's own Retry-After when it gives one; otherwise exponential back-off (with jitter, up to MaxBackoff) over
    /// the failures in a row that made no progress. An attempt that got some answers resets it: under sustained
    /// throttling each attempt finishes part of the work, and the next one should come soon, not later and later.
    /// </summary>
    private static TimeSpan NextDelay(ResilienceContext context, Exception? exception, GraphOptions options, TimeProvider timeProvider)
    {
        var failures = exception is GraphTransientException { MadeProgress: true } ? 0 : context.Properties.GetValue(FailuresWithoutProgress, 0) + 1;
        context.Properties.Set(FailuresWithoutProgress, failures);
        if (RetryAfter(exception, timeProvider) is { } asked)
        {
            return asked;
        }

        if (failures == 0)
        {
            return options.RetryDelay;
        }

        var exponential = options.RetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 16));
        var jittered = exponential * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, options.MaxBackoff.TotalMilliseconds));
    }

    /// <summary>Runs an idempotent operation with retries.</summary>
    public ValueTask<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> operation, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(operation, cancellationToken);

    /// <summary>The longest Retry-After honoured.</summary>
    public TimeSpan MaxRetryAfter => _options.MaxRetryAfter;

    /// <summary>True for failures worth another attempt: throttling, unavailability, timeouts, network errors.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        GraphTransientException => true,
        ApiException api => IsTransientStatus(api.ResponseStatusCode),
        HttpRequestException => true,
        TimeoutRejectedException => true,
        TaskCanceledException => false,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsTransient),
        _ => false,
    };

    /// <summary>429, 500, 502, 503, 504.</summary>
    public static bool IsTransientStatus(int status) => status is 429 or 500 or 502 or 503 or 504;

    /// <summary>The delay Graph asked for in Retry-After (seconds or HTTP date), or null to use back-off.</summary>
    public static TimeSpan? RetryAfter(Exception? exception, TimeProvider timeProvider) => exception switch
    {
        GraphTransientException transient => transient.RetryAfter,
        // A refused $batch envelope: Graph.Core throws ServiceException, whose headers hide ApiException's (always empty there).
        Microsoft.Graph.ServiceException { ResponseHeaders: { } headers } => RetryAfter(headers, timeProvider),
        ApiException api when api.ResponseHeaders is { } headers && headers.TryGetValue("Retry-After", out var values) =>
            ParseRetryAfter(values.FirstOrDefault(), timeProvider),
        _ => null,
    };

    /// <summary>Parses a Retry-After value: delta seconds or an HTTP date.</summary>
    public static TimeSpan? ParseRetryAfter(string? value, TimeProvider timeProvider)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? Max(TimeSpan.Zero, date - timeProvider.GetUtcNow())
            : null;
    }

    /// <summary>Retry-After from HTTP response headers.</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.RetryAfter is { } retryAfter)
        {
            return retryAfter.Delta ?? (retryAfter.Date is { } date ? Max(TimeSpan.Zero, date - timeProvider.GetUtcNow()) : null);
        }

        return headers.TryGetValues("Retry-After", out var values) ? ParseRetryAfter(values.FirstOrDefault(), timeProvider) : null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>A failure worth retrying that the gateway detected itself (e.g. throttled sub-requests in a $batch).</summary>
/// <remarks>It never leaves the gateway: once retries are spent it becomes a <see cref="GraphUnavailableException"/>.</remarks>
public sealed class GraphTransientException(string message, HttpStatusCode status, TimeSpan? retryAfter, bool madeProgress = false) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>
    /// The attempt got some answers (kept for the next one): throttling is sustained, not total, so the next attempt
    /// waits the base delay rather than backing off further.
    /// </summary>
    public bool MadeProgress { get; } = madeProgress;
}
