namespace OutlookFollowUp.Core.Timelines;

/// <summary>The employer's stated response timeline, resolved to a local date.</summary>
/// <param name="RespondBy">The date by which the employer said they would respond.</param>
/// <param name="Text">The sentence that said so, as written in the invite.</param>
/// <param name="Phrase">The time phrase within it ("by Friday", "within 2 weeks").</param>
public sealed record StatedTimeline(DateOnly RespondBy, string Text, string Phrase);

/// <summary>What the invite says about the employer's response timeline.</summary>
/// <param name="Timeline">The statement with the latest date on or after D, or null.</param>
/// <param name="Stale">Statements whose date was already before D (a stale invite): ignored, with a warning.</param>
public sealed record TimelineReading(StatedTimeline? Timeline, IReadOnlyList<StatedTimeline> Stale);
