namespace OutlookFollowUp.Core.Keys;

/// <summary>
/// The idempotency keys stamped on everything written to Graph (DESIGN.md, "Keys"), so a retry or a lost database
/// finds what was already written instead of writing it twice.
/// </summary>
public static class FollowUpKeys
{
    /// <summary><c>thankyou:{iCalUId}:{recipient address lower-case}</c></summary>
    public static string ThankYou(string iCalUId, string recipientAddress) =>
        $"thankyou:{iCalUId}:{recipientAddress.Trim().ToLowerInvariant()}";

    /// <summary><c>statuscheck:{iCalUId}</c> — the To Do task.</summary>
    public static string StatusCheckTask(string iCalUId) => $"statuscheck:{iCalUId}";

    /// <summary><c>statuscheck-draft:{iCalUId}</c> — the status-check draft.</summary>
    public static string StatusCheckDraft(string iCalUId) => $"statuscheck-draft:{iCalUId}";

    /// <summary><c>sendthanks:{iCalUId}</c> — the "Send your thank-you notes" task.</summary>
    public static string SendThanksTask(string iCalUId) => $"sendthanks:{iCalUId}";
}
