using System.Globalization;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Scheduling;

// 2026-11-09 is a Monday; 2026-11-14 a Saturday; 2026-11-15 a Sunday.
public sealed class WorkWeekTests
{
    private static readonly WorkWeek MonWedFri = new([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);

    [Theory]
    [InlineData("2026-11-10", 0, "2026-11-10")]
    [InlineData("2026-11-10", 1, "2026-11-11")]
    [InlineData("2026-11-10", 3, "2026-11-13")]
    [InlineData("2026-11-10", 4, "2026-11-16")]
    [InlineData("2026-11-10", 5, "2026-11-17")]
    [InlineData("2026-11-13", 1, "2026-11-16")]
    [InlineData("2026-11-13", 2, "2026-11-17")]
    [InlineData("2026-11-13", 5, "2026-11-20")]
    [InlineData("2026-11-13", 10, "2026-11-27")]
    [InlineData("2026-11-14", 1, "2026-11-16")]
    [InlineData("2026-11-15", 5, "2026-11-20")]
    [InlineData("2026-12-28", 5, "2027-01-04")]
    public void AddBusinessDays_MondayToFriday_SkipsWeekends(string from, int count, string expected)
    {
        Assert.Equal(Date(expected), WorkWeek.MondayToFriday.AddBusinessDays(Date(from), count));
    }

    [Theory]
    [InlineData("2026-11-10", 1, "2026-11-11")]
    [InlineData("2026-11-10", 3, "2026-11-15")]
    [InlineData("2026-11-12", 1, "2026-11-15")]
    [InlineData("2026-11-12", 5, "2026-11-19")]
    [InlineData("2026-11-13", 1, "2026-11-15")]
    [InlineData("2026-11-14", 2, "2026-11-16")]
    public void AddBusinessDays_SundayToThursday_SkipsFridayAndSaturday(string from, int count, string expected)
    {
        Assert.Equal(Date(expected), WorkWeek.SundayToThursday.AddBusinessDays(Date(from), count));
    }

    [Theory]
    [InlineData("2026-11-09", 1, "2026-11-11")]
    [InlineData("2026-11-10", 1, "2026-11-11")]
    [InlineData("2026-11-13", 1, "2026-11-16")]
    [InlineData("2026-11-09", 3, "2026-11-16")]
    [InlineData("2026-11-09", 5, "2026-11-20")]
    [InlineData("2026-11-09", 6, "2026-11-23")]
    public void AddBusinessDays_MondayWednesdayFriday_CountsOnlyThoseDays(string from, int count, string expected)
    {
        Assert.Equal(Date(expected), MonWedFri.AddBusinessDays(Date(from), count));
    }

    [Fact]
    public void AddBusinessDays_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkWeek.MondayToFriday.AddBusinessDays(Date("2026-11-10"), -1));
    }

    [Theory]
    [InlineData("2026-11-10", "2026-11-10", 0)]
    [InlineData("2026-11-10", "2026-11-17", 5)]
    [InlineData("2026-11-13", "2026-11-16", 1)]
    [InlineData("2026-11-14", "2026-11-15", 0)]
    public void CountBusinessDays_MondayToFriday_CountsHalfOpenInterval(string from, string to, int expected)
    {
        Assert.Equal(expected, WorkWeek.MondayToFriday.CountBusinessDays(Date(from), Date(to)));
    }

    [Theory]
    // Mon–Fri
    [InlineData("mon-fri", "2026-11-09", "2026-11-13")]
    [InlineData("mon-fri", "2026-11-10", "2026-11-13")]
    [InlineData("mon-fri", "2026-11-13", "2026-11-13")]
    [InlineData("mon-fri", "2026-11-14", "2026-11-20")]
    [InlineData("mon-fri", "2026-11-15", "2026-11-20")]
    // Sun–Thu
    [InlineData("sun-thu", "2026-11-08", "2026-11-12")]
    [InlineData("sun-thu", "2026-11-10", "2026-11-12")]
    [InlineData("sun-thu", "2026-11-12", "2026-11-12")]
    [InlineData("sun-thu", "2026-11-13", "2026-11-19")]
    [InlineData("sun-thu", "2026-11-14", "2026-11-19")]
    // Mon/Wed/Fri
    [InlineData("mon-wed-fri", "2026-11-10", "2026-11-13")]
    [InlineData("mon-wed-fri", "2026-11-14", "2026-11-20")]
    public void EndOfWeek_Date_IsLastWorkingDayOfItsWeek(string week, string date, string expected)
    {
        Assert.Equal(Date(expected), Week(week).EndOfWeek(Date(date)));
    }

    [Theory]
    [InlineData("mon-fri", "2026-11-09", "2026-11-20")]
    [InlineData("mon-fri", "2026-11-13", "2026-11-20")]
    // a weekend day belongs to the calendar week that is ending: "next week" is the one starting on Monday
    [InlineData("mon-fri", "2026-11-14", "2026-11-20")]
    [InlineData("mon-fri", "2026-11-15", "2026-11-20")]
    [InlineData("sun-thu", "2026-11-10", "2026-11-19")]
    [InlineData("sun-thu", "2026-11-08", "2026-11-19")]
    [InlineData("sun-thu", "2026-11-13", "2026-11-19")]
    [InlineData("mon-wed-fri", "2026-11-11", "2026-11-20")]
    public void EndOfNextWeek_Date_IsLastWorkingDayOfTheFollowingWeek(string week, string date, string expected)
    {
        Assert.Equal(Date(expected), Week(week).EndOfNextWeek(Date(date)));
    }

    [Theory]
    [InlineData("mon-fri", "2026-11-10", DayOfWeek.Friday, "2026-11-20")]
    [InlineData("mon-fri", "2026-11-13", DayOfWeek.Friday, "2026-11-20")]
    [InlineData("mon-fri", "2026-11-09", DayOfWeek.Monday, "2026-11-16")]
    [InlineData("mon-fri", "2026-11-14", DayOfWeek.Friday, "2026-11-20")]
    [InlineData("sun-thu", "2026-11-10", DayOfWeek.Sunday, "2026-11-15")]
    [InlineData("sun-thu", "2026-11-10", DayOfWeek.Thursday, "2026-11-19")]
    public void DayOfNextWeek_Day_IsThatDayInTheFollowingWeek(string week, string date, DayOfWeek day, string expected)
    {
        Assert.Equal(Date(expected), Week(week).DayOfNextWeek(Date(date), day));
    }

    [Fact]
    public void FirstDay_KnownWeeks_FollowTheLongestRunOfDaysOff()
    {
        Assert.Equal(DayOfWeek.Monday, WorkWeek.MondayToFriday.FirstDay);
        Assert.Equal(DayOfWeek.Sunday, WorkWeek.SundayToThursday.FirstDay);
        Assert.Equal(DayOfWeek.Monday, MonWedFri.FirstDay);
        Assert.Equal(DayOfWeek.Monday, new WorkWeek(Enum.GetValues<DayOfWeek>()).FirstDay);
    }

    [Fact]
    public void OnOrNextWorkingDay_Weekend_MovesToMonday()
    {
        Assert.Equal(Date("2026-11-16"), WorkWeek.MondayToFriday.OnOrNextWorkingDay(Date("2026-11-14")));
        Assert.Equal(Date("2026-11-13"), WorkWeek.MondayToFriday.OnOrNextWorkingDay(Date("2026-11-13")));
    }

    [Theory]
    [InlineData("mon,tue", new[] { DayOfWeek.Monday, DayOfWeek.Tuesday })]
    [InlineData("Monday, TUESDAY", new[] { DayOfWeek.Monday, DayOfWeek.Tuesday })]
    [InlineData("sun,mon,tue,wed,thu", new[] { DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday })]
    [InlineData(" friday ,fri,Fri ", new[] { DayOfWeek.Friday })]
    [InlineData("monday,tuesday,wednesday,thursday,friday,", new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })]
    public void TryParse_DayNames_ReturnsWorkWeek(string text, DayOfWeek[] expected)
    {
        Assert.True(WorkWeek.TryParse(text, out var week, out var error));
        Assert.Null(error);
        Assert.Equal(expected, week!.Days);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(",,")]
    [InlineData("mon,funday")]
    [InlineData("mo,tu")]
    [InlineData("1,2,3")]
    [InlineData("mon;tue")]
    public void TryParse_BadInput_ReturnsFalseWithError(string? text)
    {
        Assert.False(WorkWeek.TryParse(text, out var week, out var error));
        Assert.Null(week);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Constructor_NoWorkingDay_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WorkWeek([]));
    }

    [Fact]
    public void Equals_SameDaysInAnyOrder_AreEqual()
    {
        var parsed = new WorkWeek([DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Thursday, DayOfWeek.Tuesday, DayOfWeek.Wednesday]);

        Assert.Equal(WorkWeek.MondayToFriday, parsed);
        Assert.Equal(WorkWeek.MondayToFriday.GetHashCode(), parsed.GetHashCode());
        Assert.NotEqual(WorkWeek.MondayToFriday, WorkWeek.SundayToThursday);
        Assert.Equal("mon,tue,wed,thu,fri", WorkWeek.MondayToFriday.ToString());
    }

    internal static WorkWeek Week(string name) => name switch
    {
        "mon-fri" => WorkWeek.MondayToFriday,
        "sun-thu" => WorkWeek.SundayToThursday,
        "mon-wed-fri" => MonWedFri,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
