using Microsoft.Extensions.Logging;

namespace OutlookFollowUp.Workflow;

/// <summary>
/// Log messages of OutlookFollowUp.Workflow (EventIds 3000–3999). Identifiers, counts and durations only:
/// never subjects, bodies, notes, tokens or addresses.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, EventName = "ScanStarted", Level = LogLevel.Information, Message = "Scan started (lookback {Lookback}, dry run {DryRun})")]
    public static partial void ScanStarted(ILogger logger, TimeSpan lookback, bool dryRun);

    [LoggerMessage(EventId = 3001, EventName = "WindowRead", Level = LogLevel.Debug, Message = "Calendar window read: {Events} events, {Skipped} unreadable")]
    public static partial void WindowRead(ILogger logger, int events, int skipped);

    [LoggerMessage(EventId = 3002, EventName = "ScanFinished", Level = LogLevel.Information, Message = "Scan finished: {Created} created, {Updated} updated, {Skipped} skipped, {Requests} Graph requests")]
    public static partial void ScanFinished(ILogger logger, int created, int updated, int skipped, int requests);

    [LoggerMessage(EventId = 3003, EventName = "ScanFailed", Level = LogLevel.Warning, Message = "Scan stopped: Graph still failed after retries ({ExceptionType}); completed work is kept")]
    public static partial void ScanFailed(ILogger logger, string exceptionType);
}
