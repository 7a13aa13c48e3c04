using System.Globalization;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Scheduling;

public sealed class UserScheduleTests
{
    [Theory]
    [InlineData("2026-11-10T02:30:00Z", "America/Los_Angeles", "2026-11-09")]
    [InlineData("2026-11-10T02:30:00Z", "Pacific Standard Time", "2026-11-09")]
    [InlineData("2026-11-10T08:30:00Z", "America/Los_Angeles", "2026-11-10")]
    [InlineData("2026-11-10T23:30:00Z", "Asia/Tokyo", "2026-11-11")]
    [InlineData("2026-11-10T23:30:00Z", "Tokyo Standard Time", "2026-11-11")]
    [InlineData("2026-11-10T11:30:00Z", "Pacific/Auckland", "2026-11-11")]
    [InlineData("2026-11-10T23:30:00Z", "New Zealand Standard Time", "2026-11-11")]
    [InlineData("2026-11-10T23:30:00Z", "UTC", "2026-11-10")]
    [InlineData("2026-11-10T04:59:00Z", "America/New_York", "2026-11-09")]
    [InlineData("2026-11-10T05:00:00Z", "Eastern Standard Time", "2026-11-10")]
    public void LocalDate_Instant_IsTheDateInTheUsersZone(string instant, string zone, string expected)
    {
        var schedule = Schedule(zone);

        Assert.Equal(Date(expected), schedule.LocalDate(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void LocalDate_InstantWithOtherOffset_UsesTheInstantNotItsOffset()
    {
        // 2026-11-10 01:00 in Tokyo is still 2026-11-09 in London.
        var schedule = Schedule("Europe/London");

        Assert.Equal(Date("2026-11-09"), schedule.LocalDate(new DateTimeOffset(2026, 11, 10, 1, 0, 0, TimeSpan.FromHours(9))));
    }

    [Theory]
    // New York: daylight saving starts 2026-03-08 and ends 2026-11-01.
    [InlineData("America/New_York", "2026-03-06", "2026-03-06T09:00:00-05:00")]
    [InlineData("America/New_York", "2026-03-08", "2026-03-08T09:00:00-04:00")]
    [InlineData("America/New_York", "2026-03-09", "2026-03-09T09:00:00-04:00")]
    [InlineData("Eastern Standard Time", "2026-10-30", "2026-10-30T09:00:00-04:00")]
    [InlineData("Eastern Standard Time", "2026-11-02", "2026-11-02T09:00:00-05:00")]
    [InlineData("Asia/Tokyo", "2026-11-10", "2026-11-10T09:00:00+09:00")]
    [InlineData("Pacific/Auckland", "2026-11-10", "2026-11-10T09:00:00+13:00")]
    [InlineData("UTC", "2026-11-10", "2026-11-10T09:00:00+00:00")]
    public void StartOfWorkingHours_Date_IsNineWithThatDaysOffset(string zone, string date, string expected)
    {
        var start = Schedule(zone).StartOfWorkingHours(Date(date));

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), start);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture).Offset, start.Offset);
    }

    [Fact]
    public void StartOfWorkingHours_InsideTheSpringGap_MovesToTheFirstValidTime()
    {
        var schedule = Schedule("America/New_York") with { StartOfWorkingDay = new TimeOnly(2, 30) };

        var start = schedule.StartOfWorkingHours(Date("2026-03-08"));

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 3, 0, 0, TimeSpan.FromHours(-4)), start);
    }

    [Fact]
    public void StartOfWorkingHours_HoursInAnotherZone_IsExpressedWithTheMailboxOffset()
    {
        // Working hours 14:00 UTC; the mailbox is in New York (UTC-5 in November).
        var schedule = Schedule("America/New_York") with { StartOfWorkingDay = new TimeOnly(14, 0), WorkingHoursTimeZone = TimeZoneInfo.Utc };

        var start = schedule.StartOfWorkingHours(Date("2026-11-10"));

        Assert.Equal(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.FromHours(-5)), start);
        Assert.Equal(TimeSpan.FromHours(-5), start.Offset);
    }

    [Fact]
    public void Default_Properties_AreUtcMondayToFridayAtNine()
    {
        Assert.Equal(TimeZoneInfo.Utc, UserSchedule.Default.TimeZone);
        Assert.Equal(WorkWeek.MondayToFriday, UserSchedule.Default.WorkWeek);
        Assert.Equal(new TimeOnly(9, 0), UserSchedule.Default.StartOfWorkingDay);
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero), UserSchedule.Default.StartOfWorkingHours(Date("2026-11-10")));
    }

    internal static UserSchedule Schedule(string zone, WorkWeek? week = null) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(zone), week ?? WorkWeek.MondayToFriday, UserSchedule.DefaultStartOfWorkingDay);

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
