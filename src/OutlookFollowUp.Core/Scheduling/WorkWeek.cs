using System.Collections.Frozen;

namespace OutlookFollowUp.Core.Scheduling;

/// <summary>
/// The user's working days (mailbox settings; Monday–Friday by default), the public holidays that are days off, and the
/// business-day arithmetic on them. All methods work on local dates: which instant a date starts is not this type's
/// concern. Holidays come in as data (<see cref="WithHolidays"/>): Core knows no holiday rules of its own.
/// </summary>
public sealed class WorkWeek : IEquatable<WorkWeek>
{
    private readonly bool[] _working = new bool[7];
    private readonly FrozenSet<DateOnly> _holidays = FrozenSet<DateOnly>.Empty;

    private WorkWeek(bool[] working, DayOfWeek firstDay, FrozenSet<DateOnly> holidays)
    {
        _working = working;
        FirstDay = firstDay;
        _holidays = holidays;
    }

    /// <summary>Creates a work week from its working days; at least one day is required.</summary>
    /// <exception cref="ArgumentException">No working day was given.</exception>
    public WorkWeek(IEnumerable<DayOfWeek> workingDays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        foreach (var day in workingDays)
        {
            if (day is < DayOfWeek.Sunday or > DayOfWeek.Saturday)
            {
                throw new ArgumentOutOfRangeException(nameof(workingDays), day, "Not a day of the week.");
            }

            _working[(int)day] = true;
        }

        if (!_working.Any(w => w))
        {
            throw new ArgumentException("A work week needs at least one working day.", nameof(workingDays));
        }

        FirstDay = FindFirstDay(_working);
    }

    /// <summary>Monday to Friday.</summary>
    public static WorkWeek MondayToFriday { get; } =
        new([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);

    /// <summary>Sunday to Thursday (e.g. Israel, parts of the Middle East).</summary>
    public static WorkWeek SundayToThursday { get; } =
        new([DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday]);

    /// <summary>
    /// The day the working week starts: the first working day after the longest run of days off
    /// (Monday for Mon–Fri, Sunday for Sun–Thu; Monday when every day is a working day).
    /// </summary>
    public DayOfWeek FirstDay { get; }

    /// <summary>The working days, Sunday first.</summary>
    public IReadOnlyList<DayOfWeek> Days => Enumerable.Range(0, 7).Where(i => _working[i]).Select(i => (DayOfWeek)i).ToArray();

    /// <summary>The public holidays that are days off (empty by default: no country known, no holidays).</summary>
    public IReadOnlySet<DateOnly> Holidays => _holidays;

    /// <summary>
    /// The same working days with these public holidays as days off (replacing any given before). Pass the holidays of
    /// every year the arithmetic may reach, e.g. the interview's year and the next.
    /// </summary>
    public WorkWeek WithHolidays(IEnumerable<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        return new WorkWeek(_working, FirstDay, holidays.ToFrozenSet());
    }

    /// <summary>True when the date is one of the working days of the week and not a public holiday.</summary>
    public bool IsWorkingDay(DateOnly date) => _working[(int)date.DayOfWeek] && (_holidays.Count == 0 || !_holidays.Contains(date));

    /// <summary>
    /// The date <paramref name="count"/> working days after <paramref name="date"/> (the start date itself is not counted);
    /// zero returns the date unchanged.
    /// </summary>
    public DateOnly AddBusinessDays(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (_holidays.Count > 0)
        {
            // Holidays break the weekly pattern: count day by day.
            var day = date;
            for (var left = count; left > 0;)
            {
                day = day.AddDays(1);
                left -= IsWorkingDay(day) ? 1 : 0;
            }

            return day;
        }

        var workingPerWeek = _working.Count(w => w);
        // Whole weeks first so large counts stay O(1)-ish, then day by day.
        var weeks = count / workingPerWeek;
        var rest = count % workingPerWeek;
        if (rest == 0 && weeks > 0)
        {
            weeks--;
            rest = workingPerWeek;
        }

        var current = date.AddDays(weeks * 7);
        while (rest > 0)
        {
            current = current.AddDays(1);
            if (IsWorkingDay(current))
            {
                rest--;
            }
        }

        return current;
    }

    /// <summary>The number of working days in (<paramref name="from"/>, <paramref name="to"/>].</summary>
    public int CountBusinessDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The first day of the (calendar) week, in this work week's sense, that contains <paramref name="date"/>.</summary>
    public DateOnly StartOfWeek(DateOnly date)
    {
        var offset = ((int)date.DayOfWeek - (int)FirstDay + 7) % 7;
        return date.AddDays(-offset);
    }

    /// <summary>
    /// The last working day of the working week that contains <paramref name="date"/>; when the date falls after
    /// that week's last working day (a weekend), the last working day of the next working week.
    /// </summary>
    public DateOnly EndOfWeek(DateOnly date)
    {
        var end = LastWorkingDayOfWeekStarting(StartOfWeek(date));
        return end >= date ? end : LastWorkingDayOfWeekStarting(StartOfWeek(date).AddDays(7));
    }

    /// <summary>
    /// The last working day of the (calendar) week after the one that contains <paramref name="date"/>. A day off after
    /// the week's last working day still belongs to the ending week: "next week", said on a Saturday, is the week that
    /// starts on Monday, not the one after it (the same week <see cref="DayOfNextWeek"/> uses).
    /// </summary>
    public DateOnly EndOfNextWeek(DateOnly date) => LastWorkingDayOfWeekStarting(StartOfWeek(date).AddDays(7));

    /// <summary>The given weekday within the week after the one that contains <paramref name="date"/>.</summary>
    public DateOnly DayOfNextWeek(DateOnly date, DayOfWeek day)
    {
        var nextStart = StartOfWeek(date).AddDays(7);
        return nextStart.AddDays(((int)day - (int)FirstDay + 7) % 7);
    }

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private DateOnly LastWorkingDayOfWeekStarting(DateOnly weekStart)
    {
        for (var i = 6; i >= 0; i--)
        {
            if (IsWorkingDay(weekStart.AddDays(i)))
            {
                return weekStart.AddDays(i);
            }
        }

        // A week of holidays only: its last working weekday still ends it.
        for (var i = 6; i >= 0; i--)
        {
            if (_working[(int)weekStart.AddDays(i).DayOfWeek])
            {
                return weekStart.AddDays(i);
            }
        }

        throw new InvalidOperationException("A work week always has a working day.");
    }

    private static DayOfWeek FindFirstDay(bool[] working)
    {
        if (working.All(w => w))
        {
            return DayOfWeek.Monday;
        }

        // The start of the week is the working day that follows the longest gap of days off.
        var bestStart = -1;
        var bestGap = -1;
        for (var day = 0; day < 7; day++)
        {
            if (!working[day] || working[(day + 6) % 7])
            {
                continue;
            }

            var gap = 0;
            for (var back = 1; back < 7 && !working[(day - back + 7) % 7]; back++)
            {
                gap++;
            }

            // Ties go to Monday-first order so Mon/Wed/Fri keeps Monday.
            var rank = (day + 6) % 7;
            if (gap > bestGap || (gap == bestGap && rank < (bestStart + 6) % 7))
            {
                bestGap = gap;
                bestStart = day;
            }
        }

        return (DayOfWeek)bestStart;
    }

    public bool Equals(WorkWeek? other) =>
        other is not null && _working.AsSpan().SequenceEqual(other._working) && _holidays.SetEquals(other._holidays);

    public override bool Equals(object? obj) => Equals(obj as WorkWeek);

    public override int GetHashCode() => _working.Aggregate(0, (h, w) => (h << 1) | (w ? 1 : 0));

    public override string ToString() => string.Join(",", Days.Select(d => d.ToString()[..3].ToLowerInvariant()));

    /// <summary>
    /// Parses a comma-separated list of day names: full names or three-letter abbreviations, any case
    /// ("mon,tue,wed" or "Monday, Tuesday").
    /// </summary>
    public static bool TryParse(string? text, out WorkWeek? workWeek, out string? error)
    {
        workWeek = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "no working days given";
            return false;
        }

        var days = new List<DayOfWeek>();
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TryParseDay(raw, out var day))
            {
                error = $"'{raw}' is not a day of the week (use names like mon or monday)";
                return false;
            }

            days.Add(day);
        }

        if (days.Count == 0)
        {
            error = "no working days given";
            return false;
        }

        workWeek = new WorkWeek(days);
        return true;
    }

    /// <summary>Parses one day name: full English name or three-letter abbreviation, any case.</summary>
    public static bool TryParseDay(string text, out DayOfWeek day)
    {
        var t = text.Trim().ToLowerInvariant();
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            var name = candidate.ToString().ToLowerInvariant();
            if (t == name || t == name[..3])
            {
                day = candidate;
                return true;
            }
        }

        day = default;
        return false;
    }
}
