namespace OutlookFollowUp.Core.Replies;

/// <summary>
/// What an employer's reply says (DESIGN.md, "outcome of a reply"), read from its subject and preview. The wire names
/// (<see cref="ReplyOutcomes.Name"/>) are <c>rejection</c>, <c>next-step</c>, <c>offer</c>, <c>request</c>,
/// <c>acknowledgement</c> and <c>other</c>.
/// </summary>
public enum ReplyOutcome
{
    /// <summary>Nothing clear: a general reply for the user to read (the conservative answer when unsure).</summary>
    Other,

    /// <summary>
    /// Only acknowledges: "we received your application", "thanks for your note". It does not complete the status check.
    /// </summary>
    Acknowledgement,

    /// <summary>Asks the candidate for something: references, documents, a form, availability, salary expectations.</summary>
    Request,

    /// <summary>Another interview, scheduling a call, or an assessment.</summary>
    NextStep,

    /// <summary>An offer of the job.</summary>
    Offer,

    /// <summary>A clear rejection: it also ends every pending follow-up with that employer.</summary>
    Rejection,
}

/// <summary>Names of <see cref="ReplyOutcome"/> for JSON, the ledger and the pane.</summary>
public static class ReplyOutcomes
{
    /// <summary>The wire name: <c>rejection</c>, <c>next-step</c>, <c>offer</c>, <c>request</c>, <c>acknowledgement</c>, <c>other</c>.</summary>
    public static string Name(this ReplyOutcome outcome) => outcome switch
    {
        ReplyOutcome.Rejection => "rejection",
        ReplyOutcome.NextStep => "next-step",
        ReplyOutcome.Offer => "offer",
        ReplyOutcome.Request => "request",
        ReplyOutcome.Acknowledgement => "acknowledgement",
        _ => "other",
    };

    /// <summary>Words for a person ("Fabrikam replied on Tue: next step"): the wire name with a space, "reply" for other.</summary>
    public static string Label(this ReplyOutcome outcome) => outcome switch
    {
        ReplyOutcome.NextStep => "next step",
        ReplyOutcome.Other => "reply",
        _ => outcome.Name(),
    };

    /// <summary>Reads a wire name back (case-insensitive); false for anything else.</summary>
    public static bool TryParse(string? name, out ReplyOutcome outcome)
    {
        foreach (var candidate in Enum.GetValues<ReplyOutcome>())
        {
            if (string.Equals(candidate.Name(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                outcome = candidate;
                return true;
            }
        }

        outcome = ReplyOutcome.Other;
        return false;
    }
}
