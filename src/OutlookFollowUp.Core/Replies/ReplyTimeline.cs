using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Core.Timelines;

namespace OutlookFollowUp.Core.Replies;

/// <summary>
/// A new response timeline stated in a reply ("we'll have an update for you by Friday", "we expect to decide within two
/// weeks"), read with the respondBy rules of <see cref="TimelineExtractor"/> relative to the day the reply arrived.
/// </summary>
public static class ReplyTimeline
{
    /// <summary>
    /// The latest employer timeline the reply states, on or after <paramref name="receivedOn"/>, or null. Only the text
    /// the employer wrote counts: the subject when it is not "Re:"/"Fwd:", and the preview up to the quoted earlier message.
    /// </summary>
    /// <param name="message">The reply.</param>
    /// <param name="receivedOn">The local date the reply was received, in the user's zone (D for the respondBy rules).</param>
    /// <param name="week">The user's working days and holidays.</param>
    public static StatedTimeline? NewRespondBy(InboundMessage message, DateOnly receivedOn, WorkWeek week)
    {
        ArgumentNullException.ThrowIfNull(message);
        return NewRespondBy(message.Subject, message.BodyPreview, receivedOn, week);
    }

    /// <summary>As <see cref="NewRespondBy(InboundMessage, DateOnly, WorkWeek)"/>, from a subject and preview.</summary>
    public static StatedTimeline? NewRespondBy(string? subject, string? preview, DateOnly receivedOn, WorkWeek week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var ownSubject = ReplyText.Subject(subject, out var prefixed);
        var own = ReplyText.Own(preview, out _);
        var text = prefixed || ownSubject.Length == 0 ? own : ownSubject + "\n" + own;
        return text.Length == 0 ? null : TimelineExtractor.Read(text, receivedOn, week).Timeline;
    }
}
