namespace OutlookFollowUp.Core.Scheduling;

/// <summary>
/// When the "Send your thank-you notes" task reminds the user (DESIGN.md): within working hours and before
/// <c>sendBy</c>; when no working hour is left before <c>sendBy</c>, two hours before it.
/// </summary>
/// <remarks>
/// <para>Working hours are the user's working days (holidays included) from the start of working hours to its end, in
/// the working-hours zone (<see cref="UserSchedule.WorkingHoursTimeZone"/>, else the mailbox zone). Core's schedule
/// knows only the start: the end is the one passed (Graph's <c>mailboxSettings.workingHours.endTime</c>), else
/// <see cref="DefaultWorkingDayLength"/> after the start; an end at or before the start runs past midnight.</para>
/// <para>The reminder is the first working-hours minute at least <see cref="SettleTime"/> after the drafts were placed
/// (time for the user to send them on their own), before <c>sendBy</c>; when the settle time leaves no working minute
/// before <c>sendBy</c>, the first working minute after placement; when there is none either, <c>sendBy</c> minus
/// <see cref="LeadBeforeSendBy"/>, and never before the placement (drafts placed late remind at once). The instant
/// carries the user's offset.</para>
/// </remarks>
public static class SendThanksReminder
{
    /// <summary>How long working hours last when only their start is known: 8 hours.</summary>
    public static TimeSpan DefaultWorkingDayLength { get; } = TimeSpan.FromHours(8);

    /// <summary>How long after the drafts are placed the reminder waits, at the least, when it can: 1 hour.</summary>
    public static TimeSpan SettleTime { get; } = TimeSpan.FromHours(1);

    /// <summary>How long before <c>sendBy</c> the reminder fires when no working hour is left: 2 hours.</summary>
    public static TimeSpan LeadBeforeSendBy { get; } = TimeSpan.FromHours(2);

    /// <summary>The reminder instant, with the user's offset.</summary>
    /// <param name="placedAt">When the thank-you drafts were placed.</param>
    /// <param name="sendBy">The interview's end + 24 hours.</param>
    /// <param name="schedule">The user's zone, working days (with holidays) and start of working hours.</param>
    /// <param name="endOfWorkingDay">When working hours end, when the mailbox says; else start + 8 hours.</param>
    public static DateTimeOffset At(DateTimeOffset placedAt, DateTimeOffset sendBy, UserSchedule schedule, TimeOnly? endOfWorkingDay = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var instant = FirstWorkingMinute(placedAt + SettleTime, sendBy, schedule, endOfWorkingDay)
            ?? FirstWorkingMinute(placedAt, sendBy, schedule, endOfWorkingDay)
            ?? Max(placedAt, sendBy - LeadBeforeSendBy);
        return TimeZoneInfo.ConvertTime(instant, schedule.TimeZone);
    }

    /// <summary>True when the instant lies within the user's working hours.</summary>
    public static bool IsWithinWorkingHours(DateTimeOffset instant, UserSchedule schedule, TimeOnly? endOfWorkingDay = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return FirstWorkingMinute(instant, instant.AddTicks(1), schedule, endOfWorkingDay) == instant;
    }

    /// <summary>The first instant in [from, until) within working hours, or null.</summary>
    private static DateTimeOffset? FirstWorkingMinute(DateTimeOffset from, DateTimeOffset until, UserSchedule schedule, TimeOnly? endOfWorkingDay)
    {
        if (from >= until)
        {
            return null;
        }

        var zone = schedule.WorkingHoursTimeZone ?? schedule.TimeZone;
        // A window that started the day before may still be open (hours past midnight): start one day early.
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime).AddDays(-1);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(until, zone).DateTime);
        for (; day <= last; day = day.AddDays(1))
        {
            if (!schedule.WorkWeek.IsWorkingDay(day))
            {
                continue;
            }

            var (start, end) = Window(day, zone, schedule.StartOfWorkingDay, endOfWorkingDay);
            var candidate = Max(start, from);
            if (candidate < end && candidate < until)
            {
                return candidate;
            }
        }

        return null;
    }

    private static (DateTimeOffset Start, DateTimeOffset End) Window(DateOnly day, TimeZoneInfo zone, TimeOnly startTime, TimeOnly? endTime)
    {
        var start = Instant(day.ToDateTime(startTime, DateTimeKind.Unspecified), zone);
        if (endTime is not { } e)
        {
            return (start, start + DefaultWorkingDayLength);
        }

        var endDay = e <= startTime ? day.AddDays(1) : day;
        return (start, Instant(endDay.ToDateTime(e, DateTimeKind.Unspecified), zone));
    }

    /// <summary>A local time in a zone as an instant; a time in a daylight-saving gap moves forward to the first valid minute.</summary>
    private static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
