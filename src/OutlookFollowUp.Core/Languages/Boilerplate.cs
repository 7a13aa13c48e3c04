namespace OutlookFollowUp.Core.Languages;

/// <summary>
/// The lines a meeting tool (Teams, Zoom, Webex, Google Meet) or a hiring system appends to an invite in its own
/// language, whatever the invite's: "Join on your computer, mobile app or room device", "Meeting ID", "Powered by
/// Greenhouse", "Please do not reply to this email". Language detection skips them, so a Spanish invite with an
/// English Teams footer reads as Spanish. Nothing else skips them: every reader still sees the whole invite.
/// </summary>
internal static class Boilerplate
{
    // A line holding any of these is a tool's or a system's, not the sender's. Lower case; matched ignoring case.
    private static readonly System.Buffers.SearchValues<string> Markers = System.Buffers.SearchValues.Create(
        [
            // Microsoft Teams
            "microsoft teams", "teams meeting", "join on your computer", "click here to join", "join the meeting", "meeting id",
            "passcode", "join on the web", "meeting options", "learn more", "video conferencing device", "call in (audio only)",
            "audio only", "find a local number", "phone conference id", "reset pin", "download teams", "join with a video",
            "tenant key", "video id",
            // Zoom
            "zoom meeting", "zoom.us", "one tap mobile", "dial by your location", "find your local number", "join by sip",
            "join by h.323", "topic:", "time zone", "eastern time", "pacific time", "central time", "(us and canada)",
            // Webex
            "webex", "meeting number", "access code", "join by phone", "tap to call", "join from a video system",
            "attendee id", "host key",
            // Google Meet and Calendar
            "google meet", "meet.google.com", "join with google", "more phone numbers", "google calendar",
            "invitation from", "receiving this", "forwarding this invitation", "to stop receiving", "view all guest info",
            "reply for ", "invite others", "guest list", "modify your rsvp",
            // hiring systems and automated senders
            "greenhouse", "lever.co", "sent with lever", "powered by", "sent via", "sent by", "on behalf of", "workday",
            "icims", "smartrecruiters", "ashby", "goodtime", "calendly", "jobvite", "workable", "do not reply", "don't reply",
            "do-not-reply", "noreply", "no-reply", "automated message", "automatically generated", "system-generated",
            "system generated", "unsubscribe", "privacy", "confidential", "preferences", "view in browser", "reschedule",
            "add to calendar", "interview details", "candidate portal",
            // addresses and links
            "://", "www.", "@",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the line is a meeting tool's or a hiring system's text.</summary>
    public static bool IsBoilerplateLine(ReadOnlySpan<char> line) => line.ContainsAny(Markers);

    /// <summary>A divider such as Teams' line of underscores: what follows it is the tool's block.</summary>
    public static bool IsDivider(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= 10 && trimmed.IndexOfAnyExcept("_-=*~") < 0;
    }

    /// <summary>
    /// The sender's own lines of a body: boilerplate lines are skipped, and after a divider whose next non-empty line is
    /// boilerplate, everything (the tool's block runs to the end).
    /// </summary>
    public static IEnumerable<(int Start, int Length)> SenderLines(string body)
    {
        // Most bodies carry no tool's text at all: one search over the whole body, then every non-empty line is the sender's.
        return body.AsSpan().ContainsAny(Markers) ? Filtered(body) : NonEmptyLines(body);
    }

    private static IEnumerable<(int Start, int Length)> NonEmptyLines(string body)
    {
        var start = 0;
        while (start <= body.Length)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0)
            {
                end = body.Length;
            }

            if (!body.AsSpan(start, end - start).Trim().IsEmpty)
            {
                yield return (start, end - start);
            }

            start = end + 1;
        }
    }

    private static IEnumerable<(int Start, int Length)> Filtered(string body)
    {
        var lines = new List<(int Start, int Length)>();
        var start = 0;
        while (start <= body.Length)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0)
            {
                end = body.Length;
            }

            lines.Add((start, end - start));
            start = end + 1;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = body.AsSpan(lines[i].Start, lines[i].Length);
            if (IsDivider(line))
            {
                var next = i + 1;
                while (next < lines.Count && body.AsSpan(lines[next].Start, lines[next].Length).Trim().IsEmpty)
                {
                    next++;
                }

                if (next < lines.Count && IsBoilerplateLine(body.AsSpan(lines[next].Start, lines[next].Length)))
                {
                    yield break;
                }

                continue;
            }

            if (line.Trim().IsEmpty || IsBoilerplateLine(line))
            {
                continue;
            }

            yield return lines[i];
        }
    }
}
