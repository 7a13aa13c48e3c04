using System.Globalization;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Replies;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Replies;

// Dates used below: 2026-12-08 is a Tuesday, 2026-12-11 a Friday, 2026-12-14 a Monday.
public sealed class ReplyReadingTests
{
    private static readonly DateTimeOffset InterviewEnd = new(2026, 12, 7, 16, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TuesdayAfternoon = new(2026, 12, 8, 15, 0, 0, TimeSpan.Zero);
    private static readonly EmployerContacts Contoso = new(["contoso.com"], ["amy@contoso.com"], "no-reply@greenhouse.io", "Contoso");
    private static readonly MailboxUser Ana = new(new EmailAddress("ana@example.com"), "Ana Lopez");

    [Theory]
    [InlineData("Thanks for your note! We'll have an update for you by Friday.", "2026-12-11")]
    [InlineData("Thanks for your patience. We expect to decide within two weeks.", "2026-12-22")]
    [InlineData("We're still reviewing and will get back to you early next week.", "2026-12-18")]
    [InlineData("Hi Ana, we will let you know by December 18.", "2026-12-18")]
    public void NewRespondBy_ReplyWithTimeline_IsTheStatedDate(string preview, string expected)
    {
        var timeline = ReplyTimeline.NewRespondBy("Re: Thank you", preview, Date("2026-12-08"), WorkWeek.MondayToFriday);

        Assert.NotNull(timeline);
        Assert.Equal(Date(expected), timeline.RespondBy);
        Assert.Contains(timeline.Text, preview, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Please confirm your availability by Monday.")]
    [InlineData("Thanks! On Mon, Dec 7, 2026 Amy Chen wrote: we will decide by Friday.")]
    [InlineData("We said we would decide by December 1.")]
    [InlineData("Thanks for your note, Ana!")]
    [InlineData("")]
    public void NewRespondBy_NoNewTimeline_IsNull(string preview)
    {
        Assert.Null(ReplyTimeline.NewRespondBy("Re: Thank you", preview, Date("2026-12-08"), WorkWeek.MondayToFriday));
    }

    [Fact]
    public void NewRespondBy_Subject_IsReadUnlessItIsAReply()
    {
        Assert.Equal(Date("2026-12-11"), ReplyTimeline.NewRespondBy("We will decide by Friday", "", Date("2026-12-08"), WorkWeek.MondayToFriday)?.RespondBy);
        Assert.Null(ReplyTimeline.NewRespondBy("Re: We will decide by Friday", "", Date("2026-12-08"), WorkWeek.MondayToFriday));
    }

    [Fact]
    public void Read_AcknowledgementWithTimeline_MovesTheStatusCheck()
    {
        var reading = Read(Message("Re: Thank you", "Thanks for your note, Ana! We expect to decide within two weeks."));

        Assert.Equal(ReplyVerdict.EmployerReply, reading.Verdict);
        Assert.Equal(ReplyOutcome.Acknowledgement, reading.Outcome);
        Assert.Equal(Date("2026-12-22"), reading.NewRespondBy?.RespondBy);
        Assert.True(reading.MovesStatusCheck);
        Assert.False(reading.CompletesStatusCheck);
        Assert.Equal(Date("2026-12-24"), reading.MovedDue(WorkWeek.MondayToFriday));
        Assert.Equal(Date("2026-12-28"), reading.MovedDue(WorkWeek.MondayToFriday, new StatusCheckPolicy(GraceBusinessDays: 4)));
        Assert.Contains(reading.Reasons, r => r.Contains("new timeline", StringComparison.Ordinal) && r.Contains("December 22", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OtherWithTimeline_MovesTheStatusCheck()
    {
        var reading = Read(Message("Re: Status", "Hi Ana, the team is still meeting candidates; we'll have an update for you by Friday."));

        Assert.Equal(ReplyOutcome.Other, reading.Outcome);
        Assert.Equal(Date("2026-12-11"), reading.NewRespondBy?.RespondBy);
        Assert.True(reading.MovesStatusCheck);
    }

    [Fact]
    public void Read_AcknowledgementWithoutTimeline_NeitherCompletesNorMoves()
    {
        var reading = Read(Message("Re: Thank you", "Thanks for your note, Ana!"));

        Assert.Equal(ReplyOutcome.Acknowledgement, reading.Outcome);
        Assert.False(reading.CompletesStatusCheck);
        Assert.False(reading.MovesStatusCheck);
        Assert.Null(reading.MovedDue(WorkWeek.MondayToFriday));
    }

    [Fact]
    public void Read_NextStepWithTimeline_CompletesAndKeepsNoTimeline()
    {
        var reading = Read(Message("Next round", "We'd like to invite you to a final interview; we will decide by Friday."));

        Assert.Equal(ReplyOutcome.NextStep, reading.Outcome);
        Assert.Null(reading.NewRespondBy);
        Assert.True(reading.CompletesStatusCheck);
        Assert.False(reading.IsRejection);
    }

    [Fact]
    public void Read_Rejection_CompletesAndIsARejection()
    {
        var reading = Read(Message("Your application", "We regret to inform you that we have decided to move forward with other candidates."));

        Assert.Equal(ReplyOutcome.Rejection, reading.Outcome);
        Assert.True(reading.CompletesStatusCheck);
        Assert.True(reading.IsRejection);
        Assert.NotNull(reading.Evidence);
    }

    [Fact]
    public void Read_TimelineRelativeToTheLocalDate_UsesTheUsersZone()
    {
        // 03:00 UTC on Saturday is still Friday evening in Los Angeles: "tomorrow" is Saturday there.
        var message = Message("Re: Thank you", "Thanks for your note! We will let you know tomorrow.") with { ReceivedAt = new DateTimeOffset(2026, 12, 12, 3, 0, 0, TimeSpan.Zero) };
        var la = new UserSchedule(TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"), WorkWeek.MondayToFriday, new TimeOnly(9, 0));

        Assert.Equal(Date("2026-12-12"), ReplyDetector.Read(message, Contoso, Ana, InterviewEnd, la).NewRespondBy?.RespondBy);
        Assert.Equal(Date("2026-12-13"), Read(message).NewRespondBy?.RespondBy);
    }

    [Fact]
    public void Read_OutOfOfficeFromTheEmployer_GivesTheReturnAndTheDeferral()
    {
        var reading = Read(Message("Automatic reply: Thank you", "I am out of the office until Monday, December 14."));

        Assert.Equal(ReplyVerdict.AutomaticReply, reading.Verdict);
        Assert.Null(reading.Outcome);
        Assert.Equal(Date("2026-12-14"), reading.Return?.FirstDayBack);
        Assert.Equal(Date("2026-12-15"), reading.DeferredDue(Date("2026-12-11"), WorkWeek.MondayToFriday));
        Assert.Null(reading.DeferredDue(Date("2026-12-16"), WorkWeek.MondayToFriday));
        Assert.False(reading.CompletesStatusCheck);
        Assert.Contains("back on Monday, December 14, 2026", reading.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OutOfOfficeDayFirst_ReadsTheLocalesDates()
    {
        var message = Message("Automatic reply: Thank you", "I am on leave until 14/12.");

        Assert.Equal(Date("2026-12-14"), Read(message).Return?.FirstDayBack);
        Assert.Equal(Date("2026-12-10"), ReplyDetector.Read(Message("Automatic reply", "Back on 10/12."), Contoso, Ana, InterviewEnd, UserSchedule.Default, dayFirst: true).Return?.FirstDayBack);
    }

    [Fact]
    public void Read_OutOfOfficeWithoutDate_SaysNothingChanges()
    {
        var reading = Read(Message("Automatic reply: Thank you", "I am out of the office with limited access to email."));

        Assert.Null(reading.Return);
        Assert.Null(reading.DeferredDue(Date("2026-12-11"), WorkWeek.MondayToFriday));
        Assert.Contains("nothing changes", reading.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OutOfOfficeFromAStranger_IsNotRead()
    {
        var message = Message("Automatic reply: Thank you", "I am out of the office until December 14.") with { From = new EmailAddress("bob@fabrikam.com") };

        var reading = Read(message);

        Assert.Equal(ReplyVerdict.AutomaticReply, reading.Verdict);
        Assert.Null(reading.Return);
        Assert.Empty(reading.Reasons);
    }

    [Fact]
    public void Read_NotFromTheEmployer_HasNoOutcome()
    {
        var reading = Read(Message("Your application", "We regret to inform you...") with { From = new EmailAddress("hr@fabrikam.com") });

        Assert.Equal(ReplyVerdict.NotFromEmployer, reading.Verdict);
        Assert.Null(reading.Outcome);
        Assert.False(reading.CompletesStatusCheck);
        Assert.False(reading.IsRejection);
        Assert.Empty(reading.Reasons);
    }

    [Theory]
    [InlineData("amy@contoso.com", false, "2026-12-08T15:00:00Z", "Re: Thank you", ReplyVerdict.EmployerReply)]
    [InlineData("bob@mail.contoso.com", false, "2026-12-08T15:00:00Z", "Re: Thank you", ReplyVerdict.EmployerReply)]
    [InlineData("amy@contoso.com", true, "2026-12-08T15:00:00Z", "Re: Thank you", ReplyVerdict.NotInbound)]
    [InlineData("ana@example.com", false, "2026-12-08T15:00:00Z", "Re: Thank you", ReplyVerdict.NotInbound)]
    [InlineData("amy@contoso.com", false, "2026-12-07T15:00:00Z", "Re: Thank you", ReplyVerdict.BeforeInterview)]
    [InlineData("amy@contoso.com", false, "2026-12-08T15:00:00Z", "Automatic reply: Thank you", ReplyVerdict.AutomaticReply)]
    [InlineData("hr@fabrikam.com", false, "2026-12-08T15:00:00Z", "Re: Thank you", ReplyVerdict.NotFromEmployer)]
    public void Read_Verdict_IsJudges(string from, bool isDraft, string receivedAt, string subject, ReplyVerdict expected)
    {
        var message = new InboundMessage("m1", new EmailAddress(from), DateTimeOffset.Parse(receivedAt, CultureInfo.InvariantCulture), subject, "Thanks!", isDraft);

        Assert.Equal(expected, ReplyDetector.Judge(message, Contoso, Ana, InterviewEnd));
        Assert.Equal(expected, Read(message).Verdict);
    }

    [Fact]
    public void Read_SchedulingSystemNamingTheCompany_IsAReplyWithAnOutcome()
    {
        var message = Message("Your application to Contoso", "Unfortunately, the position has been filled.") with { From = new EmailAddress("no-reply@greenhouse.io") };

        var reading = Read(message);

        Assert.Equal(ReplyVerdict.EmployerReply, reading.Verdict);
        Assert.Equal(ReplyOutcome.Rejection, reading.Outcome);
    }

    private static ReplyReading Read(InboundMessage message) => ReplyDetector.Read(message, Contoso, Ana, InterviewEnd, UserSchedule.Default);

    private static InboundMessage Message(string subject, string preview) =>
        new("m1", new EmailAddress("amy@contoso.com"), TuesdayAfternoon, subject, preview, IsDraft: false);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
