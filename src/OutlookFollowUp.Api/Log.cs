namespace OutlookFollowUp.Api;

/// <summary>
/// Log messages of OutlookFollowUp.Api (EventIds 4000–4999). Identifiers (object ids, work ids), counts and durations
/// only: never subjects, bodies, notes, tokens or addresses.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, EventName = "DemoMode", Level = LogLevel.Warning, Message = "DEMO MODE: no Entra configuration; serving a simulated mailbox at {SimulatorUrl} for a local demo user, on localhost only")]
    public static partial void DemoMode(ILogger logger, string simulatorUrl);

    [LoggerMessage(EventId = 4001, EventName = "AutomationPaused", Level = LogLevel.Warning, Message = "Automation paused for user {ObjectId}: no token for background work")]
    public static partial void AutomationPaused(ILogger logger, string objectId);

    [LoggerMessage(EventId = 4002, EventName = "AutomationResumed", Level = LogLevel.Information, Message = "Automation resumed for user {ObjectId}")]
    public static partial void AutomationResumed(ILogger logger, string objectId);

    [LoggerMessage(EventId = 4003, EventName = "UnsubscribeFailed", Level = LogLevel.Warning, Message = "Deleting a subscription failed ({ExceptionType}); it will expire on its own")]
    public static partial void UnsubscribeFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 4010, EventName = "WorkFailed", Level = LogLevel.Warning, Message = "Work item {WorkId} ({Kind}) failed on attempt {Attempt}: {ExceptionType}")]
    public static partial void WorkFailed(ILogger logger, long workId, string kind, int attempt, string exceptionType);

    [LoggerMessage(EventId = 4011, EventName = "WorkDone", Level = LogLevel.Debug, Message = "Work item {WorkId} ({Kind}) done")]
    public static partial void WorkDone(ILogger logger, long workId, string kind);

    [LoggerMessage(EventId = 4020, EventName = "NotificationsRejected", Level = LogLevel.Warning, Message = "Ignored {Rejected} of {Total} notifications in a request: {Why}")]
    public static partial void NotificationsRejected(ILogger logger, int rejected, int total, string why);

    [LoggerMessage(EventId = 4021, EventName = "NotificationsAccepted", Level = LogLevel.Debug, Message = "Accepted {Count} change notifications ({Stored} new work items)")]
    public static partial void NotificationsAccepted(ILogger logger, int count, int stored);

    [LoggerMessage(EventId = 4022, EventName = "NotificationSourceLimited", Level = LogLevel.Warning, Message = "A source sends too many invalid notifications ({Why}): answering 429 for the rest of the minute")]
    public static partial void NotificationSourceLimited(ILogger logger, string why);

    [LoggerMessage(EventId = 4030, EventName = "RequestFailedAtGraph", Level = LogLevel.Warning, Message = "A request failed at Graph ({ExceptionType}); answered {Status}")]
    public static partial void RequestFailedAtGraph(ILogger logger, string exceptionType, int status);

    [LoggerMessage(EventId = 4031, EventName = "TokenWithoutUser", Level = LogLevel.Information, Message = "Refused a token without oid or tid")]
    public static partial void TokenWithoutUser(ILogger logger);

    [LoggerMessage(EventId = 4040, EventName = "KeysUnprotected", Level = LogLevel.Warning, Message = "Data Protection keys are stored unprotected ({Environment}): configure DataProtection:KeyVaultUri, CertificatePath or CertificateThumbprint before production")]
    public static partial void KeysUnprotected(ILogger logger, string environment);

    [LoggerMessage(EventId = 4041, EventName = "KeysProtected", Level = LogLevel.Information, Message = "Data Protection keys are protected at rest with the {Source}")]
    public static partial void KeysProtected(ILogger logger, string source);
}
