using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Core.Tests.Analysis.Languages;

/// <summary>Shared set-up for invites in other languages: the user Ana, UTC, Monday to Friday; D is Tuesday 2026-11-10.</summary>
internal static class InviteLanguageTestKit
{
    public static AnalysisContext Context(string? locale = null) =>
        new(EventBuilder.Candidate, UserSchedule.Default) { MailboxLocale = locale };

    public static InterviewAnalysis Analyze(EventBuilder builder, string? locale = null) =>
        InterviewAnalyzer.Analyze(builder.Build(), Context(locale));

    public static InterviewAnalysis Analyze(string subject, string html, string organizer = "amy.chen@contoso.com", string organizerName = "Amy Chen") =>
        Analyze(new EventBuilder().WithSubject(subject).WithHtmlBody(html).WithOrganizer(organizer, organizerName));

    public static string FirstLine(string body) => body.Split('\n')[0];
}
