using OutlookFollowUp.Graph.Gateway;

namespace OutlookFollowUp.Graph.Tests.Infrastructure;

internal static class Tasks
{
    public static TaskRequest Request(string key, DateOnly? due = null) => new(
        key,
        "Check in about Data Analyst",
        "If Contoso has not replied by now, send one polite status check.",
        due ?? new DateOnly(2026, 11, 24),
        new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(-5)),
        "https://outlook.office365.com/owa/?itemid=E1",
        "Interview: Data Analyst - Contoso");
}
