using CsCheck;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Scheduling;

/// <summary>Invariants of the business-day arithmetic over every possible work week.</summary>
public sealed class WorkWeekPropertyTests
{
    private const long Iterations = 2_000;

    private static readonly DateOnly Epoch = new(2020, 1, 1);

    // Any non-empty set of working days, Mon–Fri and Sun–Thu included: a bit mask over Sunday..Saturday.
    private static readonly Gen<WorkWeek> Weeks = Gen.Int[1, 127].Select(mask =>
        new WorkWeek(Enum.GetValues<DayOfWeek>().Where(d => (mask & (1 << (int)d)) != 0)));

    private static readonly Gen<DateOnly> Dates = Gen.Int[0, 366 * 12].Select(n => Epoch.AddDays(n));

    private static readonly Gen<int> Counts = Gen.Int[0, 60];

    [Fact]
    public void AddBusinessDays_PositiveCount_LandsOnWorkingDay()
    {
        Gen.Select(Weeks, Dates, Gen.Int[1, 60]).Sample((week, date, n) =>
            Assert.True(week.IsWorkingDay(week.AddBusinessDays(date, n))), iter: Iterations);
    }

    [Fact]
    public void AddBusinessDays_AnyCount_LeavesExactlyThatManyWorkingDaysInBetween()
    {
        Gen.Select(Weeks, Dates, Counts).Sample((week, date, n) =>
        {
            var result = week.AddBusinessDays(date, n);
            Assert.Equal(n, week.CountBusinessDays(date, result));
            if (n > 0)
            {
                // and it is the first such day
                Assert.Equal(n - 1, week.CountBusinessDays(date, result.AddDays(-1)));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void AddBusinessDays_TwoSteps_EqualsOneStepOfTheSum()
    {
        Gen.Select(Weeks, Dates, Counts, Counts).Sample((week, date, a, b) =>
            Assert.Equal(week.AddBusinessDays(date, a + b), week.AddBusinessDays(week.AddBusinessDays(date, a), b)), iter: Iterations);
    }

    [Fact]
    public void AddBusinessDays_LargerCount_NeverEarlier()
    {
        Gen.Select(Weeks, Dates, Counts, Gen.Int[1, 30]).Sample((week, date, n, more) =>
            Assert.True(week.AddBusinessDays(date, n) < week.AddBusinessDays(date, n + more)), iter: Iterations);
    }

    [Fact]
    public void AddBusinessDays_AnyCount_StaysWithinWholeWeeksNeeded()
    {
        Gen.Select(Weeks, Dates, Counts).Sample((week, date, n) =>
        {
            var perWeek = week.Days.Count;
            var weeksNeeded = (n + perWeek - 1) / perWeek;
            var span = week.AddBusinessDays(date, n).DayNumber - date.DayNumber;
            Assert.InRange(span, n == 0 ? 0 : 1, 7 * weeksNeeded);
        }, iter: Iterations);
    }

    [Fact]
    public void EndOfWeek_AnyDate_IsOnOrAfterItAndAWorkingDay()
    {
        Gen.Select(Weeks, Dates).Sample((week, date) =>
        {
            var end = week.EndOfWeek(date);
            Assert.True(end >= date);
            Assert.True(week.IsWorkingDay(end));
            Assert.InRange(end.DayNumber - date.DayNumber, 0, 13);
        }, iter: Iterations);
    }

    [Fact]
    public void EndOfNextWeek_AnyDate_IsAWorkingDayInTheFollowingCalendarWeek()
    {
        Gen.Select(Weeks, Dates).Sample((week, date) =>
        {
            var end = week.EndOfNextWeek(date);
            var nextStart = week.StartOfWeek(date).AddDays(7);
            Assert.True(week.IsWorkingDay(end));
            Assert.InRange(end, nextStart, nextStart.AddDays(6));
            Assert.True(end >= week.EndOfWeek(date));
        }, iter: Iterations);
    }

    [Fact]
    public void DayOfNextWeek_AnyDay_FallsInTheFollowingCalendarWeek()
    {
        Gen.Select(Weeks, Dates, Gen.Enum<DayOfWeek>()).Sample((week, date, day) =>
        {
            var result = week.DayOfNextWeek(date, day);
            var nextStart = week.StartOfWeek(date).AddDays(7);
            Assert.Equal(day, result.DayOfWeek);
            Assert.InRange(result, nextStart, nextStart.AddDays(6));
            Assert.True(result > date);
        }, iter: Iterations);
    }
}
