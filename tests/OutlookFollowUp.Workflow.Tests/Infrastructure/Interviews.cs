using OutlookFollowUp.TestUtilities.GraphJson;

namespace OutlookFollowUp.Workflow.Tests.Infrastructure;

/// <summary>
/// The interviews the scenarios use (November 2026; the mailbox is the sample's: Eastern time, Monday–Friday, 09:00).
/// Keys use the iCalUId "040000008200E00074C5B7101A82E008" + id.
/// </summary>
public static class Interviews
{
    public const string IcalPrefix = "040000008200E00074C5B7101A82E008";

    /// <summary>Tue 10 Nov, ends 16:00 UTC; "by Friday" → respond by Fri 13 → status check due Tue 17.</summary>
    public static GraphEventJson Contoso(string id = "CONTOSO1") => GraphEventJson.Interview(id)
        .WithSubject("Interview: Data Analyst - Contoso")
        .WithHtmlBody("<p>Hi Ana,</p><p>Thank you for your interest in Contoso. You will meet Amy and Raj. We will get back to you by Friday.</p>")
        .WithOrganizer("amy.chen@contoso.com", "Amy Chen")
        .WithAttendee("raj.mehta@contoso.com", "Raj Mehta")
        .EndingAt(new DateTimeOffset(2026, 11, 10, 16, 0, 0, TimeSpan.Zero));

    /// <summary>Wed 11 Nov, ends 18:00 UTC; no timeline → status check due five business days later, Wed 18.</summary>
    public static GraphEventJson Fabrikam(string id = "FABRIKAM1") => GraphEventJson.Interview(id)
        .WithSubject("Interview - Product Designer - Fabrikam")
        .WithHtmlBody("<p>Looking forward to our conversation about the Product Designer role.</p>")
        .WithOrganizer("wei.zhang@fabrikam.com", "Zhang, Wei")
        .EndingAt(new DateTimeOffset(2026, 11, 11, 18, 0, 0, TimeSpan.Zero));

    /// <summary>Thu 12 Nov, ends 15:00 UTC; "within 3 business days" → Tue 17 → due Thu 19.</summary>
    public static GraphEventJson Northwind(string id = "NORTHWIND1") => GraphEventJson.Interview(id)
        .WithSubject("Phone screen: Accountant at Northwind Traders")
        .WithHtmlBody("<p>Thanks for making time. Our team will get back to you within 3 business days.</p>")
        .WithOrganizer("olivia.hr@northwindtraders.com", "Olivia Brown")
        .EndingAt(new DateTimeOffset(2026, 11, 12, 15, 0, 0, TimeSpan.Zero));

    /// <summary>Wed 11 Nov, organized by a scheduling system for Margie's Travel.</summary>
    public static GraphEventJson MargiesTravel(string id = "MARGIE1") => GraphEventJson.Interview(id)
        .WithSubject("Interview Scheduled: Ana Souza - Travel Consultant at Margie's Travel")
        .WithHtmlBody("<p>Your interview for Travel Consultant at Margie's Travel is confirmed. You will meet Lucy Gray.</p>")
        .WithOrganizer("notifications@app.smartrecruiters.com", "SmartRecruiters")
        .WithAttendee("lucy.gray@margiestravel.com", "Lucy Gray")
        .EndingAt(new DateTimeOffset(2026, 11, 11, 14, 30, 0, TimeSpan.Zero));

    public static string ThankYouKey(string id, string address) => $"thankyou:{IcalPrefix}{id}:{address}";

    public static string TaskKey(string id) => $"statuscheck:{IcalPrefix}{id}";

    public static string StatusCheckDraftKey(string id) => $"statuscheck-draft:{IcalPrefix}{id}";

    public static DateTimeOffset At(int day, int hour = 12) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);
}
