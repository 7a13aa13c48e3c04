using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Graph.Gateway;
using GraphModels = Microsoft.Graph.Models;

namespace OutlookFollowUp.Graph.Mapping;

/// <summary>Maps GET /me and GET /me/mailboxSettings to the user and their schedule.</summary>
internal static class ProfileMapper
{
    public static MailboxProfile Map(GraphModels.User user, GraphModels.MailboxSettings settings)
    {
        var warnings = new List<string>();
        var address = !string.IsNullOrWhiteSpace(user.Mail) ? user.Mail : user.UserPrincipalName;
        var email = address is not null && new EmailAddress(address) is { IsWellFormed: true } parsed ? parsed : null;
        if (email is null)
        {
            warnings.Add("the mailbox has no address: nobody is excluded as you");
        }

        var zoneId = settings.TimeZone;
        if (!TimeZones.TryResolve(zoneId, out var zone))
        {
            zoneId = settings.WorkingHours?.TimeZone?.Name;
            if (!TimeZones.TryResolve(zoneId, out zone))
            {
                warnings.Add($"the mailbox time zone '{settings.TimeZone}' is unknown: using UTC");
                zone = TimeZoneInfo.Utc;
                zoneId = "UTC";
            }
        }

        var days = (settings.WorkingHours?.DaysOfWeek ?? [])
            .Where(d => d is not null)
            .Select(d => Enum.TryParse<DayOfWeek>(d!.Value.ToString(), ignoreCase: true, out var day) ? (DayOfWeek?)day : null)
            .OfType<DayOfWeek>()
            .Distinct()
            .ToList();
        var week = days.Count > 0 ? new WorkWeek(days) : WorkWeek.MondayToFriday;
        if (days.Count == 0)
        {
            warnings.Add("the mailbox has no working days: using Monday to Friday");
        }

        var start = settings.WorkingHours?.StartTime is { } time
            ? new TimeOnly(time.Hour, time.Minute, time.Second)
            : UserSchedule.DefaultStartOfWorkingDay;
        TimeZoneInfo? hoursZone = null;
        if (settings.WorkingHours?.TimeZone?.Name is { } hoursZoneName && hoursZoneName != zoneId
            && TimeZones.TryResolve(hoursZoneName, out var resolved) && resolved.Id != zone.Id)
        {
            hoursZone = resolved;
        }

        TimeOnly? end = settings.WorkingHours?.EndTime is { } endTime ? new TimeOnly(endTime.Hour, endTime.Minute, endTime.Second) : null;
        var schedule = new UserSchedule(zone, week, start, hoursZone) { EndOfWorkingDay = end };
        return new MailboxProfile(user.Id, new MailboxUser(email, user.DisplayName), schedule, zoneId!, warnings)
        {
            Locale = string.IsNullOrWhiteSpace(settings.Language?.Locale) ? null : settings.Language.Locale.Trim(),
        };
    }
}
