using System.Globalization;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Core.Text;
using OutlookFollowUp.Core.Timelines;

namespace OutlookFollowUp.Core.Tests.Timelines;

// Dates used below: 2026-11-09 is a Monday, 2026-11-10 a Tuesday, 2026-11-13 a Friday, 2026-12-28 a Monday.
public sealed class TimelineExtractorTests
{
    private const string Tue = "2026-11-10";
    private const string Fri = "2026-11-13";

    [Theory]
    // weekdays: the first such day after D; D itself a Friday → next week's
    [InlineData("We will make a decision by Friday.", Tue, "2026-11-13")]
    [InlineData("We will make a decision by Friday.", Fri, "2026-11-20")]
    [InlineData("We'll let you know by Thursday.", Tue, "2026-11-12")]
    [InlineData("We'll let you know by Monday.", Tue, "2026-11-16")]
    [InlineData("You will hear back from us by Tuesday.", Tue, "2026-11-17")]
    [InlineData("we will let you know by friday", Tue, "2026-11-13")]
    [InlineData("We'll update you by Fri.", Tue, "2026-11-13")]
    [InlineData("Next steps will be shared by Wednesday.", Tue, "2026-11-11")]
    [InlineData("By Friday, we will let you know our decision.", Tue, "2026-11-13")]
    // "next Friday": the Friday of the following week
    [InlineData("We hope to reach a decision next Friday.", Tue, "2026-11-20")]
    [InlineData("We will get back to you by next Friday.", "2026-11-09", "2026-11-20")]
    [InlineData("We will get back to you by next Friday.", Fri, "2026-11-20")]
    [InlineData("We'll get back to you Monday next week.", Tue, "2026-11-16")]
    [InlineData("We'll get back to you on Tuesday of next week.", Tue, "2026-11-17")]
    [InlineData("We'll get back to you Friday next week.", Tue, "2026-11-20")]
    [InlineData("We'll get back to you this Friday.", Tue, "2026-11-13")]
    // month names, abbreviations with and without a dot, ordinals, day-first
    [InlineData("We will get back to you by December 4.", Tue, "2026-12-04")]
    [InlineData("We will get back to you by Dec 4th.", Tue, "2026-12-04")]
    [InlineData("We will get back to you by Dec. 4.", Tue, "2026-12-04")]
    [InlineData("We will get back to you by Dec 4", Tue, "2026-12-04")]
    [InlineData("We will be in touch by 4 December.", Tue, "2026-12-04")]
    [InlineData("We will be in touch by 4th December.", Tue, "2026-12-04")]
    [InlineData("We will be in touch by the 4th of December.", Tue, "2026-12-04")]
    [InlineData("We expect to reach a decision by December fourth.", Tue, "2026-12-04")]
    [InlineData("We expect to reach a decision by December twenty-first.", Tue, "2026-12-21")]
    [InlineData("We will reach out by Nov 20.", Tue, "2026-11-20")]
    [InlineData("We will reach out by Nov. 20th.", Tue, "2026-11-20")]
    [InlineData("A decision will be made by November 20th, 2026.", Tue, "2026-11-20")]
    [InlineData("The hiring manager will reach out by Thursday, November 19.", Tue, "2026-11-19")]
    [InlineData("We will let you know by Friday, December 4.", Tue, "2026-12-04")]
    [InlineData("We will let you know by December 4th.", "2026-12-04", "2026-12-04")]
    [InlineData("We will let you know the outcome by 20 November.", "2026-11-09", "2026-11-20")]
    [InlineData("We will let you know by the 20th.", Tue, "2026-11-20")]
    [InlineData("We will let you know by the 5th.", Tue, "2026-12-05")]
    // US numeric dates
    [InlineData("Expect to hear from us by 12/4.", Tue, "2026-12-04")]
    [InlineData("Expect to hear from us by 12/4/2026.", Tue, "2026-12-04")]
    [InlineData("We aim to reach a decision by 11/20.", Tue, "2026-11-20")]
    // year rollover
    [InlineData("We will get back to you by January 5.", "2026-12-28", "2027-01-05")]
    [InlineData("We will get back to you by Jan 5th.", "2026-12-28", "2027-01-05")]
    [InlineData("We will get back to you by Jan. 5.", "2026-12-28", "2027-01-05")]
    [InlineData("We will get back to you by 1/5.", "2026-12-28", "2027-01-05")]
    [InlineData("We will get back to you by the 5th.", "2026-12-28", "2027-01-05")]
    // the end of the week: the last working day of D's week
    [InlineData("We'll let you know by the end of the week.", Tue, "2026-11-13")]
    [InlineData("We hope to let you know by the end of this week.", Tue, "2026-11-13")]
    [InlineData("You will hear from us by the end of the week.", Fri, "2026-11-13")]
    [InlineData("We will get back to you by end of next week.", Tue, "2026-11-20")]
    [InlineData("We will get back to you by the end of next week.", Fri, "2026-11-20")]
    [InlineData("We will get back to you next week.", Tue, "2026-11-20")]
    [InlineData("We will follow up with you next week.", Fri, "2026-11-20")]
    [InlineData("You'll hear back from us early next week.", "2026-11-11", "2026-11-20")]
    [InlineData("We will get back to you next week.", "2026-11-14", "2026-11-20")]
    [InlineData("We will get back to you by the end of next week.", "2026-11-15", "2026-11-20")]
    // durations
    [InlineData("We will get back to you within 5 days.", Tue, "2026-11-15")]
    [InlineData("We'll be in touch within 2 days.", Tue, "2026-11-12")]
    [InlineData("We will get back to you within ten days.", Tue, "2026-11-20")]
    [InlineData("We will get back to you within twenty-one days.", Tue, "2026-12-01")]
    [InlineData("We'll be in touch within 3 business days.", Tue, "2026-11-13")]
    [InlineData("Our team will get back to you within 3 business days.", Fri, "2026-11-18")]
    [InlineData("We'll be in touch within 3 working days.", Tue, "2026-11-13")]
    [InlineData("We'll be in touch within three working days.", Tue, "2026-11-13")]
    [InlineData("We'll be in touch within 5 business days.", Tue, "2026-11-17")]
    [InlineData("We will respond to all candidates within 10 business days.", Tue, "2026-11-24")]
    [InlineData("We'll follow up with you within 2 weeks.", "2026-11-09", "2026-11-23")]
    [InlineData("We will be in touch within two weeks.", Tue, "2026-11-24")]
    [InlineData("You should hear from us in the next 2 weeks.", Tue, "2026-11-24")]
    [InlineData("You should hear from us in the next two weeks.", Tue, "2026-11-24")]
    [InlineData("We'll get back to you within a week.", Tue, "2026-11-17")]
    [InlineData("We'll make our decision in about a week.", Tue, "2026-11-17")]
    [InlineData("We'll get back to you within the next week.", Tue, "2026-11-17")]
    [InlineData("We'll get back to you in a couple of weeks.", Tue, "2026-11-24")]
    [InlineData("We'll get back to you in a couple weeks.", Tue, "2026-11-24")]
    [InlineData("We'll get back to you in a couple of days.", Tue, "2026-11-12")]
    [InlineData("We'll get back to you in a few days.", Tue, "2026-11-13")]
    [InlineData("We'll get back to you in a few days.", Fri, "2026-11-18")]
    [InlineData("We expect to have an update for you within a few days.", Tue, "2026-11-13")]
    [InlineData("We should have an update for you in a week or two.", Tue, "2026-11-24")]
    [InlineData("We will make a decision by the end of the month.", Tue, "2026-11-30")]
    [InlineData("We will make a decision by the end of the month.", "2026-12-28", "2026-12-31")]
    // ranges count by their upper end
    [InlineData("Expect to hear back in 7-10 business days.", Tue, "2026-11-24")]
    [InlineData("Expect to hear back in 7\u201310 business days.", Tue, "2026-11-24")]
    [InlineData("Expect to hear back in 7 \u2013 10 business days.", Tue, "2026-11-24")]
    [InlineData("We will get back to you in 1 to 2 weeks.", Tue, "2026-11-24")]
    [InlineData("Feedback will be shared in 1-2 weeks.", Tue, "2026-11-24")]
    [InlineData("We will get back to you within 2 or 3 days.", Tue, "2026-11-13")]
    // hours → D + ceil(N / 24) days
    [InlineData("We will contact you within forty-eight hours.", Tue, "2026-11-12")]
    [InlineData("We will contact you within 48 hours.", Tue, "2026-11-12")]
    [InlineData("We will contact you within 24 hours.", Tue, "2026-11-11")]
    [InlineData("We will contact you within 36 hours.", Tue, "2026-11-12")]
    [InlineData("We will contact you within 72 hrs.", Tue, "2026-11-13")]
    [InlineData("We will let you know two to three days after the interview.", Tue, "2026-11-13")]
    // several statements: the latest wins
    [InlineData("We'll reach out by Friday. A final decision will be made within 2 weeks.", Tue, "2026-11-24")]
    [InlineData("A final decision will be made within 2 weeks. We'll reach out by Friday.", Tue, "2026-11-24")]
    [InlineData("We will make a decision by Friday; if not, you'll hear from us by November 30.", Tue, "2026-11-30")]
    // only the employer's part of a mixed sentence counts
    [InlineData("Please send your references by Wednesday and we'll be in touch next week.", Tue, "2026-11-20")]
    [InlineData("Please confirm your availability by Monday; we will make a decision by Friday.", Tue, "2026-11-13")]
    [InlineData("Return the form within 48 hours, and we'll get back to you within 2 weeks.", Tue, "2026-11-24")]
    [InlineData("Please arrive 10 minutes early. We'll be in touch within 3 business days.", Tue, "2026-11-13")]
    [InlineData("Please complete the assessment within 3 days and we'll let you know the results by Friday.", Tue, "2026-11-13")]
    // more ways of saying it
    [InlineData("We will get back to you within the next 2 weeks.", Tue, "2026-11-24")]
    [InlineData("You can expect to hear from us by mid-November.", Tue, "2026-11-15")]
    [InlineData("You can expect to hear from us by the end of November.", Tue, "2026-11-30")]
    [InlineData("We'll let you know by 4 Dec.", Tue, "2026-12-04")]
    [InlineData("We'll let you know by Monday, November 16th.", Tue, "2026-11-16")]
    [InlineData("We will reach out to the successful candidates by Friday.", Tue, "2026-11-13")]
    [InlineData("Please feel free to reach out to me. We'll decide by Friday.", Tue, "2026-11-13")]
    [InlineData("Hiring decisions are typically made within 2 weeks.", Tue, "2026-11-24")]
    [InlineData("We will let you know by COB Friday.", Tue, "2026-11-13")]
    [InlineData("We'll let you know by EOD tomorrow.", Tue, "2026-11-11")]
    [InlineData("We'll circle back with you in two weeks.", Tue, "2026-11-24")]
    [InlineData("Our recruiter will contact you within seven business days.", Tue, "2026-11-19")]
    [InlineData("We aim to give you feedback within 5 working days.", Tue, "2026-11-17")]
    [InlineData("The hiring team will make their decision in 10 days.", Tue, "2026-11-20")]
    [InlineData("We will notify all candidates by November 20.", Tue, "2026-11-20")]
    [InlineData("We'll get back to you the week of November 23.", Tue, "2026-11-27")]
    [InlineData("We will let you know by Wed 11/18.", Tue, "2026-11-18")]
    [InlineData("We'll be in touch in 2-3 weeks.", Tue, "2026-12-01")]
    [InlineData("We'll be in touch in two to three weeks.", Tue, "2026-12-01")]
    [InlineData("We'll be in touch in 2 to 3 business days.", Tue, "2026-11-13")]
    [InlineData("We'll be in touch within 1 week.", Tue, "2026-11-17")]
    [InlineData("We'll be in touch within one week.", Tue, "2026-11-17")]
    [InlineData("We will get back to you in a day or two.", Tue, "2026-11-12")]
    [InlineData("We'll get back to you within a couple of business days.", Tue, "2026-11-12")]
    [InlineData("We'll get back to you within a few business days.", Tue, "2026-11-13")]
    [InlineData("We'll get back to you within a few weeks.", Tue, "2026-12-01")]
    [InlineData("We will make our final decision by Friday the 13th.", Tue, "2026-11-13")]
    [InlineData("Expect an update from us by Thursday.", Tue, "2026-11-12")]
    [InlineData("Please confirm by Monday. We'll reach out by Friday.", Tue, "2026-11-13")]
    [InlineData("We'll reach out by Friday. Please confirm by Monday.", Tue, "2026-11-13")]
    [InlineData("Kindly complete the form by Monday, and we will contact you by Friday.", Tue, "2026-11-13")]
    [InlineData("We will contact you by Friday to schedule the next round.", Tue, "2026-11-13")]
    [InlineData("We will let you know within 2 weeks whether you move forward.", Tue, "2026-11-24")]
    [InlineData("You will hear from the recruiter by December 1st with next steps.", Tue, "2026-12-01")]
    [InlineData("Please let us know your availability by Monday so that we can get back to you by Friday.", Tue, "2026-11-13")]
    [InlineData("Please send your references by Wednesday, and we'll be in touch next week.", Tue, "2026-11-20")]
    [InlineData("Please send your references by Wednesday so we can make a decision by Friday.", Tue, "2026-11-13")]
    [InlineData("After you submit the assessment within 3 days, we will get back to you within a week.", Tue, "2026-11-17")]
    [InlineData("Expect a decision within 2 weeks.", Tue, "2026-11-24")]
    [InlineData("A decision is expected next week.", Tue, "2026-11-20")]
    [InlineData("We'll update you next Tuesday.", Tue, "2026-11-17")]
    [InlineData("We hope to have news for you by Friday.", Tue, "2026-11-13")]
    [InlineData("We'll get back to you the week of 23 November.", Tue, "2026-11-27")]
    [InlineData("We'll get back to you the week after next.", Tue, "2026-11-27")]
    [InlineData("We will get back to you later this week.", Tue, "2026-11-13")]
    [InlineData("We will make a decision by end of month.", Tue, "2026-11-30")]
    [InlineData("We will make a decision by month end.", Tue, "2026-11-30")]
    [InlineData("We will make a decision by month-end.", Tue, "2026-11-30")]
    [InlineData("We will make a decision by the end of this month.", Tue, "2026-11-30")]
    [InlineData("We'll let you know by end of week.", Tue, "2026-11-13")]
    [InlineData("We'll let you know by EOW.", Tue, "2026-11-13")]
    [InlineData("We'll let you know by end of next week.", Tue, "2026-11-20")]
    [InlineData("We'll let you know by the end of the following week.", Tue, "2026-11-20")]
    [InlineData("We'll let you know by the end of the next week.", Tue, "2026-11-20")]
    [InlineData("We will make a decision by end of day Friday.", Tue, "2026-11-13")]
    [InlineData("We'll have an answer for you early next month.", Tue, "2026-12-07")]
    [InlineData("We'll let you know within the week.", Tue, "2026-11-13")]
    [InlineData("We will be in touch before the weekend.", Tue, "2026-11-13")]
    [InlineData("We'll follow up within 2-3 business days.", Tue, "2026-11-13")]
    [InlineData("We'll get back to you in 5 business days or less.", Tue, "2026-11-17")]
    [InlineData("We'll get back to you no later than Friday.", Tue, "2026-11-13")]
    [InlineData("We'll get back to you no later than November 20.", Tue, "2026-11-20")]
    [InlineData("Decisions will be communicated within fourteen days.", Tue, "2026-11-24")]
    [InlineData("You will hear from us within 10 working days of the interview.", Tue, "2026-11-24")]
    [InlineData("We aim to respond within two working days.", Tue, "2026-11-12")]
    public void Extract_EmployerStatement_ResolvesRespondBy(string text, string d, string expected)
    {
        Assert.Equal(Date(expected), RespondBy(text, d));
    }

    [Theory]
    [InlineData("Please confirm your availability by Monday.")]
    [InlineData("Please return the form within 48 hours.")]
    [InlineData("Return the form within 48 hours.")]
    [InlineData("The interview lasts 45 minutes.")]
    [InlineData("Please arrive 10 minutes early.")]
    [InlineData("Please let us know by Friday.")]
    [InlineData("Please let us know by Friday if you need any accommodations.")]
    [InlineData("Please send your references by Wednesday.")]
    [InlineData("Please complete the assessment within 3 days.")]
    [InlineData("Reply by Monday.")]
    [InlineData("Please respond by Monday.")]
    [InlineData("The position closes on Friday.")]
    [InlineData("You can reach out to us by Friday.")]
    [InlineData("Feel free to contact us by Friday with any questions.")]
    [InlineData("Submit your portfolio by December 4.")]
    [InlineData("Please sign the NDA within 2 business days.")]
    [InlineData("Please upload your documents within 24 hours.")]
    [InlineData("Please RSVP by Friday.")]
    [InlineData("The onsite will take place next Friday.")]
    [InlineData("Please schedule your second round within the next week.")]
    [InlineData("Get back to us by Friday with your availability.")]
    [InlineData("Our office is closed next week.")]
    [InlineData("We were founded 20 years ago and have 300 people.")]
    [InlineData("Please let us know your availability for next week.")]
    [InlineData("The interview will last about an hour; please arrive 15 minutes early.")]
    [InlineData("Please review the job description before Friday.")]
    [InlineData("If you have questions before Friday, let us know.")]
    [InlineData("We will be in touch regarding next steps.")]
    [InlineData("The interview is on Friday.")]
    [InlineData("Please be ready by 9am Friday.")]
    [InlineData("Interview lasts 1 hour. We're hiring fast.")]
    [InlineData("Your assessment results will be available within 24 hours.")]
    [InlineData("We will send you the test link within 24 hours.")]
    [InlineData("You will receive a calendar invite within 2 days.")]
    [InlineData("The recruiter will call you on Friday at 3pm for the phone screen.")]
    [InlineData("Please submit your feedback form within 24 hours.")]
    [InlineData("We will be in touch before Thanksgiving.")]
    public void Extract_NotAnEmployerStatement_ReturnsNull(string text)
    {
        Assert.Null(RespondBy(text, Tue));
    }

    [Fact]
    public void Extract_TextWithoutTimeline_ReturnsNull()
    {
        Assert.Null(RespondBy("", Tue));
        Assert.Null(RespondBy("Looking forward to speaking with you.", Tue));
        Assert.Null(RespondBy("We will make a decision soon.", Tue));
    }

    [Theory]
    [InlineData("We'll let you know by the end of the week.", Tue, "2026-11-12")]
    [InlineData("We'll let you know by the end of this week.", "2026-11-08", "2026-11-12")]
    [InlineData("We'll let you know by the end of the week.", "2026-11-12", "2026-11-12")]
    [InlineData("We will get back to you by end of next week.", Tue, "2026-11-19")]
    [InlineData("We will get back to you next week.", Tue, "2026-11-19")]
    [InlineData("We will get back to you next week.", "2026-11-08", "2026-11-19")]
    [InlineData("You'll hear back from us early next week.", "2026-11-12", "2026-11-19")]
    [InlineData("We'll be in touch within 3 business days.", Tue, "2026-11-15")]
    [InlineData("We'll get back to you in a few days.", "2026-11-12", "2026-11-17")]
    public void Extract_SundayToThursdayWeek_UsesThatWorkWeek(string text, string d, string expected)
    {
        Assert.Equal(Date(expected), RespondBy(text, d, WorkWeek.SundayToThursday));
    }

    [Fact]
    public void Extract_EndOfWeekOnAWeekend_MeansTheComingWorkWeek()
    {
        // A Saturday belongs to no Mon–Fri working week; the end of "the week" is the coming one's.
        Assert.Equal(Date("2026-11-20"), RespondBy("We'll let you know by the end of the week.", "2026-11-14"));
        // A Friday in a Sun–Thu week is the same: the next Thursday.
        Assert.Equal(Date("2026-11-19"), RespondBy("We'll let you know by the end of the week.", Fri, WorkWeek.SundayToThursday));
    }

    [Theory]
    [InlineData("<p>We&rsquo;ll get back to you by&nbsp;Friday.</p>", "2026-11-13")]
    [InlineData("<div>You&#8217;ll hear back within&nbsp;3&nbsp;business&nbsp;days.</div>", "2026-11-13")]
    [InlineData("<p>Expect to hear back in 7&ndash;10 business days.</p>", "2026-11-24")]
    [InlineData("<p>Hi Ana,<br>we will get back to you by Dec&nbsp;4th.</p>", "2026-12-04")]
    [InlineData("<p>Please send your references by Wednesday.</p><p>We&rsquo;ll be in touch next week.</p>", "2026-11-20")]
    public void Extract_HtmlAfterPlainText_ResolvesRespondBy(string html, string? expected)
    {
        var text = PlainText.FromBody(html, isHtml: true);

        var respondBy = TimelineExtractor.Extract(text, Date(Tue)!.Value, WorkWeek.MondayToFriday)?.RespondBy;

        Assert.Equal(Date(expected), respondBy);
    }

    [Fact]
    public void Extract_Statement_KeepsSentenceAndPhrase()
    {
        var timeline = TimelineExtractor.Extract("Thanks for coming in. We will make a decision by Friday.", Date(Tue)!.Value, WorkWeek.MondayToFriday);

        Assert.NotNull(timeline);
        Assert.Equal("We will make a decision by Friday.", timeline.Text);
        Assert.Contains("Friday", timeline.Phrase, StringComparison.Ordinal);
    }

    [Fact]
    public void FindAll_SeveralStatements_ReturnsThemInReadingOrder()
    {
        var all = TimelineExtractor.FindAll("We'll reach out by Friday. A final decision will be made within 2 weeks.", Date(Tue)!.Value, WorkWeek.MondayToFriday);

        Assert.Equal([Date("2026-11-13")!.Value, Date("2026-11-24")!.Value], all.Select(t => t.RespondBy));
    }

    private static DateOnly? RespondBy(string text, string d, WorkWeek? week = null) =>
        TimelineExtractor.Extract(PlainText.Normalize(text), Date(d)!.Value, week ?? WorkWeek.MondayToFriday)?.RespondBy;

    private static DateOnly? Date(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    // the date counts in the clause that carries the response verb
    [InlineData("We're finishing our conversations this week and will decide by Thursday.", "2026-11-12")]
    [InlineData("We are meeting candidates this week and will decide by Thursday.", "2026-11-12")]
    [InlineData("We have two more interviews on Friday, and then we will let you know by Monday.", "2026-11-16")]
    [InlineData("The team meets next week but should reach out by Wednesday.", "2026-11-11")]
    [InlineData("Please submit your references by Friday so we can decide by Wednesday next week.", "2026-11-18")]
    [InlineData("Interviews continue through Friday; we'll follow up with all candidates by the 20th.", "2026-11-20")]
    [InlineData("Our team meets on Thursdays, so expect a response early next week.", "2026-11-20")]
    // COB, EOD, no later than, decisions go out on, by the ordinal, a fortnight
    [InlineData("We will let you know by COB Thursday.", "2026-11-12")]
    [InlineData("You'll hear from us by EOD Wednesday.", "2026-11-11")]
    [InlineData("We will make a decision no later than Friday.", "2026-11-13")]
    [InlineData("Decisions go out on December 9.", "2026-12-09")]
    [InlineData("We will get back to you by the 15th.", "2026-11-15")]
    [InlineData("We will get back to you by the 3rd.", "2026-12-03")]
    [InlineData("We will let you know within a fortnight.", "2026-11-24")]
    [InlineData("Expect to hear back within two fortnights.", "2026-12-08")]
    public void Extract_FidelityCases_ResolveToTheStatedDay(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), TimelineExtractor.Extract(text, DateOnly.Parse(Tue, CultureInfo.InvariantCulture), WorkWeek.MondayToFriday)?.RespondBy);
    }

    [Theory]
    [InlineData("The assessment link expires in 3 days; we'll be in touch after that.")]
    [InlineData("If you have questions, let us know by Friday.")]
    [InlineData("We are reviewing candidates until Friday. A decision will follow.")]
    [InlineData("Please return the signed form within 48 hours.")]
    [InlineData("We'll be in touch soon.")]
    public void Extract_TimeThatIsNotTheResponse_NoTimeline(string text)
    {
        Assert.Null(TimelineExtractor.Extract(text, DateOnly.Parse(Tue, CultureInfo.InvariantCulture), WorkWeek.MondayToFriday));
    }

    [Theory]
    [InlineData("We will let you know by November 2.", "2026-11-02")]
    [InlineData("Decisions go out on 11/5.", "2026-11-05")]
    [InlineData("We will be in touch by the end of October.", "2026-10-31")]
    [InlineData("We will get back to you by November 2, 2026.", "2026-11-02")]
    public void Read_StatedDateBeforeD_IsStaleNeverNextYear(string text, string stale)
    {
        var reading = TimelineExtractor.Read(text, DateOnly.Parse(Tue, CultureInfo.InvariantCulture), WorkWeek.MondayToFriday);

        Assert.Null(reading.Timeline);
        Assert.Equal(DateOnly.Parse(stale, CultureInfo.InvariantCulture), Assert.Single(reading.Stale).RespondBy);
    }

    [Theory]
    [InlineData("We will let you know by January 8.", "2026-12-28", "2027-01-08")]
    [InlineData("We will let you know by February 2.", "2026-12-28", "2027-02-02")]
    [InlineData("We will let you know by December 30.", "2026-12-28", "2026-12-30")]
    public void Extract_EarlyMonthSaidInDecember_NextYear(string text, string d, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), TimelineExtractor.Extract(text, DateOnly.Parse(d, CultureInfo.InvariantCulture), WorkWeek.MondayToFriday)?.RespondBy);
    }

    [Fact]
    public void Read_StaleAndValidStatements_ValidWinsStaleReported()
    {
        var reading = TimelineExtractor.Read("We will decide by November 2. We will now let you know within a week.", DateOnly.Parse(Tue, CultureInfo.InvariantCulture), WorkWeek.MondayToFriday);

        Assert.Equal(new DateOnly(2026, 11, 17), reading.Timeline?.RespondBy);
        Assert.Equal(new DateOnly(2026, 11, 2), Assert.Single(reading.Stale).RespondBy);
    }
}
