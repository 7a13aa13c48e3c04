using System.Globalization;
using CsCheck;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Scheduling;

// Dates used below: 2026-12-08 is a Tuesday, 2026-12-11 a Friday, 2026-12-24 a Thursday, 2026-12-25 a Friday.
// New York is at -05:00 in December, Tokyo at +09:00, Jerusalem at +02:00.
public sealed class SendThanksReminderTests
{
    [Theory]
    // placed in the afternoon: an hour later, the same afternoon
    [InlineData("2026-12-08T14:05:00-05:00", "2026-12-09T14:00:00-05:00", "2026-12-08T15:05:00-05:00")]
    // an hour later is after 17:00: the next morning at the start of working hours
    [InlineData("2026-12-08T16:35:00-05:00", "2026-12-09T16:30:00-05:00", "2026-12-09T09:00:00-05:00")]
    // evening interview: the next morning
    [InlineData("2026-12-08T19:02:00-05:00", "2026-12-09T19:00:00-05:00", "2026-12-09T09:00:00-05:00")]
    // early-morning interview: the start of working hours that day
    [InlineData("2026-12-08T07:05:00-05:00", "2026-12-09T07:00:00-05:00", "2026-12-08T09:00:00-05:00")]
    // Friday evening: no working hour before Saturday evening's sendBy, so two hours before it
    [InlineData("2026-12-11T19:05:00-05:00", "2026-12-12T19:00:00-05:00", "2026-12-12T17:00:00-05:00")]
    // Saturday interview, sendBy Sunday: two hours before it
    [InlineData("2026-12-12T11:00:00-05:00", "2026-12-13T11:00:00-05:00", "2026-12-13T09:00:00-05:00")]
    // Sunday interview, sendBy Monday noon: Monday at nine
    [InlineData("2026-12-13T12:00:00-05:00", "2026-12-14T12:00:00-05:00", "2026-12-14T09:00:00-05:00")]
    // placed late (the job ran late) and an hour is too much: at once, within working hours
    [InlineData("2026-12-09T13:30:00-05:00", "2026-12-09T14:00:00-05:00", "2026-12-09T13:30:00-05:00")]
    // placed after sendBy: at once
    [InlineData("2026-12-09T15:00:00-05:00", "2026-12-09T14:00:00-05:00", "2026-12-09T15:00:00-05:00")]
    // placed in the evening less than two hours before sendBy: at once, not in the past
    [InlineData("2026-12-09T19:30:00-05:00", "2026-12-09T20:00:00-05:00", "2026-12-09T19:30:00-05:00")]
    // instants given in UTC come back with the user's offset
    [InlineData("2026-12-08T19:05:00Z", "2026-12-09T19:00:00Z", "2026-12-08T15:05:00-05:00")]
    public void At_NewYorkMondayToFriday_IsWithinWorkingHoursBeforeSendBy(string placedAt, string sendBy, string expected)
    {
        var schedule = UserScheduleTests.Schedule("America/New_York");

        var at = SendThanksReminder.At(Instant(placedAt), Instant(sendBy), schedule);

        Assert.Equal(Instant(expected), at);
        Assert.Equal(Instant(expected).Offset, at.Offset);
    }

    [Fact]
    public void At_HolidayAfterAnEveningInterview_IsTwoHoursBeforeSendBy()
    {
        var schedule = UserScheduleTests.Schedule("America/New_York", WorkWeek.MondayToFriday.WithHolidays([new DateOnly(2026, 12, 25)]));

        var at = SendThanksReminder.At(Instant("2026-12-24T18:05:00-05:00"), Instant("2026-12-25T18:00:00-05:00"), schedule);

        Assert.Equal(Instant("2026-12-25T16:00:00-05:00"), at);
    }

    [Fact]
    public void At_Tokyo_UsesTheUsersZone()
    {
        var schedule = UserScheduleTests.Schedule("Asia/Tokyo");

        var at = SendThanksReminder.At(Instant("2026-12-11T01:05:00Z"), Instant("2026-12-12T01:00:00Z"), schedule);

        Assert.Equal(Instant("2026-12-11T11:05:00+09:00"), at);
        Assert.Equal(TimeSpan.FromHours(9), at.Offset);
    }

    [Fact]
    public void At_TokyoFridayEvening_IsTwoHoursBeforeSaturdaysSendBy()
    {
        var schedule = UserScheduleTests.Schedule("Asia/Tokyo");

        var at = SendThanksReminder.At(Instant("2026-12-11T19:00:00+09:00"), Instant("2026-12-12T19:00:00+09:00"), schedule);

        Assert.Equal(Instant("2026-12-12T17:00:00+09:00"), at);
    }

    [Fact]
    public void At_SundayToThursdayWeek_ThursdayEveningIsTwoHoursBeforeFridaysSendBy()
    {
        var schedule = UserScheduleTests.Schedule("Asia/Jerusalem", WorkWeek.SundayToThursday);

        var at = SendThanksReminder.At(Instant("2026-12-10T18:00:00+02:00"), Instant("2026-12-11T18:00:00+02:00"), schedule);

        Assert.Equal(Instant("2026-12-11T16:00:00+02:00"), at);
    }

    [Fact]
    public void At_SundayToThursdayWeek_SaturdayEveningIsSundayMorning()
    {
        var schedule = UserScheduleTests.Schedule("Asia/Jerusalem", WorkWeek.SundayToThursday);

        var at = SendThanksReminder.At(Instant("2026-12-12T20:00:00+02:00"), Instant("2026-12-13T20:00:00+02:00"), schedule);

        Assert.Equal(Instant("2026-12-13T09:00:00+02:00"), at);
    }

    [Fact]
    public void At_EndOfWorkingDayGiven_IsUsedInsteadOfEightHours()
    {
        var schedule = UserScheduleTests.Schedule("America/New_York");

        var at = SendThanksReminder.At(Instant("2026-12-08T16:35:00-05:00"), Instant("2026-12-09T16:30:00-05:00"), schedule, new TimeOnly(18, 0));

        Assert.Equal(Instant("2026-12-08T17:35:00-05:00"), at);
    }

    [Fact]
    public void At_LaterStartOfWorkingDay_MovesTheWindow()
    {
        var schedule = UserScheduleTests.Schedule("America/New_York") with { StartOfWorkingDay = new TimeOnly(11, 0) };

        // 11:00–19:00: placed at 18:30, an hour later is past the end, so tomorrow at 11:00.
        var at = SendThanksReminder.At(Instant("2026-12-08T18:30:00-05:00"), Instant("2026-12-09T18:25:00-05:00"), schedule);

        Assert.Equal(Instant("2026-12-09T11:00:00-05:00"), at);
    }

    [Fact]
    public void At_NightShiftPastMidnight_RemindsWithinTheShift()
    {
        var schedule = UserScheduleTests.Schedule("America/New_York") with { StartOfWorkingDay = new TimeOnly(22, 0) };

        // 22:00 Tuesday to 06:00 Wednesday: placed at 01:00 Wednesday, reminded at 02:00.
        var at = SendThanksReminder.At(Instant("2026-12-09T01:00:00-05:00"), Instant("2026-12-10T01:00:00-05:00"), schedule, new TimeOnly(6, 0));

        Assert.Equal(Instant("2026-12-09T02:00:00-05:00"), at);
    }

    [Fact]
    public void At_WorkingHoursInAnotherZone_AreReadInThatZone()
    {
        // The mailbox is in UTC, the working hours in New York: 09:00 there is 14:00 UTC.
        var schedule = new UserSchedule(TimeZoneInfo.Utc, WorkWeek.MondayToFriday, new TimeOnly(9, 0), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        var at = SendThanksReminder.At(Instant("2026-12-08T12:00:00Z"), Instant("2026-12-09T12:00:00Z"), schedule);

        Assert.Equal(Instant("2026-12-08T14:00:00Z"), at);
        Assert.Equal(TimeSpan.Zero, at.Offset);
    }

    [Fact]
    public void At_DaylightSavingStartDay_KeepsTheLocalHours()
    {
        // New York moves to -04:00 on Sunday 2026-03-08; Monday's working hours start at 09:00 -04:00.
        var schedule = UserScheduleTests.Schedule("America/New_York");

        var at = SendThanksReminder.At(Instant("2026-03-06T19:00:00-05:00"), Instant("2026-03-09T12:00:00-04:00"), schedule);

        Assert.Equal(Instant("2026-03-09T09:00:00-04:00"), at);
    }

    [Theory]
    [InlineData("2026-12-08T09:00:00-05:00", true)]
    [InlineData("2026-12-08T16:59:00-05:00", true)]
    [InlineData("2026-12-08T17:00:00-05:00", false)]
    [InlineData("2026-12-08T08:59:00-05:00", false)]
    [InlineData("2026-12-12T10:00:00-05:00", false)]
    public void IsWithinWorkingHours_Instant_IsBetweenStartAndEightHoursLater(string instant, bool expected)
    {
        Assert.Equal(expected, SendThanksReminder.IsWithinWorkingHours(Instant(instant), UserScheduleTests.Schedule("America/New_York")));
    }

    [Fact]
    public void At_AnyPlacement_IsNeverBeforePlacementAndWithinHoursOrTheFallback()
    {
        var schedule = UserScheduleTests.Schedule("Europe/Berlin", WorkWeek.MondayToFriday.WithHolidays([new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26)]));
        var start = Instant("2026-12-20T00:00:00+01:00");
        Gen.Int[0, 14 * 24 * 60].Sample(minutes =>
        {
            var end = start.AddMinutes(minutes);
            var sendBy = end.AddHours(24);
            var placedAt = end.AddMinutes(5);

            var at = SendThanksReminder.At(placedAt, sendBy, schedule);

            Assert.True(at >= placedAt);
            var fallback = placedAt >= sendBy - SendThanksReminder.LeadBeforeSendBy ? placedAt : sendBy - SendThanksReminder.LeadBeforeSendBy;
            Assert.True((at < sendBy && SendThanksReminder.IsWithinWorkingHours(at, schedule)) || at == fallback, $"placed {placedAt:O}: {at:O}");
        }, iter: 2_000);
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
