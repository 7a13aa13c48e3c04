using System.Text.Json;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Core.Tests.Analysis;

// EventBuilder's default: "Interview: Data Analyst - Contoso", organizer amy.chen@contoso.com, attendee Ana (the user),
// ending Tuesday 2026-11-10 16:00Z.
public sealed class InterviewAnalyzerTests
{
    private static readonly DateTimeOffset TuesdayEnd = new(2026, 11, 10, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Analyze_CandidateInterview_ProposesOneDraftPerInterviewerAndOneStatusCheck()
    {
        var e = new EventBuilder()
            .WithAttendee("bob.lee@contoso.com", "Bob Lee")
            .WithAttendee("raj.mehta@contoso.com", "Mehta, Raj", AttendeeType.Optional)
            .Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context());

        Assert.Equal(InterviewKind.CandidateInterview, analysis.Classification.Kind);
        Assert.True(analysis.IsActionable);
        Assert.Equal("Data Analyst", analysis.Role);
        Assert.Equal("Contoso", analysis.Company);
        Assert.Equal(["amy.chen@contoso.com", "bob.lee@contoso.com", "raj.mehta@contoso.com"], analysis.ThankYouDrafts.Select(d => d.To.Address));
        Assert.Equal(["Dear Amy,", "Hello Bob,", "Dear Raj,"], analysis.ThankYouDrafts.Select(d => d.Text.BodyText.Split('\n')[0]));
        Assert.All(analysis.ThankYouDrafts, d =>
        {
            Assert.Equal(TuesdayEnd, d.CreateAt);
            Assert.Equal(TuesdayEnd.AddHours(24), d.SendBy);
            Assert.EndsWith("\nAna", d.Text.BodyText, StringComparison.Ordinal);
        });
        Assert.Equal(3, analysis.ThankYouDrafts.Select(d => d.Text.BodyText.Replace(d.To.GreetingName!, "{NAME}", StringComparison.Ordinal)).Distinct().Count());
        Assert.NotNull(analysis.StatusCheck);
        Assert.Equal("amy.chen@contoso.com", analysis.StatusCheck.To?.Address);
    }

    [Fact]
    public void Analyze_NoStatedTimeline_DueIsFiveBusinessDaysAfterTheInterview()
    {
        var analysis = InterviewAnalyzer.Analyze(new EventBuilder().Build(), Context());

        Assert.Null(analysis.Timeline);
        Assert.Equal(new DateOnly(2026, 11, 17), analysis.StatusCheck?.Due);
        Assert.Equal(new DateTimeOffset(2026, 11, 17, 9, 0, 0, TimeSpan.Zero), analysis.StatusCheck?.RemindAt);
    }

    [Theory]
    [InlineData("We plan to reach a decision by Thursday.", "2026-11-12", "2026-11-16")]
    [InlineData("We'll let you know by Friday.", "2026-11-13", "2026-11-17")]
    [InlineData("You'll hear back from us early next week.", "2026-11-20", "2026-11-24")]
    [InlineData("Please send your references by Wednesday.", null, "2026-11-17")]
    public void Analyze_StatedTimeline_DueIsTwoBusinessDaysAfterIt(string body, string? respondBy, string due)
    {
        var e = new EventBuilder().WithHtmlBody($"<html><body><div>{body}</div></body></html>").Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context());

        Assert.Equal(respondBy, analysis.Timeline?.RespondBy.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), analysis.StatusCheck?.Due);
    }

    [Fact]
    public void Analyze_TimelineInTheSubject_Counts()
    {
        var e = new EventBuilder().WithSubject("Interview: Data Analyst - Contoso (decision by Friday)").Build();

        Assert.Equal(new DateOnly(2026, 11, 13), InterviewAnalyzer.Analyze(e, Context()).Timeline?.RespondBy);
    }

    [Fact]
    public void Analyze_UsersZone_RemindsAtNineWithTheUsersOffset()
    {
        var analysis = InterviewAnalyzer.Analyze(new EventBuilder().Build(), Context("America/New_York"));

        Assert.Equal(new DateOnly(2026, 11, 17), analysis.StatusCheck?.Due);
        Assert.Equal(new DateTimeOffset(2026, 11, 17, 9, 0, 0, TimeSpan.FromHours(-5)), analysis.StatusCheck?.RemindAt);
        Assert.Equal(TimeSpan.FromHours(-5), analysis.StatusCheck?.RemindAt.Offset);
    }

    [Fact]
    public void Analyze_DueAfterDaylightSavingEnds_UsesTheOffsetOfTheDueDate()
    {
        // Tuesday 2026-10-27 in New York is still on daylight time; the due date, 2026-11-03, is not.
        var e = new EventBuilder().EndingAt(new DateTimeOffset(2026, 10, 27, 15, 0, 0, TimeSpan.FromHours(-4))).Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context("Eastern Standard Time"));

        Assert.Equal(new DateOnly(2026, 11, 3), analysis.StatusCheck?.Due);
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.FromHours(-5)), analysis.StatusCheck?.RemindAt);
    }

    [Fact]
    public void Analyze_StartOfWorkingHoursKnown_RemindsThen()
    {
        var context = Context("Europe/London") with
        {
            Schedule = UserSchedule.Default with { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), StartOfWorkingDay = new TimeOnly(8, 30) },
        };

        var analysis = InterviewAnalyzer.Analyze(new EventBuilder().Build(), context);

        Assert.Equal(new DateTimeOffset(2026, 11, 17, 8, 30, 0, TimeSpan.Zero), analysis.StatusCheck?.RemindAt);
    }

    [Theory]
    // 02:30Z on Wednesday is still Tuesday in Los Angeles; 23:30Z on Tuesday is already Wednesday in Tokyo.
    [InlineData("2026-11-11T02:30:00Z", "America/Los_Angeles", "2026-11-10", "2026-11-17")]
    [InlineData("2026-11-10T23:30:00Z", "Asia/Tokyo", "2026-11-11", "2026-11-18")]
    public void Analyze_EndOnAnotherUtcDate_UsesTheLocalDate(string end, string zone, string d, string due)
    {
        var e = new EventBuilder().EndingAt(DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture)).Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context(zone));

        Assert.Equal(DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), analysis.InterviewEndDate);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), analysis.StatusCheck?.Due);
    }

    [Fact]
    public void Analyze_SundayToThursdayWeek_CountsThoseBusinessDays()
    {
        var e = new EventBuilder().EndingAt(new DateTimeOffset(2026, 11, 12, 12, 0, 0, TimeSpan.Zero)).Build();
        var context = Context() with { Schedule = UserSchedule.Default with { WorkWeek = WorkWeek.SundayToThursday } };

        Assert.Equal(new DateOnly(2026, 11, 19), InterviewAnalyzer.Analyze(e, context).StatusCheck?.Due);
    }

    [Theory]
    [InlineData("2026-11-09", "2026-11-10")]
    [InlineData("2026-11-10", "2026-11-10")]
    public void Analyze_AllDayEvent_DIsItsLastDayNotTheDayItsEndFallsOn(string first, string last)
    {
        var e = new EventBuilder()
            .AllDay(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture))
            .WithHtmlBody("<p>We will make a decision within 3 business days.</p>")
            .Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context("America/New_York"));

        Assert.Equal(new DateOnly(2026, 11, 10), analysis.InterviewEndDate);
        Assert.Equal(new DateOnly(2026, 11, 13), analysis.Timeline?.RespondBy);
        Assert.Equal(new DateOnly(2026, 11, 17), analysis.StatusCheck?.Due);
    }

    [Fact]
    public void Analyze_AllDayEventWithoutItsEndDate_UsesTheDayBeforeTheLocalEnd()
    {
        var e = new EventBuilder().AllDay(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 10)).Build() with { AllDayEndDate = null };

        Assert.Equal(new DateOnly(2026, 11, 10), InterviewAnalyzer.InterviewEndDate(e, UserSchedule.Default));
    }

    [Theory]
    [InlineData(true, "Interview: Data Analyst - Contoso")]
    [InlineData(false, "Canceled: Interview: Data Analyst - Contoso")]
    [InlineData(false, "Cancelled: Interview - Data Analyst - Contoso")]
    public void Analyze_CancelledInterview_HasNoDraftsAndNoStatusCheck(bool flagged, string subject)
    {
        var builder = new EventBuilder().WithSubject(subject);
        var e = (flagged ? builder.Cancelled() : builder).Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context());

        Assert.True(analysis.IsCancelled);
        Assert.False(analysis.IsActionable);
        Assert.Empty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
        Assert.Contains(analysis.Warnings, w => w.Contains("cancelled", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_NoContactRequest_HasNoDraftsNoStatusCheckAndSaysWhy()
    {
        var e = new EventBuilder()
            .WithHtmlBody("<div>We ask that candidates do not contact the interviewers or send follow-up emails; we will contact you.</div>")
            .Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context());

        Assert.True(analysis.NoContact);
        Assert.NotNull(analysis.NoContactText);
        Assert.Empty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
        Assert.Contains(analysis.Warnings, w => w.Contains("asked candidates not to contact them", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_NoStatusInquiriesRequest_HasThankYousButNoStatusCheckAndSaysWhy()
    {
        var e = new EventBuilder()
            .WithHtmlBody("<div>Please refrain from contacting the hiring team about the status of your application; we will contact you.</div>")
            .Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context());

        Assert.False(analysis.NoContact);
        Assert.True(analysis.NoStatusInquiries);
        Assert.Contains("status of your application", analysis.NoStatusInquiriesText, StringComparison.Ordinal);
        Assert.NotEmpty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
        Assert.True(analysis.IsActionable);
        Assert.Contains(analysis.Warnings, w => w.Contains("no status-check reminder", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_AutomatedDoNotReplyFooter_IsNotANoContactRequest()
    {
        var e = new EventBuilder()
            .WithOrganizer("notifications@app.smartrecruiters.com", "Contoso Hiring")
            .WithAttendee("amy.chen@contoso.com", "Amy Chen")
            .WithHtmlBody("<div>Your interview is scheduled. This mailbox is not monitored; please do not reply to this message.</div>")
            .Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context());

        Assert.False(analysis.NoContact);
        Assert.Equal(["amy.chen@contoso.com"], analysis.ThankYouDrafts.Select(d => d.To.Address));
        Assert.Equal("amy.chen@contoso.com", analysis.StatusCheck?.To?.Address);
        Assert.Equal("notifications@app.smartrecruiters.com", analysis.Employer.SchedulingAddress);
    }

    [Fact]
    public void Analyze_InterviewerSide_HasNoDraftsAndNoStatusCheck()
    {
        var me = new MailboxUser(new EmailAddress("kim.lee@lucernepublishing.com"), "Kim Lee");
        var e = new EventBuilder()
            .WithSubject("Interview: Ana Souza - Editorial Assistant")
            .WithOrganizer("kim.lee@lucernepublishing.com", "Kim Lee")
            .OrganizedByMe()
            .WithAttendee("peter.wu@lucernepublishing.com", "Peter Wu")
            .WithHtmlBody("<div>Candidate interview. Feedback form attached.</div>")
            .Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context() with { User = me });

        Assert.Equal(InterviewKind.Interviewer, analysis.Classification.Kind);
        Assert.False(analysis.IsActionable);
        Assert.Empty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
    }

    [Fact]
    public void Analyze_NotAnInterview_HasNoDraftsAndNoStatusCheck()
    {
        var e = new EventBuilder().WithSubject("Mock interview with Bellows College career services").Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context());

        Assert.Equal(InterviewKind.NotInterview, analysis.Classification.Kind);
        Assert.Empty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
    }

    [Fact]
    public void Analyze_Keys_FollowTheContract()
    {
        var e = new EventBuilder()
            .WithId("AAMk42", "040000008200E00074C5B7101A82E008")
            .WithOrganizer("Amy.Chen@Contoso.COM", "Amy Chen")
            .Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context());

        Assert.Equal("040000008200E00074C5B7101A82E008", analysis.FollowUpId);
        Assert.Equal("thankyou:040000008200E00074C5B7101A82E008:amy.chen@contoso.com", Assert.Single(analysis.ThankYouDrafts).Key);
        Assert.Equal("statuscheck:040000008200E00074C5B7101A82E008", analysis.StatusCheck?.TaskKey);
        Assert.Equal("statuscheck-draft:040000008200E00074C5B7101A82E008", analysis.StatusCheck?.DraftKey);
    }

    [Fact]
    public void Analyze_NoICalUId_KeysUseTheEventId()
    {
        var e = new EventBuilder().WithId("AAMk42").Build() with { ICalUId = null };

        var analysis = InterviewAnalyzer.Analyze(e, Context());

        Assert.Equal("thankyou:AAMk42:amy.chen@contoso.com", Assert.Single(analysis.ThankYouDrafts).Key);
        Assert.Equal("statuscheck:AAMk42", analysis.StatusCheck?.TaskKey);
    }

    [Fact]
    public void Analyze_SameInputTwice_GivesEqualOutput()
    {
        var e = new EventBuilder()
            .WithAttendee("bob.lee@contoso.com", "Bob Lee")
            .WithHtmlBody("<p>We&rsquo;ll get back to you within 2 weeks.</p>")
            .Build();
        var context = Context("America/New_York") with { Notes = new Dictionary<string, string> { ["bob.lee@contoso.com"] = "the dashboard redesign" } };

        var first = JsonSerializer.Serialize(InterviewAnalyzer.Analyze(e, context));
        var second = JsonSerializer.Serialize(InterviewAnalyzer.Analyze(e, context));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Analyze_Notes_AreMatchedByAddressInAnyCase()
    {
        var e = new EventBuilder().WithAttendee("bob.lee@contoso.com", "Bob Lee").Build();
        var context = Context() with { Notes = new Dictionary<string, string> { [" Bob.Lee@Contoso.com "] = "the dashboard redesign" } };

        var analysis = InterviewAnalyzer.Analyze(e, context);

        var bob = analysis.ThankYouDrafts.Single(d => d.To.Address == "bob.lee@contoso.com");
        var amy = analysis.ThankYouDrafts.Single(d => d.To.Address == "amy.chen@contoso.com");
        Assert.Contains("the dashboard redesign", bob.Text.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain(bob.Warnings, w => w.StartsWith("No note for", StringComparison.Ordinal));
        Assert.Contains(amy.Warnings, w => w.StartsWith("No note for", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_NotesMissingForSeveral_WarnsOnce()
    {
        var e = new EventBuilder().WithAttendee("bob.lee@contoso.com", "Bob Lee").Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context());

        Assert.Single(analysis.Warnings, w => w.StartsWith("You have not written notes for 2 interviewers", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_NowAfterSendBy_WarnsThatSendByPassed()
    {
        var analysis = InterviewAnalyzer.Analyze(new EventBuilder().Build(), Context() with { Now = TuesdayEnd.AddDays(2) });

        Assert.Contains(Assert.Single(analysis.ThankYouDrafts).Warnings, w => w.StartsWith("It is more than a day since the interview", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_NowAtTheEnd_HasNoTimingWarnings()
    {
        var analysis = InterviewAnalyzer.Analyze(new EventBuilder().Build(), Context() with { Now = TuesdayEnd });

        Assert.DoesNotContain(Assert.Single(analysis.ThankYouDrafts).Warnings, w => w.StartsWith("It is more than a day", StringComparison.Ordinal));
        Assert.DoesNotContain(analysis.Warnings, w => w.Contains("passed", StringComparison.Ordinal) || w.Contains("not ended", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_OnlyASchedulingSystemInTheInvite_NoDraftsNoStatusCheckAndSaysWhy()
    {
        var e = new EventBuilder()
            .WithOrganizer("no-reply@greenhouse.io", "Contoso Recruiting")
            .Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context());

        Assert.Empty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
        Assert.Contains(FollowUpReasons.NoInterviewersSentence, analysis.Warnings);
        Assert.Contains(FollowUpReasons.NoStatusCheckRecipientSentence, analysis.Warnings);
    }

    [Fact]
    public void Analyze_Employer_CollectsDomainsAndPublicAddresses()
    {
        var e = new EventBuilder()
            .WithOrganizer("amy.chen@mail.contoso.com", "Amy Chen")
            .WithAttendee("bob.lee@contoso.com", "Bob Lee")
            .WithAttendee("freelance.raj@gmail.com", "Raj Mehta")
            .Build();

        var employer = InterviewAnalyzer.Analyze(e, Context()).Employer;

        Assert.Equal(["contoso.com"], employer.Domains);
        Assert.Equal(["freelance.raj@gmail.com"], employer.Addresses);
        Assert.Equal("Contoso", employer.Company);
    }

    [Theory]
    [InlineData("2026-11-10", null, "2026-11-17")]
    [InlineData("2026-11-10", "2026-11-13", "2026-11-17")]
    [InlineData("2026-11-13", null, "2026-11-20")]
    public void StatusCheckDue_RespondByOrNot_FollowsThePolicy(string d, string? respondBy, string expected)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var due = InterviewAnalyzer.StatusCheckDue(DateOnly.Parse(d, inv), respondBy is null ? null : DateOnly.Parse(respondBy, inv), WorkWeek.MondayToFriday);

        Assert.Equal(DateOnly.Parse(expected, inv), due);
    }

    [Fact]
    public void Analyze_UsersOwnStatusCheckPolicy_ChangesTheDueDate()
    {
        var e = new EventBuilder().WithHtmlBody("<p>We'll let you know by Friday.</p>").Build();
        var context = Context() with { Policy = new StatusCheckPolicy(GraceBusinessDays: 3, DefaultBusinessDays: 7) };

        Assert.Equal(new DateOnly(2026, 11, 18), InterviewAnalyzer.Analyze(e, context).StatusCheck?.Due);
        Assert.Equal(new DateOnly(2026, 11, 19), InterviewAnalyzer.Analyze(new EventBuilder().Build(), context).StatusCheck?.Due);
    }

    [Fact]
    public void Analyze_NotAnInterview_HasNoRoleOrCompany()
    {
        var e = new EventBuilder().WithSubject("Podcast interview - Contoso").Build();

        var analysis = InterviewAnalyzer.Analyze(e, Context());

        Assert.Null(analysis.Role);
        Assert.Null(analysis.Company);
    }

    private static AnalysisContext Context(string zone = "UTC") =>
        new(EventBuilder.Candidate, new UserSchedule(TimeZoneInfo.FindSystemTimeZoneById(zone), WorkWeek.MondayToFriday, UserSchedule.DefaultStartOfWorkingDay));
}
