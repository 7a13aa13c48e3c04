using System.Globalization;
using PublicHoliday;

namespace OutlookFollowUp.Cli.Holidays;

/// <summary>
/// The national public holidays of a country, as plain dates for Core's <c>WorkWeek.WithHolidays</c>, from the
/// maintained PublicHoliday library. Pure and free of host concerns, so any host (the CLI now, Workflow later) can use it.
/// </summary>
public static class PublicHolidays
{
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
