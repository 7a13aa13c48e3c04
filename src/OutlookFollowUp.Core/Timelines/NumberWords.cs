namespace OutlookFollowUp.Core.Timelines;

/// <summary>Numbers written as words or digits, as invites use them ("two", "forty-eight", "a couple of", "12").</summary>
internal static class NumberWords
{
    /// <summary>The regex fragment for a cardinal number (digits or words, including "a", "a couple of", "a few").</summary>
    public const string Cardinal =
        @"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?" +
        @"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|one|two|three|four|five|six|seven|eight|nine" +
        @"|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|several|a\s+handful\s+of|an?)";

    /// <summary>The regex fragment for an ordinal day written as a word ("fourth", "twenty-first").</summary>
    public const string OrdinalWord =
        @"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|thirtieth" +
        @"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth" +
        @"|sixteenth|seventeenth|eighteenth|nineteenth)";

    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] Ordinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth"];

    /// <summary>Whether a cardinal means "a few" (3, counted in business days when the unit is days).</summary>
    public static bool IsFew(string text)
    {
        var t = Squash(text);
        return t is "a few" or "few" or "several" or "a handful of";
    }

    /// <summary>The value of a cardinal matched by <see cref="Cardinal"/>.</summary>
    public static int? Parse(string text)
    {
        var t = Squash(text);
        if (int.TryParse(t, out var n))
        {
            return n;
        }

        switch (t)
        {
            case "a" or "an":
                return 1;
            case "a couple" or "a couple of" or "couple" or "couple of":
                return 2;
            case "a few" or "few" or "several" or "a handful of":
                return 3;
        }

        var idx = Array.IndexOf(Units, t);
        if (idx >= 0)
        {
            return idx;
        }

        var parts = t.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        var tens = Array.IndexOf(Tens, parts[0]);
        if (tens >= 2)
        {
            var unit = parts.Length > 1 ? Array.IndexOf(Units, parts[1]) : 0;
            return unit is >= 0 and < 10 ? (tens * 10) + unit : null;
        }

        return null;
    }

    /// <summary>The value of an ordinal word ("fourth" → 4, "twenty-first" → 21).</summary>
    public static int? ParseOrdinal(string text)
    {
        var t = Squash(text);
        var idx = Array.IndexOf(Ordinals, t);
        if (idx > 0)
        {
            return idx;
        }

        if (t == "twentieth")
        {
            return 20;
        }

        if (t == "thirtieth")
        {
            return 30;
        }

        var parts = t.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && Array.IndexOf(Tens, parts[0]) is var tens and >= 2 && Array.IndexOf(Ordinals, parts[1]) is var unit and > 0 and < 10)
        {
            return (tens * 10) + unit;
        }

        return null;
    }

    private static string Squash(string text) => string.Join(' ', text.ToLowerInvariant().Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
