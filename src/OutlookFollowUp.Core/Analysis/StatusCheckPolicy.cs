namespace OutlookFollowUp.Core.Analysis;

/// <summary>
/// How long the status check waits (DESIGN.md): the employer's stated date plus <paramref name="GraceBusinessDays"/>,
/// or, with no stated timeline, <paramref name="DefaultBusinessDays"/> after the interview. Users may change both.
/// </summary>
/// <param name="GraceBusinessDays">Business days after the stated date; default 2.</param>
/// <param name="DefaultBusinessDays">Business days after the interview when no timeline was stated; default 5.</param>
public sealed record StatusCheckPolicy(int GraceBusinessDays = 2, int DefaultBusinessDays = 5)
{
    /// <summary>The policy's defaults: 2 and 5 business days.</summary>
    public static StatusCheckPolicy Default { get; } = new();

    /// <summary>The accepted range of both values.</summary>
    public static bool IsValid(int graceBusinessDays, int defaultBusinessDays) =>
        graceBusinessDays is >= 0 and <= 20 && defaultBusinessDays is >= 1 and <= 30;
}
