using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.Scheduling;

namespace OutlookFollowUp.Workflow.Tests.Scheduling;

public sealed class PublicHolidaysTests
{
    [Theory]
    [InlineData("US", "2026-11-26")] // Thanksgiving
    [InlineData("us", "2026-12-25")]
    [InlineData("DE", "2026-10-03")] // Tag der Deutschen Einheit
    [InlineData("GB", "2026-12-28")] // Boxing Day on a Saturday, observed on Monday
    public void For_SupportedCountry_ContainsItsNationalHolidays(string country, string date)
    {
        Assert.Contains(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), PublicHolidays.For(country, 2026, 2026));
    }

    [Fact]
    public void For_YearRange_SortedAndOnlyThoseYears()
    {
        var days = PublicHolidays.For("US", 2026, 2027);

        Assert.Equal(days.Order(), days);
        Assert.All(days, d => Assert.InRange(d.Year, 2025, 2027)); // an observed New Year's Day may fall on Dec 31
        Assert.Contains(new DateOnly(2027, 11, 25), days);
    }

    [Fact]
    public void For_GermanRegionalHoliday_LeftOut()
    {
        // Reformation Day (October 31) is a holiday in some German states only.
        Assert.DoesNotContain(new DateOnly(2026, 10, 31), PublicHolidays.For("DE", 2026, 2026));
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("USA")]
    [InlineData("PO")]
    [InlineData("")]
    [InlineData(null)]
    public void IsSupported_NotAKnownIsoCode_False(string? country)
    {
        Assert.False(PublicHolidays.IsSupported(country));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicHolidays.For(country!, 2026, 2026));
    }
}

public sealed class HolidayCountryTests
{
    [Theory]
    [InlineData("en-US", "US")]
    [InlineData("de-DE", "DE")]
    [InlineData("fr_CA", "CA")]
    [InlineData("zh-Hant-TW", null)] // TW: the library has no calendar for it
    [InlineData("sr-Latn-RS", "RS")]
    [InlineData("pt-br", "BR")]
    [InlineData("de", null)]
    [InlineData("es-419", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("en-XX", null)]
    public void CountryOfLocale_IsTheRegionWhenItsHolidaysAreKnown(string? locale, string? country) =>
        Assert.Equal(country, PublicHolidays.CountryOfLocale(locale));

    [Theory]
    [InlineData(null, "en-US", "US", "mailbox")]
    [InlineData(null, "de", null, "none")]
    [InlineData("de", "en-US", "DE", "setting")]
    [InlineData("none", "en-US", null, "none")]
    [InlineData("NONE", "en-US", null, "none")]
    [InlineData("XX", "en-US", null, "none")]
    public void Choice_TheUsersSettingWinsOverTheMailboxLocale(string? setting, string? locale, string? country, string source) =>
        Assert.Equal(new HolidayChoice(country, source), HolidayChoice.For(setting, locale));
}
