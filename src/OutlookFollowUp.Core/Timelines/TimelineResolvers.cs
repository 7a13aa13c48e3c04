using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Timelines;

/// <summary>
/// The policy's meaning of each kind of time phrase (DESIGN.md, "respondBy"), the same in every language: the
/// patterns of a language capture the same named groups (day, mon, year, wd, next, n1, n2, unit, part), and its
/// <see cref="TimeWords"/> read the words inside them.
/// </summary>
internal static class TimelineResolvers
{
    public static DateOnly? Duration(Match m, DateOnly d, WorkWeek week, TimeWords words)
    {
        var first = m.Groups["n1"].Value;
        var upper = m.Groups["n2"].Success ? m.Groups["n2"].Value : first;
        if (words.Cardinal(upper) is not { } n || n <= 0 || n > 400)
        {
            return null;
        }

        switch (words.Unit(m.Groups["unit"].Value))
        {
            case TimeUnit.BusinessDays:
                return week.AddBusinessDays(d, n);
            case TimeUnit.Days:
                // "a few days" is three business days; a few of anything else is three of it.
                return words.IsFew(upper) ? week.AddBusinessDays(d, n) : d.AddDays(words.CalendarDays(n));
            case TimeUnit.CalendarDays:
                return d.AddDays(n);
            case TimeUnit.Weeks:
                return d.AddDays(7 * n);
            case TimeUnit.Hours:
                return d.AddDays((n + 23) / 24);
            default:
                return d.AddMonths(n);
        }
    }

    public static DateOnly? Fortnight(Match m, DateOnly d, WorkWeek week, TimeWords words)
    {
        var n = m.Groups["n"].Success ? words.Cardinal(m.Groups["n"].Value) ?? 1 : 1;
        return n is > 0 and <= 26 ? d.AddDays(14 * n) : null;
    }

    public static DateOnly? DayOrTwo(Match m, DateOnly d, WorkWeek week, TimeWords words) => words.Unit(m.Groups["unit"].Value) switch
    {
        TimeUnit.Weeks => d.AddDays(14),
        TimeUnit.Months => d.AddMonths(2),
        _ => d.AddDays(2),
    };

    public static DateOnly? NextPeriod(Match m, DateOnly d, WorkWeek week, TimeWords words) => words.Unit(m.Groups["unit"].Value) switch
    {
        TimeUnit.Weeks => d.AddDays(7),
        TimeUnit.Months => d.AddMonths(1),
        _ => d.AddDays(1),
    };

    /// <summary>"In the coming days" (los próximos días, les prochains jours, in den nächsten Tagen): a few days.</summary>
    public static DateOnly? ComingDays(Match m, DateOnly d, WorkWeek week, TimeWords words) => week.AddBusinessDays(d, 3);

    public static DateOnly? CalendarDate(Match m, DateOnly d, WorkWeek week, TimeWords words)
    {
        var month = words.Month(m.Groups["mon"].Value);
        var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture) : words.Ordinal(m.Groups["dayw"].Value);
        if (month is null || day is null)
        {
            return null;
        }

        return m.Groups["year"].Success ? TryDate(int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), month.Value, day.Value) : InInterviewYear(d, month.Value, day.Value);
    }

    /// <summary>"the week of November 23": the last working day of the week that contains that date.</summary>
    public static DateOnly? WeekOfDate(Match m, DateOnly d, WorkWeek week, TimeWords words) =>
        CalendarDate(m, d, week, words) is { } date ? week.EndOfWeek(date) : null;

    public static DateOnly? NumericDate(Match m, DateOnly d, WorkWeek week, TimeWords words)
    {
        var month = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (!m.Groups["y"].Success)
        {
            return InInterviewYear(d, month, day);
        }

        var year = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return TryDate(year < 100 ? 2000 + year : year, month, day);
    }

    public static DateOnly? OrdinalDay(Match m, DateOnly d, WorkWeek week, TimeWords words)
    {
        var day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 13; i++)
        {
            var month = d.AddMonths(i);
            if (TryDate(month.Year, month.Month, day) is { } date && date >= d)
            {
                return date;
            }
        }

        return null;
    }

    public static DateOnly? MonthPart(Match m, DateOnly d, WorkWeek week, TimeWords words)
    {
        if (words.Month(m.Groups["mon"].Value) is not { } month)
        {
            return null;
        }

        // The month may already have started: "by the end of November" said on November 10. A month already over is
        // stale, except January or February said in December.
        var start = new DateOnly(d.Year, month, 1);
        if (start.AddMonths(1).AddDays(-1) < d && d.Month == 12 && month <= 2)
        {
            start = start.AddYears(1);
        }

        return Part(start, m.Groups["part"].Success ? words.Part(m.Groups["part"].Value) : Timelines.MonthPart.End);
    }

    public static DateOnly? Weekday(Match m, DateOnly d, WorkWeek week, TimeWords words)
    {
        if (!words.TryWeekday(m.Groups["wd"].Value, out var day))
        {
            return null;
        }

        if (m.Groups["next"].Success)
        {
            return week.DayOfNextWeek(d, day);
        }

        // "by Friday": the first Friday after D.
        var offset = ((int)day - (int)d.DayOfWeek + 7) % 7;
        return d.AddDays(offset == 0 ? 7 : offset);
    }

    public static DateOnly? NextMonth(Match m, DateOnly d, WorkWeek week, TimeWords words) =>
        Part(new DateOnly(d.Year, d.Month, 1).AddMonths(1), m.Groups["part"].Success ? words.Part(m.Groups["part"].Value) : Timelines.MonthPart.End);

    /// <summary>"KW 49", "Kalenderwoche 49": the last working day of that ISO week, in D's year (or the next, said in December).</summary>
    public static DateOnly? IsoWeek(Match m, DateOnly d, WorkWeek week, TimeWords words)
    {
        var n = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = System.Globalization.ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue));
        if (n < 1 || n > System.Globalization.ISOWeek.GetWeeksInYear(year))
        {
            return null;
        }

        var monday = DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(year, n, DayOfWeek.Monday));
        if (week.EndOfWeek(monday) < d && d.Month == 12 && n <= 9)
        {
            monday = DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(year + 1, n, DayOfWeek.Monday));
        }

        return week.EndOfWeek(monday);
    }

    public static DateOnly? EndOfThisWeek(Match m, DateOnly d, WorkWeek week, TimeWords words) => week.EndOfWeek(d);

    public static DateOnly? EndOfNextWeek(Match m, DateOnly d, WorkWeek week, TimeWords words) => week.EndOfNextWeek(d);

    public static DateOnly? EndOfWeekAfterNext(Match m, DateOnly d, WorkWeek week, TimeWords words) =>
        week.EndOfWeek(week.StartOfWeek(week.EndOfNextWeek(d)).AddDays(7));

    public static DateOnly? EndOfThisMonth(Match m, DateOnly d, WorkWeek week, TimeWords words) => new DateOnly(d.Year, d.Month, 1).AddMonths(1).AddDays(-1);

    public static DateOnly? Tomorrow(Match m, DateOnly d, WorkWeek week, TimeWords words) => d.AddDays(m.Groups["after"].Success ? 2 : 1);

    public static DateOnly? Today(Match m, DateOnly d, WorkWeek week, TimeWords words) => d;

    private static DateOnly Part(DateOnly start, MonthPart part) => part switch
    {
        Timelines.MonthPart.Beginning => start,
        Timelines.MonthPart.Early => start.AddDays(6),
        Timelines.MonthPart.Mid => start.AddDays(14),
        _ => start.AddMonths(1).AddDays(-1),
    };

    /// <summary>
    /// A date without a year (DESIGN.md): in D's year, or in the next year only when D is in December and the date in
    /// January or February. A date before D stays before D, so the caller can tell a stale statement.
    /// </summary>
    private static DateOnly? InInterviewYear(DateOnly d, int month, int day)
    {
        var year = d.Month == 12 && month <= 2 ? d.Year + 1 : d.Year;
        // February 29 in a year without it: the statement cannot be placed.
        return TryDate(year, month, day);
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
