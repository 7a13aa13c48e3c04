using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Scheduling;

// 2026-11-26 is Thanksgiving (a Thursday), 2026-12-25 a Friday.
public sealed class WorkWeekHolidayTests
{
    private static readonly DateOnly Thanksgiving = new(2026, 11, 26);
    private static readonly DateOnly Christmas = new(2026, 12, 25);
    private static readonly WorkWeek Us = WorkWeek.MondayToFriday.WithHolidays([Thanksgiving, Christmas]);

    [Fact]
    public void IsWorkingDay_Holiday_IsADayOff()
    {
        Assert.False(Us.IsWorkingDay(Thanksgiving));
        Assert.True(Us.IsWorkingDay(Thanksgiving.AddDays(1)));
        Assert.True(WorkWeek.MondayToFriday.IsWorkingDay(Thanksgiving));
    }

    [Theory]
    [InlineData("2026-11-25", 2, "2026-11-30")] // Wed + 2 skips Thanksgiving
    [InlineData("2026-11-20", 5, "2026-11-30")]
    [InlineData("2026-12-23", 2, "2026-12-28")]
    [InlineData("2026-11-25", 0, "2026-11-25")]
    public void AddBusinessDays_OverAHoliday_SkipsIt(string from, int count, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Us.AddBusinessDays(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), count));
    }

    [Fact]
    public void EndOfWeek_LastDayIsAHoliday_EndsTheDayBefore()
    {
        Assert.Equal(new DateOnly(2026, 12, 24), Us.EndOfWeek(new DateOnly(2026, 12, 21)));
    }

    [Fact]
    public void WithHolidays_KeepsTheWorkingDaysAndReplacesEarlierHolidays()
    {
        var again = Us.WithHolidays([Christmas]);

        Assert.Equal(WorkWeek.MondayToFriday.Days, again.Days);
        Assert.True(again.IsWorkingDay(Thanksgiving));
        Assert.Equal([Christmas], again.Holidays);
        Assert.NotEqual(Us, again);
        Assert.Equal(Us, WorkWeek.MondayToFriday.WithHolidays([Christmas, Thanksgiving]));
    }

    [Fact]
    public void StatusCheckDue_HolidayInTheWait_ComesOneDayLater()
    {
        var d = new DateOnly(2026, 11, 20); // Friday; 5 business days without holidays: Friday 27th
        Assert.Equal(new DateOnly(2026, 11, 27), InterviewAnalyzer.StatusCheckDue(d, null, WorkWeek.MondayToFriday));
        Assert.Equal(new DateOnly(2026, 11, 30), InterviewAnalyzer.StatusCheckDue(d, null, Us));
    }
}
