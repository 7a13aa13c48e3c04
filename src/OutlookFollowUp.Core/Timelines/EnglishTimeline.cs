using System.Text.RegularExpressions;

namespace OutlookFollowUp.Core.Timelines;

/// <summary>How English invites state a response timeline (DESIGN.md, "respondBy").</summary>
internal static partial class EnglishTimeline
{
    private const string WeekdayFull = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private const string WeekdayAbbr = "mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun";
    private const string Month = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private const string Day = @"(?:(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?|(?<dayw>" + NumberWords.OrdinalWord + "))";
    private const string Year = @"(?:,?\s+(?<year>\d{4}))?";
    private const string Unit = @"(?<unit>(?:business|working|work|calendar)[\s-]+days?|days?|weeks?|hours?|hrs?|months?)";

    private static readonly System.Buffers.SearchValues<string> Units = TimelineLexicon.Triggers("day", "week", "hour", "hr", "month");
    private static readonly System.Buffers.SearchValues<string> Months = TimelineLexicon.Triggers("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static readonly System.Buffers.SearchValues<string> Digits = TimelineLexicon.Triggers("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static readonly System.Buffers.SearchValues<string> Weekdays = TimelineLexicon.Triggers("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static readonly System.Buffers.SearchValues<string> WeekWords = TimelineLexicon.Triggers("week", "eow");
    private static readonly System.Buffers.SearchValues<string> MonthWords = TimelineLexicon.Triggers("month", "eom");

    public static TimelineLexicon Lexicon { get; } = new()
    {
        SentenceBreak = SentenceBreak(),
        ClauseBreak = ClauseBreak(),
        EmployerResponse = EmployerResponse(),
        OtherAction = OtherAction(),
        Words = TimeWords.English,
        Rules =
        [
            new(DurationRange(), TimelineResolvers.Duration, Units),
            new(DayOrTwo(), TimelineResolvers.DayOrTwo, TimelineLexicon.Triggers(" or two", " or 2")),
            new(Fortnight(), TimelineResolvers.Fortnight, TimelineLexicon.Triggers("fortnight")),
            new(NextPeriod(), TimelineResolvers.NextPeriod, TimelineLexicon.Triggers("next", "coming")),
            new(WeekOfDate(), TimelineResolvers.WeekOfDate, WeekWords),
            new(MonthDay(), TimelineResolvers.CalendarDate, Months),
            new(DayMonth(), TimelineResolvers.CalendarDate, Months),
            new(NumericDate(), TimelineResolvers.NumericDate, TimelineLexicon.Triggers("/")),
            new(OrdinalDay(), TimelineResolvers.OrdinalDay, Digits),
            new(MonthPart(), TimelineResolvers.MonthPart, Months),
            new(Weekday(), TimelineResolvers.Weekday, Weekdays),
            new(ThisWeek(), TimelineResolvers.EndOfThisWeek, WeekWords),
            new(NextWeek(), TimelineResolvers.EndOfNextWeek, WeekWords),
            new(WeekAfterNext(), TimelineResolvers.EndOfWeekAfterNext, WeekWords),
            new(ThisMonth(), TimelineResolvers.EndOfThisMonth, MonthWords),
            new(NextMonth(), TimelineResolvers.NextMonth, MonthWords),
            new(Tomorrow(), TimelineResolvers.Tomorrow, TimelineLexicon.Triggers("tomorrow")),
            new(Today(), TimelineResolvers.Today, TimelineLexicon.Triggers("today", "tonight", "afternoon", "evening", "end of", "eod", "cob", "close of")),
        ],
    };

    // ---- sentence and clause structure ------------------------------------------------------------------------------

    [GeneratedRegex(@"(?<!\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mr|mrs|ms|dr|st|prof|approx|etc|vs|no|inc|ltd|corp|co|[a-z]))\.(?:\s+|$)|[!?]+(?:\s+|$)|[\n;]+\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak(); // no leading \s*: it would make every space a place to try

    // A coordinated verb phrase is a clause of its own: "we are finishing our conversations this week and will decide by
    // Thursday" has "this week" in one clause and the response verb with "Thursday" in the other.
    [GeneratedRegex(@",?\s+(?:and|but|so|while|whereas|although|though|however|meanwhile|then)\s*,?\s+(?=(?:we|we'll|we're|we'd|i|i'll|you|you'll|you're|our|they|they'll|please|someone|the|a|an|if|once|after|in\s+the\s+meantime|kindly|feel|do|don't|expect)\b)|,?\s+(?:and|but|then)\s+(?:then\s+)?(?=(?:will|would|should|shall|can|could|may|might|must|hope|plan|aim|expect|intend|decide|get|let|reach|contact|notify|inform|follow|make|share|send|come|circle|respond|update|announce|finali[sz]e)\b)|:\s+(?=please\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    /// <summary>Phrases in which the employer responds to the candidate.</summary>
    [GeneratedRegex(
        @"\bhear(?:ing)?\s+(?:back|from)\b" +
        @"|\b(?:get|getting|come|coming|circle|circling)\s+back\s+(?:to|with)\s+(?:you|candidates|all)\b" +
        @"|\bbe\s+in\s+touch\b|\b(?:get|getting)\s+in\s+touch\s+with\s+you\b|\bin\s+contact\s+with\s+you\b" +
        @"|\bfollow(?:ing)?[\s-]+up\s+with\s+you\b" +
        @"|\b(?:we|i|they|team|someone|recruiter|manager|hr)(?:'ll|\s+will|\s+would|\s+should|\s+shall|\s+(?:plan|aim|hope|expect|intend|try)\s+to)?\s+(?:reach\s+out|follow[\s-]+up|respond)\b" +
        @"|\breach(?:ing)?\s+out\s+to\s+you\b" +
        @"|\b(?:contact|contacting|notify|notifying|inform|informing|advise|advising|update|updating|reach)\s+(?:you|everyone|(?:all\s+)?(?:the\s+)?(?:candidates|applicants))\b" +
        @"|\bbe\s+(?:notified|informed|contacted|advised|updated)\b" +
        @"|\blet\s+(?:you|you\s+all|candidates|all\s+candidates|applicants|everyone)\s+know\b" +
        @"|\brespond(?:ing)?\s+to\s+(?:you|candidates|all\s+candidates|applicants|all\s+applicants|everyone)\b" +
        @"|(?<!\byour\s)(?<!\byour\s(?:final|hiring)\s)\bdecisions?\b|\b(?:we|they|team|manager|committee)(?:'ll|\s+will|\s+should|\s+can|\s+could|\s+may|\s+would|\s+(?:plan|aim|hope|expect)\s+to)?\s+decide\b" +
        @"|\b(?:will|shall|should|(?:plan(?:ned)?|aim(?:ed)?|hope[ds]?|expect(?:ed)?|intend(?:ed)?)\s+to)\s+(?:decide|reach\s+out|follow[\s-]+up|respond|revert|announce)\b" +
        @"|\bcircl(?:e|ing)\s+back\b|\btouch(?:ing)?\s+base\s+with\s+you\b" +
        @"|\bnext\s+steps?\b" +
        @"|\b(?:an?|any|the|further|final|status|an\s+official)\s+updates?\b|\bupdates?\s+(?:on|about|regarding|from\s+us)\b" +
        @"|\b(?:our|a|an|the|final)\s+(?:response|answer|reply)\b|\boutcome\b|\bresults?\b(?!\s+(?:of|from)\s+(?:your|the)\s+(?:test|assessment))|(?<!\byour\s)\bfeedback\b|\brevert\b" +
        @"|\b(?:have|share|send)\s+(?:some\s+|any\s+)?news\b|\bnews\s+(?:for|to)\s+you\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmployerResponse();

    /// <summary>Things the candidate is asked to do, and other events a time phrase may belong to.</summary>
    [GeneratedRegex(
        @"\b(?:confirm|send|submit|return|complete|fill(?:\s+out|\s+in)?|sign|upload|provide|bring|arrive|join|log\s*in|click|select|choose|book|schedule|reschedule|cancel|rsvp|accept|register|apply|prepare|review|reply|share\s+your|tell\s+us|let\s+us\s+know|contact\s+us|email\s+us|call\s+us|reach\s+out\s+to\s+us|(?:get|be)\s+in\s+touch\s+with\s+us|update\s+us|respond(?!\s+to\s+(?:you|candidates|applicants|all|everyone))|held|hold|take\s+place|takes\s+place|lasts?|starts?|begins?|expires?|closes?|available|availability|travel|visit|meet)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherAction();

    // ---- time phrases -----------------------------------------------------------------------------------------------

    [GeneratedRegex(@"\b(?<n1>" + NumberWords.Cardinal + @")(?:\s*(?:-|to|or)\s*(?<n2>" + NumberWords.Cardinal + @"))?\s+(?:more\s+|additional\s+|further\s+|full\s+)?" + Unit + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DurationRange();

    [GeneratedRegex(@"\b(?:(?<n>" + NumberWords.Cardinal + @")\s+)?fortnights?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Fortnight();

    [GeneratedRegex(@"\b(?:a|one)\s+(?<unit>day|week|month)\s+or\s+(?:two|2)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayOrTwo();

    [GeneratedRegex(@"\b(?:within|in|over|during)\s+the\s+(?:next|coming)\s+(?<unit>day|week|month)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NextPeriod();

    [GeneratedRegex(@"\b(?:(?:" + WeekdayFull + @"),?\s+)?(?<mon>" + Month + @")\.?\s+(?:the\s+)?" + Day + @"\b" + Year, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:the\s+)?week\s+of\s+(?:(?:" + WeekdayFull + @"),?\s+)?(?:(?<mon>" + Month + @")\.?\s+(?:the\s+)?" + Day + @"\b|(?:the\s+)?" + Day + @"\s+(?:of\s+)?(?<mon>" + Month + @")\b\.?)" + Year, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WeekOfDate();

    [GeneratedRegex(@"\b(?:(?:" + WeekdayFull + @"),?\s+)?(?:the\s+)?" + Day + @"\s+(?:of\s+)?(?<mon>" + Month + @")\b\.?" + Year, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?:\b(?:" + WeekdayFull + @"),?\s+)?(?<![\d/.])(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\d|0?[1-9])(?:/(?<y>\d{4}|\d{2}))?(?![\d/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?:(?:by|on|before|until|till)\s+(?:(?:" + WeekdayFull + @"),?\s+)?the\s+|(?:" + WeekdayFull + @"),?\s+the\s+)(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"\b(?:the\s+)?(?<part>beginning|start|early|mid|middle|end|late)(?:\s+of)?(?:\s+the\s+month\s+of)?[\s-]+(?<mon>" + Month + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthPart();

    // "next Friday" and "Monday (of) next week" are both the day in the following week.
    [GeneratedRegex(@"\b(?:this\s+coming\s+|coming\s+)?(?<next>next\s+)?(?<wd>" + WeekdayFull + @")\b(?:,?\s+(?:of\s+)?(?<next>(?:the\s+)?(?:next|following)\s+week)\b)?|\b(?:(?:by|on|before|until|till|than|this)\s+(?<next>next\s+)?|(?<next>next\s+))(?<wd>" + WeekdayAbbr + @")\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:end|close)\s+of\s+(?:(?:the|this)\s+)?(?:work\s*|working\s+|business\s+)?week|eow|(?:later|sometime|by)\s+this\s+week|this\s+week|within\s+the\s+week|(?:before|by)\s+the\s+weekend)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ThisWeek();

    [GeneratedRegex(@"\b(?:(?:early|late|mid|sometime|the\s+(?:end|beginning|start|middle)\s+of|(?:end|beginning|start|middle)\s+of)[\s-]+)?(?:the\s+)?(?:next|following)\s+week\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NextWeek();

    [GeneratedRegex(@"\b(?:the\s+)?week\s+after\s+next\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WeekAfterNext();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:end|close)\s+of\s+(?:(?:the|this)\s+)?month|month[\s-]end|eom|(?:later|sometime)\s+this\s+month|this\s+month|within\s+the\s+month)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ThisMonth();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?<part>beginning|start|early|mid|middle|end|late)(?:\s+of)?[\s-]+)?(?:the\s+)?next\s+month\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NextMonth();

    [GeneratedRegex(@"\b(?<after>the\s+day\s+after\s+)?tomorrow\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(@"\b(?:later\s+today|today|tonight|this\s+(?:afternoon|evening)|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+business)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Today();
}
