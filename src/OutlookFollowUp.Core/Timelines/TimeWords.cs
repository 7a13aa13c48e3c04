using System.Collections.Frozen;

namespace OutlookFollowUp.Core.Timelines;

/// <summary>What a unit of a duration counts.</summary>
internal enum TimeUnit
{
    BusinessDays,
    Days,
    CalendarDays,
    Weeks,
    Hours,
    Months,
}

/// <summary>Which part of a month ("early December", "Mitte Dezember", "a finales de diciembre").</summary>
internal enum MonthPart
{
    Beginning,
    Early,
    Mid,
    End,
}

/// <summary>The words inside a language's time phrases: month and weekday names, numbers, units, parts of a month.</summary>
internal abstract class TimeWords
{
    public static TimeWords English { get; } = new EnglishTimeWords();

    public abstract int? Month(string name);

    public abstract bool TryWeekday(string name, out DayOfWeek day);

    public abstract int? Cardinal(string text);

    /// <summary>"A few" (3, counted in business days when the unit is days).</summary>
    public abstract bool IsFew(string text);

    public abstract int? Ordinal(string text);

    public abstract TimeUnit Unit(string text);

    public abstract MonthPart Part(string text);

    /// <summary>Calendar days as meant: French, Spanish and Portuguese say "fifteen days" for a fortnight, "eight days" for a week.</summary>
    public virtual int CalendarDays(int n) => n;

    protected static string Squash(string text) => string.Join(' ', text.ToLowerInvariant().Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private sealed class EnglishTimeWords : TimeWords
    {
        private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

        public override int? Month(string name)
        {
            var t = name.ToLowerInvariant().TrimEnd('.');
            if (t.Length < 3)
            {
                return null;
            }

            var index = Array.IndexOf(Months, t[..3]);
            return index >= 0 ? index + 1 : null;
        }

        public override bool TryWeekday(string name, out DayOfWeek day)
        {
            var t = name.ToLowerInvariant().TrimEnd('.');
            foreach (var candidate in Enum.GetValues<DayOfWeek>())
            {
                if (candidate.ToString().StartsWith(t.Length >= 3 ? t[..3] : t, StringComparison.OrdinalIgnoreCase))
                {
                    day = candidate;
                    return true;
                }
            }

            day = default;
            return false;
        }

        public override int? Cardinal(string text) => NumberWords.Parse(text);

        public override bool IsFew(string text) => NumberWords.IsFew(text);

        public override int? Ordinal(string text) => NumberWords.ParseOrdinal(text);

        public override TimeUnit Unit(string text)
        {
            var unit = text.ToLowerInvariant();
            return unit.StartsWith("business", StringComparison.Ordinal) || unit.StartsWith("work", StringComparison.Ordinal) ? TimeUnit.BusinessDays
                : unit.StartsWith("calendar", StringComparison.Ordinal) ? TimeUnit.CalendarDays
                : unit.StartsWith("day", StringComparison.Ordinal) ? TimeUnit.Days
                : unit.StartsWith("week", StringComparison.Ordinal) ? TimeUnit.Weeks
                : unit.StartsWith('h') ? TimeUnit.Hours
                : TimeUnit.Months;
        }

        public override MonthPart Part(string text) => text.ToLowerInvariant() switch
        {
            "beginning" or "start" => MonthPart.Beginning,
            "early" => MonthPart.Early,
            "mid" or "middle" => MonthPart.Mid,
            _ => MonthPart.End,
        };
    }
}

/// <summary>
/// A language's time words from tables: names are looked up folded (no accents, lower case), so "miércoles",
/// "miercoles" and "MIÉRCOLES" are one weekday.
/// </summary>
internal sealed class TableTimeWords : TimeWords
{
    private readonly FrozenDictionary<string, int> _months;
    private readonly FrozenDictionary<string, DayOfWeek> _weekdays;
    private readonly FrozenDictionary<string, int> _numbers;
    private readonly FrozenSet<string> _few;
    private readonly Func<string, TimeUnit> _unit;
    private readonly Func<string, MonthPart> _part;
    private readonly bool _dayIdioms;

    public TableTimeWords(
        IReadOnlyDictionary<string, int> months, IReadOnlyDictionary<string, DayOfWeek> weekdays, IReadOnlyDictionary<string, int> numbers,
        IEnumerable<string> few, Func<string, TimeUnit> unit, Func<string, MonthPart> part, bool dayIdioms)
    {
        _months = Folded(months);
        _weekdays = Folded(weekdays);
        _numbers = Folded(numbers);
        _few = few.Select(Fold).ToFrozenSet(StringComparer.Ordinal);
        _unit = unit;
        _part = part;
        _dayIdioms = dayIdioms;
    }

    // Spellings with and without accents fold to one key ("zwölf", "zwolf"): the first one listed stands.
    private static FrozenDictionary<string, T> Folded<T>(IReadOnlyDictionary<string, T> table)
    {
        var folded = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in table)
        {
            folded.TryAdd(Fold(key), value);
        }

        return folded.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static string Fold(string text) => Text.PlainText.Fold(Squash(text)).Replace('ß', 's').TrimEnd('.');

    public override int? Month(string name) => _months.TryGetValue(Fold(name), out var m) ? m : null;

    public override bool TryWeekday(string name, out DayOfWeek day)
    {
        var folded = Fold(name).Replace("-feira", "", StringComparison.Ordinal).Replace(" feira", "", StringComparison.Ordinal);
        return _weekdays.TryGetValue(folded, out day);
    }

    public override int? Cardinal(string text)
    {
        var t = Fold(text);
        if (int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        if (_few.Contains(t))
        {
            return 3;
        }

        if (_numbers.TryGetValue(t, out n))
        {
            return n;
        }

        // Compounds: "cuarenta y ocho", "quarante-huit", "achtundvierzig", "vinte e um", "veintiuno".
        foreach (var separator in (ReadOnlySpan<string>)[" y ", " e ", "-et-", "-", "und", "veinti"])
        {
            var at = t.IndexOf(separator, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var left = t[..at];
            var right = t[(at + separator.Length)..];
            if (separator == "veinti" && at == 0 && _numbers.TryGetValue(right, out var unitAfter))
            {
                return 20 + unitAfter;
            }

            // German puts the unit first: "acht-und-vierzig".
            var (tensWord, unitWord) = separator == "und" ? (right, left) : (left, right);
            if (_numbers.TryGetValue(tensWord, out var tens) && tens % 10 == 0 && tens >= 20 && _numbers.TryGetValue(unitWord, out var unit) && unit is > 0 and < 10)
            {
                return tens + unit;
            }
        }

        return null;
    }

    public override bool IsFew(string text) => _few.Contains(Fold(text));

    public override int? Ordinal(string text)
    {
        var t = Fold(text);
        return t is "1er" or "premier" or "primero" or "primeiro" or "erster" or "ersten" ? 1 : Cardinal(t);
    }

    public override TimeUnit Unit(string text) => _unit(Fold(text));

    public override MonthPart Part(string text) => _part(Fold(text));

    public override int CalendarDays(int n) => _dayIdioms ? n switch { 8 => 7, 15 => 14, _ => n } : n;
}
