namespace OutlookFollowUp.Core.Model;

/// <summary>A message in the mailbox, as much as reply detection needs (never the full body).</summary>
/// <param name="Id">Graph's message id.</param>
/// <param name="From">The From address.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="Subject">The subject.</param>
/// <param name="BodyPreview">Graph's plain-text preview of the body (up to 255 characters).</param>
/// <param name="IsDraft">True for unsent drafts.</param>
/// <param name="Headers">Internet message headers, when Graph returned them (e.g. Auto-Submitted).</param>
public sealed record InboundMessage(
    string Id,
    EmailAddress? From,
    DateTimeOffset ReceivedAt,
    string Subject,
    string BodyPreview,
    bool IsDraft,
    IReadOnlyDictionary<string, string>? Headers = null);
