using OutlookFollowUp.Graph.Tests.Infrastructure;
using OutlookFollowUp.TestUtilities.GraphJson;

namespace OutlookFollowUp.Graph.Tests.Gateway;

public sealed class ProfileTests
{
    [Fact]
    public async Task GetProfileAsync_SampleMailbox_MapsUserWindowsZoneWorkingDaysAndStart()
    {
        using var h = new GatewayHarness();

        var profile = await h.Gateway.GetProfileAsync(CancellationToken.None);

        Assert.Equal("00000000-0000-4000-8000-0000000a0a0a", profile.UserId);
        Assert.Equal(SampleMailboxJson.UserAddress, profile.User.Email?.Address);
        Assert.Equal("Ana Souza", profile.User.DisplayName);
        Assert.Equal("Eastern Standard Time", profile.TimeZoneId);
        Assert.Equal(TimeSpan.FromHours(-5), profile.Schedule.TimeZone.GetUtcOffset(new DateTime(2026, 11, 17, 12, 0, 0, DateTimeKind.Utc)));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], profile.Schedule.WorkWeek.Days);
        Assert.Equal(new TimeOnly(9, 0), profile.Schedule.StartOfWorkingDay);
        Assert.Equal(new TimeOnly(17, 30), profile.Schedule.EndOfWorkingDay);
        Assert.Empty(profile.Warnings);
    }

    [Fact]
    public async Task GetProfileAsync_IanaZoneSundayToThursday_MapsZoneDaysAndStart()
    {
        var settings = SampleMailboxJson.MailboxSettingsWith("Asia/Jerusalem", ["sunday", "monday", "tuesday", "wednesday", "thursday"], "08:30:00.0000000");
        using var h = new GatewayHarness(mailboxSettings: settings);

        var profile = await h.Gateway.GetProfileAsync(CancellationToken.None);

        Assert.Equal("Asia/Jerusalem", profile.TimeZoneId);
        Assert.Equal(TimeSpan.FromHours(2), profile.Schedule.TimeZone.GetUtcOffset(new DateTime(2026, 11, 17, 12, 0, 0, DateTimeKind.Utc)));
        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], profile.Schedule.WorkWeek.Days);
        Assert.Equal(new TimeOnly(8, 30), profile.Schedule.StartOfWorkingDay);
        Assert.Null(profile.Schedule.WorkingHoursTimeZone);
    }

    [Fact]
    public async Task GetProfileAsync_WorkingHoursInAnotherZone_KeepsThatZoneForTheStartOfTheDay()
    {
        var settings = SampleMailboxJson.MailboxSettingsWith("Pacific Standard Time", startTime: "08:00:00.0000000", workingHoursZone: "Eastern Standard Time");
        using var h = new GatewayHarness(mailboxSettings: settings);

        var profile = await h.Gateway.GetProfileAsync(CancellationToken.None);

        Assert.Equal(TimeSpan.FromHours(-8), profile.Schedule.TimeZone.GetUtcOffset(new DateTime(2026, 11, 17, 12, 0, 0, DateTimeKind.Utc)));
        Assert.NotNull(profile.Schedule.WorkingHoursTimeZone);
        // 08:00 Eastern is 05:00 Pacific.
        Assert.Equal(new DateTimeOffset(2026, 11, 18, 5, 0, 0, TimeSpan.FromHours(-8)), profile.Schedule.StartOfWorkingHours(new DateOnly(2026, 11, 18)));
    }

    [Fact]
    public async Task GetProfileAsync_NoWorkingDays_UsesMondayToFridayWithAWarning()
    {
        var settings = SampleMailboxJson.MailboxSettingsWith("UTC", days: []);
        using var h = new GatewayHarness(mailboxSettings: settings);

        var profile = await h.Gateway.GetProfileAsync(CancellationToken.None);

        Assert.Equal(5, profile.Schedule.WorkWeek.Days.Count);
        Assert.Contains(profile.Warnings, w => w.Contains("working days", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetProfileAsync_ReadsMeAndSettingsInOneBatch()
    {
        using var h = new GatewayHarness();

        await h.Gateway.GetProfileAsync(CancellationToken.None);

        Assert.Equal(1, h.Gateway.RequestLog.HttpRequests);
        Assert.Equal(1, h.Count("POST", "/$batch", inBatch: false));
        Assert.Equal(1, h.Count("GET", "/me/mailboxSettings", inBatch: true));
    }
}
