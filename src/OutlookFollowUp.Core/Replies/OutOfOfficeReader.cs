using System.Collections.Frozen;
using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Replies;

/// <summary>When the sender of an out-of-office reply is back, as the reply says it.</summary>
/// <param name="FirstDayBack">The first working day the sender is back (see <see cref="OutOfOfficeReader"/> for the rule).</param>
/// <param name="Stated">The date as written: the return day, the day named after "until", or the last day away.</param>
/// <param name="Text">The sentence that said so.</param>
/// <param name="Phrase">The phrase that said so ("until December 14", "returning 12/14").</param>
public sealed record OutOfOfficeReturn(DateOnly FirstDayBack, DateOnly Stated, string Text, string Phrase);

/// <summary>
/// Reads the return date of an automatic (out-of-office) reply and applies DESIGN.md's deferral rule: a return on or
/// after the status check's due date moves the due date to the first business day after the return.
/// </summary>
/// <remarks>
/// <para>The first day back, from what the reply says (all dates are local dates in the user's working week):</para>
/// <list type="bullet">
/// <item>"back on / returning / I will return on / available again from / in the office from X" → X.</item>
/// <item>"out until X", "limited access to email until X" (also "till", "hasta", "jusqu'au", "bis (zum)", "até") → X:
/// "until" names the day the sender is back, as most out-of-office messages mean it ("out until Monday, back to you
/// then").</item>
/// <item>"through X", "until and including X", "bis einschließlich X", "jusqu'au X inclus" → the day after X: X is the
/// last day away.</item>
/// <item>A range names the days away, whatever joins its ends: "from 10 to 14 December", "Dec 10-14", "from Dec 10 until
/// Dec 14", "vom 9.12. bis 11.12.", "du 10 au 14 décembre" → the day after its end.</item>
/// <item>In each case the day moves on to the first working day on or after it (back "until Sunday" is back on Monday).</item>
/// </list>
/// <para>Dates: "December 14", "Dec 14th", "14 December", "Monday the 14th", "the 14th", "Monday", "tomorrow", "next
/// week" (its first working day), "12/14" and "14/12" (day first when the mailbox's locale writes dates so, when the
/// first number cannot be a month, or when the reply is written in Spanish, French, German or Portuguese), "14.12."
/// (always day first), "2026-12-14"; month and weekday names in the five languages. A date without a year is in the
/// message's year, or in the next year only for January or February said in December; a date before the message, or
/// more than a year after it, is not usable. A date with no return wording before it ("our office is closed on December
/// 25", "out from December 10") is not a return date. With several return dates the latest wins.</para>
/// </remarks>
public static partial class OutOfOfficeReader
{
    private enum CueKind
    {
        Back,
        Until,
        Through,
        From,
    }

    private sealed record Token(int Index, int Length, DateOnly Date, bool IsRangeEnd);

    private const string MonthNames =
        "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec" +
        "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre" +
        "|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre" +
        "|januar|j[äa]nner|februar|m[äa]rz|maerz|juni|juli|oktober|dezember|okt|dez" +
        "|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|fev";

    private const string WeekdayNames =
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun" +
        "|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo" +
        "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche" +
        "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag" +
        "|segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira";

    private const string FullWeekdayNames =
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday" +
        "|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo" +
        "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche" +
        "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag" +
        "|segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira";

    private const string DayNumber = @"(?:3[01]|[12]\d|0?[1-9])";
    private const string DaySuffix = @"(?:st|nd|rd|th|er|º|°|\.)?";
    private const string RangeWord = @"(?:-|to|through|thru|and|until|till|au|al|bis(?:\s+(?:zum|einschlie(?:ß|ss)lich))?|a|à|at[ée])";

    private static readonly FrozenDictionary<string, int> Months = BuildMonths();
    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = BuildWeekdays();

    /// <summary>
    /// The return date of an automatic reply (<see cref="ReplyDetector.IsAutomatic"/>), or null when the message is not
    /// automatic or gives no usable date.
    /// </summary>
    /// <param name="message">The automatic reply.</param>
    /// <param name="messageDate">The local date the reply was received, in the user's zone.</param>
    /// <param name="week">The user's working days and holidays.</param>
    /// <param name="dayFirst">True when "10/12" means 10 December (see <see cref="WritesDayFirst"/>).</param>
    public static OutOfOfficeReturn? Read(InboundMessage message, DateOnly messageDate, WorkWeek week, bool dayFirst = false)
    {
        ArgumentNullException.ThrowIfNull(message);
        return ReplyDetector.IsAutomatic(message) ? ReadText(message.Subject, message.BodyPreview, messageDate, week, dayFirst) : null;
    }

    /// <summary>The return date said in a subject and preview, whether or not the message is automatic; null when none is usable.</summary>
    /// <param name="subject">The subject ("Automatic reply: Out of office until Dec 14").</param>
    /// <param name="preview">The body preview (quoted earlier messages are not read).</param>
    /// <param name="messageDate">The local date the message was received, in the user's zone.</param>
    /// <param name="week">The user's working days and holidays.</param>
    /// <param name="dayFirst">True when "10/12" means 10 December.</param>
    public static OutOfOfficeReturn? ReadText(string? subject, string? preview, DateOnly messageDate, WorkWeek week, bool dayFirst = false)
    {
        ArgumentNullException.ThrowIfNull(week);
        var own = ReplyText.Own(preview, out _);
        var text = (subject ?? "").Trim() + "\n" + own;
        dayFirst = dayFirst || NotEnglish().IsMatch(text);

        OutOfOfficeReturn? latest = null;
        foreach (var sentence in ReplyText.Sentences(text))
        {
            foreach (var found in ReadSentence(sentence, messageDate, week, dayFirst))
            {
                if (latest is null || found.FirstDayBack > latest.FirstDayBack)
                {
                    latest = found;
                }
            }
        }

        return latest;
    }

    /// <summary>
    /// DESIGN.md's deferral: when the sender is back on or after the due date, the new due date is the first business
    /// day after the return; otherwise null (no change).
    /// </summary>
    /// <param name="due">The status check's due date.</param>
    /// <param name="firstDayBack">The first day the sender is back (<see cref="OutOfOfficeReturn.FirstDayBack"/>).</param>
    /// <param name="week">The user's working days and holidays.</param>
    public static DateOnly? DeferredDue(DateOnly due, DateOnly firstDayBack, WorkWeek week)
    {
        ArgumentNullException.ThrowIfNull(week);
        return firstDayBack < due ? null : week.AddBusinessDays(firstDayBack, 1);
    }

    /// <summary>
    /// Whether a mailbox locale ("en-GB", "de-DE", "en-US") writes numeric dates day first. Month first for the United
    /// States and the places that follow it, English Canada, and languages that write the year first (Chinese, Japanese,
    /// Korean, Hungarian, Lithuanian); month first when the locale is unknown, as the rest of Core reads "12/14"; day
    /// first everywhere else.
    /// </summary>
    public static bool WritesDayFirst(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return false;
        }

        var parts = locale.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        var language = parts[0].ToLowerInvariant();
        var region = parts.Skip(1).LastOrDefault(p => p.Length == 2 && p.All(char.IsAsciiLetter))?.ToUpperInvariant();
        if (language is "zh" or "ja" or "ko" or "hu" or "lt" or "mn")
        {
            return false;
        }

        if (region is "US" or "PH" or "FM" or "MH" or "PW" or "AS" or "GU" or "MP" or "PR" or "UM" or "VI" || (region is "CA" && language is "en"))
        {
            return false;
        }

        return !(language is "en" && region is null);
    }

    private static List<OutOfOfficeReturn> ReadSentence(string sentence, DateOnly d, WorkWeek week, bool dayFirst)
    {
        var found = new List<OutOfOfficeReturn>();
        var tokens = Tokens(sentence, d, week, dayFirst);
        if (tokens.Count == 0)
        {
            return found;
        }

        var cues = Cues().Matches(sentence);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Date < d || token.Date > d.AddDays(366))
            {
                continue;
            }

            var kind = token.IsRangeEnd ? CueKind.Through : CueBefore(sentence, cues, tokens, i);
            if (kind is null)
            {
                continue;
            }

            var end = token.Index + token.Length;
            if (kind is CueKind.From)
            {
                // "available again from Monday" and "ab dem 15.12. wieder im Büro" are returns; "out from Monday" is not.
                var backBefore = cues.Any(c => c.Groups["back"].Success && c.Index < token.Index && !HasBreak(sentence, c.Index, token.Index));
                var backAfter = BackAfter().IsMatch(sentence[end..Math.Min(sentence.Length, end + 40)]);
                if (!backBefore && !backAfter)
                {
                    continue;
                }

                kind = CueKind.Back;
            }

            if (kind is CueKind.Until && Inclusive().Match(sentence, end) is { Success: true } inclusive && inclusive.Index == end)
            {
                kind = CueKind.Through;
                end += inclusive.Length;
            }

            var stated = token.Date;
            var back = week.OnOrNextWorkingDay(kind is CueKind.Through ? stated.AddDays(1) : stated);
            var phraseStart = PhraseStart(sentence, cues, tokens, i);
            var phrase = sentence[phraseStart..end].Trim();
            if (phrase.Length > 1 && phrase[^1] == '.' && char.IsLetter(phrase[^2]))
            {
                phrase = phrase[..^1]; // "until 4 January." reads as the sentence's full stop, "bis 11.12." keeps its own
            }

            found.Add(new OutOfOfficeReturn(back, stated, sentence, phrase));
        }

        return found;
    }

    /// <summary>The kind of the nearest return wording before the date, within 40 characters of the same clause, or null.</summary>
    private static CueKind? CueBefore(string sentence, MatchCollection cues, List<Token> tokens, int i)
    {
        var token = tokens[i];
        var previousEnd = i > 0 ? tokens[i - 1].Index + tokens[i - 1].Length : 0;
        Match? nearest = null;
        foreach (Match c in cues)
        {
            var cEnd = c.Index + c.Length;
            if (cEnd <= token.Index && c.Index >= previousEnd && (nearest is null || c.Index > nearest.Index))
            {
                nearest = c;
            }
        }

        if (nearest is null || token.Index - (nearest.Index + nearest.Length) > 40 || HasBreak(sentence, nearest.Index + nearest.Length, token.Index))
        {
            return null;
        }

        return nearest.Groups["through"].Success ? CueKind.Through
            : nearest.Groups["until"].Success ? CueKind.Until
            : nearest.Groups["from"].Success ? CueKind.From
            : CueKind.Back;
    }

    private static int PhraseStart(string sentence, MatchCollection cues, List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.IsRangeEnd && i > 0)
        {
            return tokens[i - 1].Index;
        }

        var start = token.Index;
        var previousEnd = i > 0 ? tokens[i - 1].Index + tokens[i - 1].Length : 0;
        foreach (Match c in cues)
        {
            if (c.Index >= previousEnd && c.Index + c.Length <= token.Index && token.Index - (c.Index + c.Length) <= 40 && !HasBreak(sentence, c.Index, token.Index))
            {
                start = Math.Min(start, c.Index);
            }
        }

        return start;
    }

    /// <summary>A comma, semicolon, colon or parenthesis between two places: the wording before it belongs to another clause.</summary>
    private static bool HasBreak(string sentence, int from, int to) => sentence.AsSpan(from, to - from).IndexOfAny(",;:()") >= 0;

    /// <summary>The dates of a sentence, longest first where they overlap; "from A to B" marks B as a range end.</summary>
    private static List<Token> Tokens(string sentence, DateOnly d, WorkWeek week, bool dayFirst)
    {
        var all = new List<Token>();
        foreach (Match m in DayRange().Matches(sentence))
        {
            Add(m, ResolveDayMonth(m, d), rangeEnd: true);
        }

        foreach (Match m in MonthDayRange().Matches(sentence))
        {
            var month = m.Groups["mon2"].Success ? m.Groups["mon2"].Value : m.Groups["mon"].Value;
            Add(m, InYear(d, MonthOf(month), int.Parse(m.Groups["day"].Value), null), rangeEnd: true);
        }

        foreach (Match m in MonthDay().Matches(sentence))
        {
            Add(m, InYear(d, MonthOf(m.Groups["mon"].Value), int.Parse(m.Groups["day"].Value), m.Groups["year"]), rangeEnd: false);
        }

        foreach (Match m in DayMonth().Matches(sentence))
        {
            Add(m, ResolveDayMonth(m, d), rangeEnd: false);
        }

        foreach (Match m in NumericDate().Matches(sentence))
        {
            Add(m, ResolveNumeric(m, d, dayFirst), rangeEnd: false);
        }

        foreach (Match m in IsoDate().Matches(sentence))
        {
            Add(m, TryDate(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value)), rangeEnd: false);
        }

        foreach (Match m in WeekdayDay().Matches(sentence))
        {
            Add(m, ResolveDayOfMonth(d, int.Parse(m.Groups["day"].Value), m.Groups["wd"].Success ? WeekdayOf(m.Groups["wd"].Value) : null), rangeEnd: false);
        }

        foreach (Match m in Weekday().Matches(sentence))
        {
            Add(m, WeekdayOf(m.Groups["wd"].Value) is { } wd ? d.AddDays(((int)wd - (int)d.DayOfWeek + 6) % 7 + 1) : null, rangeEnd: false);
        }

        foreach (Match m in Relative().Matches(sentence))
        {
            Add(m, m.Groups["tomorrow"].Success ? d.AddDays(1) : week.OnOrNextWorkingDay(week.StartOfWeek(d).AddDays(7)), rangeEnd: false);
        }

        all.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        var kept = new List<Token>();
        foreach (var t in all)
        {
            if (kept.Count == 0 || t.Index >= kept[^1].Index + kept[^1].Length)
            {
                kept.Add(t);
            }
        }

        // "from December 10 to December 14", "vom 10.12. bis 14.12.": two dates joined by a range word.
        for (var i = 1; i < kept.Count; i++)
        {
            var gap = sentence[(kept[i - 1].Index + kept[i - 1].Length)..kept[i].Index];
            if (!kept[i].IsRangeEnd && RangeGap().IsMatch(gap))
            {
                kept[i] = kept[i] with { IsRangeEnd = true };
            }
        }

        return kept;

        void Add(Match m, DateOnly? date, bool rangeEnd)
        {
            if (date is { } value)
            {
                all.Add(new Token(m.Index, m.Length, value, rangeEnd));
            }
        }
    }

    private static DateOnly? ResolveDayMonth(Match m, DateOnly d) =>
        InYear(d, MonthOf(m.Groups["mon"].Value), int.Parse(m.Groups["day"].Value), m.Groups["year"]);

    private static DateOnly? ResolveNumeric(Match m, DateOnly d, bool dayFirst)
    {
        var a = int.Parse(m.Groups["a"].Value);
        var b = int.Parse(m.Groups["b"].Value);
        var dotted = m.Groups["sep"].Value == ".";
        var dayIsFirst = dotted || (a > 12 && b <= 12) || (!(b > 12 && a <= 12) && dayFirst);
        var (day, month) = dayIsFirst ? (a, b) : (b, a);
        if (!m.Groups["y"].Success)
        {
            return InYear(d, month, day, null);
        }

        var year = int.Parse(m.Groups["y"].Value);
        return TryDate(year < 100 ? 2000 + year : year, month, day);
    }

    /// <summary>The next date on or after D with this day of the month, on the named weekday when one within a year is.</summary>
    private static DateOnly? ResolveDayOfMonth(DateOnly d, int day, DayOfWeek? weekday)
    {
        DateOnly? first = null;
        for (var i = 0; i < 13; i++)
        {
            var month = d.AddMonths(i);
            if (TryDate(month.Year, month.Month, day) is not { } date || date < d)
            {
                continue;
            }

            first ??= date;
            if (weekday is null || date.DayOfWeek == weekday)
            {
                return date;
            }
        }

        return first;
    }

    /// <summary>A date without a year: in D's year, or the next year for January or February said in December.</summary>
    private static DateOnly? InYear(DateOnly d, int? month, int day, Group? year)
    {
        if (month is not { } m)
        {
            return null;
        }

        if (year is { Success: true })
        {
            return TryDate(int.Parse(year.Value), m, day);
        }

        return TryDate(d.Month == 12 && m <= 2 ? d.Year + 1 : d.Year, m, day);
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int? MonthOf(string name) => Months.TryGetValue(name.Trim().TrimEnd('.').ToLowerInvariant(), out var m) ? m : null;

    private static DayOfWeek? WeekdayOf(string name) => Weekdays.TryGetValue(name.Trim().TrimEnd('.', ',').ToLowerInvariant(), out var d) ? d : null;

    private static FrozenDictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "enero", "janvier", "januar", "jänner", "janner", "janeiro"],
            ["february", "feb", "febrero", "février", "fevrier", "februar", "fevereiro", "fev"],
            ["march", "mar", "marzo", "mars", "märz", "marz", "maerz", "março", "marco"],
            ["april", "apr", "abril", "avril"],
            ["may", "mayo", "mai", "maio"],
            ["june", "jun", "junio", "juin", "juni", "junho"],
            ["july", "jul", "julio", "juillet", "juli", "julho"],
            ["august", "aug", "agosto", "août", "aout"],
            ["september", "sep", "sept", "septiembre", "setiembre", "septembre", "setembro"],
            ["october", "oct", "octubre", "octobre", "oktober", "okt", "outubro"],
            ["november", "nov", "noviembre", "novembre", "novembro"],
            ["december", "dec", "diciembre", "décembre", "decembre", "dezember", "dez", "dezembro"],
        ];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var n in names[i])
            {
                map[n] = i + 1;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, DayOfWeek> BuildWeekdays()
    {
        (DayOfWeek Day, string[] Names)[] names =
        [
            (DayOfWeek.Monday, ["monday", "mon", "lunes", "lundi", "montag", "segunda-feira"]),
            (DayOfWeek.Tuesday, ["tuesday", "tue", "tues", "martes", "mardi", "dienstag", "terça-feira", "terca-feira"]),
            (DayOfWeek.Wednesday, ["wednesday", "wed", "miércoles", "miercoles", "mercredi", "mittwoch", "quarta-feira"]),
            (DayOfWeek.Thursday, ["thursday", "thu", "thur", "thurs", "jueves", "jeudi", "donnerstag", "quinta-feira"]),
            (DayOfWeek.Friday, ["friday", "fri", "viernes", "vendredi", "freitag", "sexta-feira"]),
            (DayOfWeek.Saturday, ["saturday", "sat", "sábado", "sabado", "samedi", "samstag", "sonnabend"]),
            (DayOfWeek.Sunday, ["sunday", "sun", "domingo", "dimanche", "sonntag"]),
        ];
        var map = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal);
        foreach (var (day, list) in names)
        {
            foreach (var n in list)
            {
                map[n] = day;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // ---- wording ----------------------------------------------------------------------------------------------------

    // No articles in the cues: the dates' own patterns take "el 14", "dem 15.", "dia 14". "We will get back to you by
    // December 14" (an automatic acknowledgement) is the sender's timeline, not a return.

    [GeneratedRegex(
        @"(?<through>\b(?:through|thru|(?:up\s+)?(?:un)?t(?:o|il)\s+and\s+including|bis\s+einschlie(?:ß|ss)lich|bis\s+inklusive)\b)" +
        @"|(?<until>\b(?:until|till|til|up\s+until|hasta|jusqu'(?:au|à|a)|bis(?:\s+(?:zum|zur|am))?|at[ée])\b|'til\b)" +
        @"|(?<from>\b(?:from|as\s+of|starting(?:\s+on)?|beginning|ab|a\s+partir\s+d(?:el?|o|a)|[àa]\s+partir\s+du|desde)\b)" +
        @"|(?<back>\b(?:(?<!\b(?:get|getting|come|coming|write|writing|call|calling|circle|circling|report|reporting)\s+)back|return|returns|returning|returned|resume|resuming|reachable|available|in\s+the\s+office|in\s+office|at\s+my\s+desk|respond|reply|answer" +
        @"|regres\w*|volver[ée]|vuelvo|de\s+vuelta|me\s+reincorpor\w*|me\s+incorporo|de\s+retour|retour|reviens|reviendrai|zur(?:ü|u|ue)ck|retorn\w*|volto|voltarei|de\s+volta)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Cues();

    [GeneratedRegex(@"^[^.;!?]{0,30}?\b(?:wieder|zur(?:ü|u|ue)ck|back|de\s+retour|de\s+vuelta|de\s+volta)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackAfter();

    [GeneratedRegex(@"\s*,?\s*\(?(?:inclusive|inclusivamente|inclus(?:e|ive)?|incluso|einschlie(?:ß|ss)lich|inklusive)\b\)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Inclusive();

    [GeneratedRegex(@"^\s*(?:-|to|through|thru|until|till|au|al|a|à|at[ée]|bis(?:\s+(?:zum|einschlie(?:ß|ss)lich))?)\s*(?:(?:the|le|el|o|dem|den)\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RangeGap();

    // Words of the other four languages' out-of-office messages: their numeric dates are day first.
    [GeneratedRegex(@"\b(?:hasta|oficina|vacaciones|estar[ée]|regresar[ée]|volver[ée]|jusqu|bureau|cong[ée]s?|serai|absente?s?\s+du|urlaub|abwesend|b(?:ü|u|ue)ro|erreichbar|f[ée]rias|escrit[óo]rio|estarei|ausente)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotEnglish();

    // ---- dates ------------------------------------------------------------------------------------------------------

    // "10 to 14 December", "du 10 au 14 décembre", "vom 10. bis 14. Dezember", "del 10 al 14 de diciembre".
    [GeneratedRegex(@"\b" + DayNumber + DaySuffix + @"\s*" + RangeWord + @"\s*(?:(?:the|le|el|o|dem|den)\s+)?(?<day>" + DayNumber + @")" + DaySuffix + @"\s+(?:of\s+|de\s+)?(?<mon>" + MonthNames + @")\b\.?(?:,?\s+(?:de\s+)?(?<year>\d{4}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayRange();

    // "December 10-14", "Dec 10 to Dec 14".
    [GeneratedRegex(@"\b(?<mon>" + MonthNames + @")\.?\s+" + DayNumber + @"(?:st|nd|rd|th)?\s*(?:-|to|through|thru|until|till)\s*(?:(?<mon2>" + MonthNames + @")\.?\s+)?(?<day>" + DayNumber + @")(?:st|nd|rd|th)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthDayRange();

    [GeneratedRegex(@"\b(?:(?:" + WeekdayNames + @")\.?,?\s+)?(?<mon>" + MonthNames + @")\.?\s+(?:the\s+)?(?<day>" + DayNumber + @")(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:(?:" + WeekdayNames + @")\.?,?\s+)?(?:(?:the|le|el|dem|den|o\s+dia|dia)\s+)?(?<day>" + DayNumber + @")" + DaySuffix + @"\s+(?:of\s+|de\s+)?(?<mon>" + MonthNames + @")\b\.?(?:,?\s+(?:de\s+)?(?<year>\d{4}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?:\b(?:" + WeekdayNames + @")\.?,?\s+)?(?<![\d/.])(?<a>\d{1,2})(?<sep>[/.])(?<b>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?(?:(?<=\.\d{1,2})\.)?(?![\d/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\d/.-])(?<y>20\d{2})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?![\d-])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IsoDate();

    // "Monday the 14th", "lunes 14", "the 14th".
    [GeneratedRegex(@"\b(?<wd>" + WeekdayNames + @")\.?,?\s+(?:the\s+|le\s+|el\s+|den\s+|dia\s+)?(?<day>" + DayNumber + @")(?:st|nd|rd|th|er)?\b(?![.:/]\d)|\bthe\s+(?<day>" + DayNumber + @")(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WeekdayDay();

    [GeneratedRegex(@"\b(?:(?:next|this|coming|this\s+coming)\s+)?(?<wd>" + FullWeekdayNames + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?<tomorrow>tomorrow|demain|amanh[ãa])|(?:next|the\s+following)\s+week|la\s+semaine\s+prochaine|la\s+semana\s+que\s+viene|la\s+pr[óo]xima\s+semana|n[äa]chste\s+woche|na\s+pr[óo]xima\s+semana)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Relative();
}
