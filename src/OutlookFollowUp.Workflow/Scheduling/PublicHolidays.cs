using System.Collections.Concurrent;
using System.Globalization;
using PublicHoliday;

namespace OutlookFollowUp.Workflow.Scheduling;

/// <summary>
/// The national public holidays of a country, as plain dates for Core's <c>WorkWeek.WithHolidays</c>, from the
/// maintained PublicHoliday library; and the country a mailbox's locale names.
/// </summary>
public static class PublicHolidays
{
    /// <summary>The years a mailbox session's holidays cover: far enough either side of any interview it handles.</summary>
    public const int SessionFromYear = 2000;

    /// <inheritdoc cref="SessionFromYear"/>
    public const int SessionToYear = 2100;

    private static readonly ConcurrentDictionary<string, IReadOnlyList<DateOnly>> SessionCalendars = new(StringComparer.Ordinal);

    /// <summary>True when the library knows the country's holidays (ISO 3166-1 alpha-2, any case, e.g. "US", "de").</summary>
    public static bool IsSupported(string? countryCode) => TryCalendar(countryCode, out _);

    /// <summary>The supported country codes, upper case, sorted.</summary>
    public static IReadOnlyList<string> SupportedCountries { get; } = Enum.GetNames<PublicHolidayCountryCode>()
        .Select(n => n.ToUpperInvariant()).Where(IsSupported).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The days off for national public holidays (the observed date when a holiday falls on a weekend and is moved) in
    /// the years <paramref name="fromYear"/> to <paramref name="toYear"/>, sorted; regional holidays are left out.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The country is not supported, or the years are out of order.</exception>
    public static IReadOnlyList<DateOnly> For(string countryCode, int fromYear, int toYear)
    {
        if (!TryCalendar(countryCode, out var calendar))
        {
            throw new ArgumentOutOfRangeException(nameof(countryCode), countryCode, "No public holidays are known for this country.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(fromYear, 1900);
        ArgumentOutOfRangeException.ThrowIfLessThan(toYear, fromYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(toYear, 2200);
        var days = new SortedSet<DateOnly>();
        for (var year = fromYear; year <= toYear; year++)
        {
            foreach (var holiday in calendar.PublicHolidaysInformation(year))
            {
                if (holiday.Regions is { Length: > 0 })
                {
                    continue;
                }

                days.Add(DateOnly.FromDateTime(holiday.ObservedDate));
            }
        }

        return days.ToArray();
    }

    /// <summary>A country's holidays for <see cref="SessionFromYear"/> to <see cref="SessionToYear"/>, computed once per process.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The country is not supported.</exception>
    public static IReadOnlyList<DateOnly> ForSessions(string countryCode)
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        return SessionCalendars.GetOrAdd(countryCode.ToUpperInvariant(), code => For(code, SessionFromYear, SessionToYear));
    }

    /// <summary>
    /// The country of a locale's region when its holidays are known ("en-US" → US, "de-DE" → DE, "zh-Hant-TW" → TW);
    /// null for a locale without a region ("de"), with a numeric one ("es-419") or an unsupported one.
    /// </summary>
    public static string? CountryOfLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        // BCP 47: language[-script][-region][-variant…]; the region is the first two-letter subtag after the language.
        var region = locale.Trim().Split('-', '_').Skip(1).FirstOrDefault(t => t.Length == 2 && t.All(char.IsAsciiLetter));
        return region is not null && IsSupported(region) ? region.ToUpperInvariant() : null;
    }

    private static bool TryCalendar(string? countryCode, out IPublicHolidays calendar)
    {
        calendar = null!;
        // "PO" is the library's old alias of Poland, not an ISO 3166 code (Poland is PL).
        if (countryCode is not { Length: 2 } || !countryCode.All(char.IsAsciiLetter) || countryCode.Equals("PO", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            calendar = PublicHolidayFactory.GetPublicHolidayForCountry(countryCode.ToUpper(CultureInfo.InvariantCulture));
            return calendar is not null;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
