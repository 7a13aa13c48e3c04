namespace OutlookFollowUp.Simulator;

/// <summary>
/// Which calls a fault applies to: a method and a path substring, or any predicate over (method, path-and-query).
/// The path is the decoded path below /v1.0 plus the decoded query, e.g. "/me/messages?$top=5", the same for top-level
/// requests and $batch sub-requests.
/// </summary>
public sealed class RequestMatch
{
    private readonly Func<string, string, bool> _predicate;

    private RequestMatch(Func<string, string, bool> predicate, string description)
    {
        _predicate = predicate;
        Description = description;
    }

    /// <summary>Matches every call.</summary>
    public static RequestMatch Any { get; } = new((_, _) => true, "any request");

    /// <summary>Human-readable form, for test failure messages.</summary>
    public string Description { get; }

    /// <summary>Only $batch sub-requests (true), only top-level requests (false), or both (null, the default).</summary>
    public bool? InBatch { get; init; }

    /// <summary>Matches <paramref name="method"/> ("*" for any) and a path containing <paramref name="pathContains"/> (ordinal, case-insensitive).</summary>
    public static RequestMatch For(string method, string pathContains)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(pathContains);
        return new(
            (m, p) => (method == "*" || string.Equals(method, m, StringComparison.OrdinalIgnoreCase))
                && p.Contains(pathContains, StringComparison.OrdinalIgnoreCase),
            $"{method} *{pathContains}*");
    }

    /// <summary>Matches when <paramref name="predicate"/>(method, pathAndQuery) is true.</summary>
    public static RequestMatch Where(Func<string, string, bool> predicate, string description = "predicate")
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new(predicate, description);
    }

    internal bool IsMatch(string method, string pathAndQuery, bool inBatch) =>
        (InBatch is null || InBatch == inBatch) && _predicate(method, pathAndQuery);

    /// <inheritdoc />
    public override string ToString() => Description;
}
