namespace OutlookFollowUp.Core.Scheduling;

/// <summary>
/// Where and when the user works: the mailbox time zone, working days and the start of working hours.
/// </summary>
/// <param name="TimeZone">The mailbox time zone (resolved by the caller from a Windows or IANA id).</param>
/// <param name="WorkWeek">The working days.</param>
/// <param name="StartOfWorkingDay">When working hours start (09:00 when unknown).</param>
/// <param name="WorkingHoursTimeZone">The zone of <paramref name="StartOfWorkingDay"/> when it differs from the mailbox zone.</param>
public sealed record UserSchedule(
    TimeZoneInfo TimeZone,
    WorkWeek WorkWeek,
    TimeOnly StartOfWorkingDay,
    TimeZoneInfo? WorkingHoursTimeZone = null)
{
    /// <summary>When working hours end (<c>mailboxSettings.workingHours.endTime</c>), in the same zone as the start; null: unknown.</summary>
    public TimeOnly? EndOfWorkingDay { get; init; }

    /// <summary>The default start of working hours when the mailbox does not say.</summary>
    public static TimeOnly DefaultStartOfWorkingDay { get; } = new(9, 0);

    /// <summary>UTC, Monday–Friday, 09:00.</summary>
    public static UserSchedule Default { get; } = new(TimeZoneInfo.Utc, WorkWeek.MondayToFriday, DefaultStartOfWorkingDay);

    /// <summary>The local date of an instant in the user's zone.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>
    /// The start of working hours on <paramref name="date"/>, as an instant expressed with the user's offset on that day.
    /// A start that falls into a daylight-saving gap moves forward to the first valid minute.
    /// </summary>
    public DateTimeOffset StartOfWorkingHours(DateOnly date)
    {
        var hoursZone = WorkingHoursTimeZone ?? TimeZone;
        var local = date.ToDateTime(StartOfWorkingDay, DateTimeKind.Unspecified);
        while (hoursZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        var offset = hoursZone.GetUtcOffset(local);
        var instant = new DateTimeOffset(local, offset);
        return TimeZoneInfo.ConvertTime(instant, TimeZone);
    }
}
