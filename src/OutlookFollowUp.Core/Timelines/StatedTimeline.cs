namespace OutlookFollowUp.Core.Timelines;

/// <summary>The employer's stated response timeline, resolved to a local date.</summary>
/// <param name="RespondBy">The date by which the employer said they would respond.</param>
/// <param name="Text">The sentence that said so, as written in the invite.</param>
/// <param name="Phrase">The time phrase within it ("by Friday", "within 2 weeks").</param>
public sealed record StatedTimeline(DateOnly RespondBy, string Text, string Phrase);
