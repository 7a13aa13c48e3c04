using System.Text.RegularExpressions;
using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Core.Tests.Analysis;

/// <summary>
/// Whole invites, written as Outlook, Teams, Zoom and hiring systems send them (HTML wrapped in the source, entities,
/// &lt;br&gt;, &lt;p&gt;, &lt;div&gt;, &lt;li&gt;), read end to end: what reaches a draft is right or absent.
/// D is Tuesday 2026-11-10 unless a case says otherwise.
/// </summary>
public sealed partial class InviteFidelityTests
{
    private static readonly MailboxUser Ana = EventBuilder.Candidate;

    // ---- classification kinds ----------------------------------------------------------------------------------

    [Theory]
    // the press: a journalist or host interviews the user
    [InlineData("Interview about your startup - Tech Weekly", "<p>Thanks for agreeing to be interviewed about your startup for our column. Our reporter Jo Park will call you.</p>", "jo.park@techweekly.example")]
    [InlineData("Founders Hour - recording", "<div>Thanks for joining us as a guest on the show! Our host will\ninterview you about your company.</div>", "host@foundershour.fm")]
    [InlineData("Interview request: Daily Planet", "<p>I'm a journalist at the Daily Planet and would love to interview you for an article on remote work.</p>", "lois@dailyplanet.example")]
    [InlineData("Interview: Jo Park - Tech Weekly", "<p>Our reporter will interview you about your startup.</p>", "jo.park@techweekly.example")]
    [InlineData("Interview request", "<p>We're writing an article about the position of women in tech and would love to interview you.</p>", "writer@techmag.example")]
    [InlineData("TV interview - Morning Live segment", "<p>Our producer will meet you at the studio.</p>", "desk@channel9.example")]
    // visa, embassy, consulate, immigration appointments
    [InlineData("Visa interview appointment", "<p>Your visa interview appointment at the Consulate General is confirmed. Bring your passport.</p>", "appointments@consulate.example")]
    [InlineData("Interview appointment - Embassy", "<p>Please arrive 15 minutes early to the embassy with your documents.</p>", "visas@embassy.example")]
    [InlineData("USCIS naturalization interview", "", "noreply@uscis.example")]
    // stay and exit interviews with the user's employer, research, mock
    [InlineData("Exit interview", "<p>As part of your offboarding, HR would like to hold an exit interview.</p>", "hr@fabrikam.com")]
    [InlineData("Stay interview with your manager", "", "boss@fabrikam.com")]
    [InlineData("User interview: onboarding flow", "<p>We'd love to hear about your experience with our product.</p>", "pm@contoso.com")]
    [InlineData("Research session - 30 min", "<p>Thanks for signing up as a research participant; you'll get a gift card.</p>", "ux@contoso.com")]
    [InlineData("Practice interview with Bellows career center", "", "coach@bellows.edu")]
    [InlineData("Mock interview", "<p>Let's run a mock interview to prepare you.</p>", "friend@gmail.com")]
    // networking without any sign of an opening
    [InlineData("Informational interview", "<p>Happy to share what my day looks like.</p>", "lee@contoso.com")]
    public void Analyze_NotAJobInterview_NothingToFollowUp(string subject, string html, string organizer)
    {
        var analysis = Analyze(new EventBuilder().WithSubject(subject).WithHtmlBody(html).WithOrganizer(organizer, "Someone"));

        Assert.Equal(InterviewKind.NotInterview, analysis.Classification.Kind);
        Assert.Empty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
        Assert.Equal(FollowUpReasons.NotInterviewSentence, FollowUpReasons.NothingToDo(analysis));
    }

    [Theory]
    [InlineData("Journalist - Interview - Daily Planet", "<p>Thank you for applying for the Journalist position.</p>")]
    [InlineData("Interview: Immigration Paralegal - Contoso", "<p>Thank you for applying for the Immigration Paralegal role.</p>")]
    [InlineData("Interview - Product Manager - Contoso", "<p>We would love to hear about your experience with customer research.</p>")]
    [InlineData("Interview - UX Researcher - Contoso", "<p>You will present a past usability study to the panel.</p>")]
    [InlineData("Interview: Podcast Host - Contoso", "<p>Thanks for applying for the Podcast Host role.</p>")]
    [InlineData("Coffee chat with Wide World Importers", "<p>Our recruiter would love to tell you about the Data Analyst role.</p>")]
    [InlineData("Informational interview - Contoso", "<p>Thanks for your interest in the Product Designer position; this is a first conversation with our recruiting team.</p>")]
    public void Analyze_JobInterviewWithMisleadingWords_IsCandidateInterview(string subject, string html)
    {
        var analysis = Analyze(new EventBuilder().WithSubject(subject).WithHtmlBody(html));

        Assert.Equal(InterviewKind.CandidateInterview, analysis.Classification.Kind);
        Assert.NotEmpty(analysis.ThankYouDrafts);
    }

    [Theory]
    [InlineData("Interview: Ana Souza for Backend Engineer", "<p>You have a new meeting scheduled with candidate jordan.smith@gmail.com.</p><p>Interview kit: https://app.greenhouse.io/kits/1</p>")]
    [InlineData("Backend Engineer - Jordan Smith", "<div>You've been added as an interviewer.</div><div>Please submit your feedback for the candidate within 24 hours.</div>")]
    [InlineData("Interview - Backend Engineer", "<p>View the candidate profile and resume before the call.</p>")]
    public void Analyze_HiringSystemNoticeToTheInterviewer_IsInterviewer(string subject, string html)
    {
        var e = new EventBuilder().WithSubject(subject).WithHtmlBody(html).WithOrganizer("no-reply@greenhouse.io", "Contoso Recruiting")
            .ClearAttendees().WithAttendee("ana.souza@outlook.com", "Ana Souza").WithAttendee("jordan.smith@gmail.com", "Jordan Smith");

        var analysis = Analyze(e);

        Assert.Equal(InterviewKind.Interviewer, analysis.Classification.Kind);
        Assert.Empty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
    }

    [Fact]
    public void Analyze_SubjectMarksSomeoneElseAsTheCandidate_IsInterviewer()
    {
        var e = new EventBuilder().WithSubject("Interview: Jordan Smith (Candidate) - Backend Engineer").WithHtmlBody("<p>Please review the resume before the call.</p>");

        Assert.Equal(InterviewKind.Interviewer, Analyze(e).Classification.Kind);
    }

    [Fact]
    public void Analyze_PlainTextBodyWrappedMidSentence_TimelineReadAcrossTheWrap()
    {
        var e = new EventBuilder().WithTextBody("Hi Ana,\nWe will review everything and get back to you by\nFriday next week.\nAmy");

        Assert.Equal(new DateOnly(2026, 11, 20), Analyze(e).Timeline?.RespondBy);
    }

    [Fact]
    public void Analyze_NoticeThatNamesTheUserAsTheCandidate_StaysCandidateInterview()
    {
        var e = new EventBuilder().WithSubject("Interview: Backend Engineer - Contoso")
            .WithHtmlBody("<p>You have a new meeting scheduled with ana.souza@outlook.com and Amy Chen.</p>");

        Assert.Equal(InterviewKind.CandidateInterview, Analyze(e).Classification.Kind);
    }

    [Theory]
    [InlineData("On-Demand Video Interview", "<p>Thank you for your interest in the Data Analyst position at Contoso. Please complete your on-demand video interview using the link below. There is no live interviewer.</p>", "no-reply@hirevue.com", "HireVue")]
    [InlineData("Contoso - one-way video interview", "<p>Record your answers to five questions at any time before Friday.</p>", "noreply@sparkhire.example", "Spark Hire")]
    [InlineData("Your AI interview for Data Analyst", "<p>Our AI interviewer will ask you a few questions about the Data Analyst position.</p>", "no-reply@greenhouse.io", "Contoso Recruiting")]
    public void Analyze_OneWayVideoInterview_CandidateInterviewWithNobodyToThank(string subject, string html, string organizer, string name)
    {
        var analysis = Analyze(new EventBuilder().WithSubject(subject).WithHtmlBody(html).WithOrganizer(organizer, name));

        Assert.Equal(InterviewKind.CandidateInterview, analysis.Classification.Kind);
        Assert.True(analysis.Classification.IsOneWay);
        Assert.Empty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
        Assert.Contains(FollowUpReasons.OneWaySentence, analysis.Warnings);
        Assert.NotEqual("On-Demand", analysis.Company);
        Assert.NotEqual("HireVue", analysis.Company);
    }

    // ---- what goes into a draft ------------------------------------------------------------------------------

    [Theory]
    // the subject's company plus the body's first word, across a line or a sentence
    [InlineData("Interview with Northwind Traders", "<div>Hi Ana,</div><div>Thank you for applying with Northwind Traders</div><div>Thank you again.</div>", "amy.chen@northwindtraders.com", null, "Northwind Traders")]
    [InlineData("Interview", "<p>We look forward to meeting you at Northwind Traders. I will send the agenda.</p>", "amy.chen@northwindtraders.com", null, "Northwind Traders")]
    // a "coffee chat" subject
    [InlineData("Wide World Importers coffee chat", "<p>Our recruiter will walk you through the Buyer role.</p>", "li.wei@wideworldimporters.com", "Buyer", "Wide World Importers")]
    // a whole subject line that is no role, and "Link Enclosed!"
    [InlineData("Your Contoso Interview for Data Analyst is Today - Link Enclosed!", "<p>Join here</p>", "amy.chen@contoso.com", "Data Analyst", "Contoso")]
    // Zoom's "w/", Teams' prefix, a source line break inside the company's sentence
    [InlineData("Zoom: Data Analyst interview w/ Tailspin Toys", "<p>Amy Chen is inviting you to a scheduled Zoom meeting.</p>", "amy.chen@tailspintoys.com", "Data Analyst", "Tailspin Toys")]
    [InlineData("Microsoft Teams meeting: Interview - Product Designer - Fabrikam", "<div>________________</div><div>Microsoft Teams meeting</div><div>Join on your computer</div>", "sam.ortiz@fabrikam.com", "Product Designer", "Fabrikam")]
    [InlineData("Phone screen", "<p>Looking forward to our call about the Marketing Coordinator opening at\nLitware.</p><p>Rosa Diaz<br>Talent Acquisition | Litware, Inc.</p>", "rosa.diaz@gmail.com", "Marketing Coordinator", "Litware")]
    // a team mailbox names the employer; a company word ("Coffee") is part of the name, a name's part is not the name
    [InlineData("Group interview - Barista - Fourth Coffee", "", "hiring@fourthcoffee.com", "Barista", "Fourth Coffee")]
    // a comma parts the role from the company
    [InlineData("Second round: Data Scientist, Lucerne Publishing", "<p>You'll hear from us by the end of next week.</p>", "grace.hall@lucernepublishing.com", "Data Scientist", "Lucerne Publishing")]
    // a hiring system's own name is not the employer; the body's "position with {Company}" wraps in the source
    [InlineData("Interview Invitation: Senior Accountant", "<div>Thank you for your interest in the Senior Accountant position with\nWoodgrove Bank.</div>", "no-reply@myworkday.com", "Senior Accountant", "Woodgrove Bank")]
    // a weekday is no role, a place is not part of the name, a location line names the employer only by its label
    [InlineData("Contoso Interview - Monday", "", "amy.chen@contoso.com", null, "Contoso")]
    [InlineData("Interview at Contoso HQ", "<p>Please check in at the front desk.</p>", "amy.chen@contoso.com", null, "Contoso")]
    [InlineData("Interview for Warehouse Associate", "<p>Location: Contoso Distribution Center, 123 Main St.</p>", "hr@contoso.com", "Warehouse Associate", "Contoso")]
    [InlineData("Interview", "<p>Thank you for applying to the Nurse position at St. Mary Hospital.</p>", "amy@stmaryhospital.org", "Nurse", "St. Mary Hospital")]
    // a team is no role, a requisition number is not part of the title
    [InlineData("Interview - Platform Team - Contoso", "", "amy.chen@contoso.com", null, "Contoso")]
    [InlineData("Interview: Data Analyst, JR-2231", "", "amy.chen@contoso.com", "Data Analyst", null)]
    [InlineData("Data Analyst - Req #4411 - Interview", "", "amy.chen@contoso.com", "Data Analyst", null)]
    // a hiring system's name before the colon is no role; a signature or a details table names the employer
    [InlineData("Ashby: Interview with Fabrikam", "<p>Here are the details for your upcoming Backend Engineer interview at Fabrikam.</p>", "sam@fabrikam.com", null, "Fabrikam")]
    [InlineData("Data Analyst Interview", "<p>Looking forward to chatting.</p><p>--<br>Amy Chen<br>Senior Recruiter<br>Contoso Ltd.<br>+1 555 0100</p>", "amy.chen@gmail.com", "Data Analyst", "Contoso Ltd")]
    [InlineData("Upcoming interview", "<table><tr><td>Job Title:</td><td>Data Analyst</td></tr><tr><td>Company:</td><td>Woodgrove</td></tr></table>", "amy.chen@gmail.com", "Data Analyst", "Woodgrove")]
    // entities and list items
    [InlineData("Interview: Travel Consultant - Margie&#39;s Travel", "<ul><li>Meet Lucy</li><li>Tour the office</li></ul>", "lucy.gray@margiestravel.com", "Travel Consultant", "Margie's Travel")]
    public void Analyze_RealisticInvite_RoleAndCompanyAreRightOrAbsent(string subject, string html, string organizer, string? role, string? company)
    {
        var analysis = Analyze(new EventBuilder().WithSubject(System.Net.WebUtility.HtmlDecode(subject)).WithHtmlBody(html).WithOrganizer(organizer, "Someone Else"));

        Assert.Equal(role, analysis.Role);
        Assert.Equal(company, analysis.Company is { } c ? c.TrimEnd(',', '.') : null);
    }

    [Fact]
    public void Analyze_PersonSendingThroughAHiringSystem_IsNotTheCompany()
    {
        var analysis = Analyze(new EventBuilder().WithSubject("Interview - Data Analyst").WithHtmlBody("<p>See you then.</p>").WithOrganizer("no-reply@greenhouse.io", "Amy Chen via Greenhouse"));

        Assert.Null(analysis.Company);
    }

    [Fact]
    public void Analyze_TeamMailboxNamedForTheEmployer_NamesTheCompany()
    {
        var analysis = Analyze(new EventBuilder().WithSubject("Interview - Software Engineer II").WithOrganizer("recruiting@proseware.com", "Proseware Recruiting"));

        Assert.Equal(("Software Engineer II", "Proseware"), (analysis.Role, analysis.Company));
    }

    [Theory]
    [InlineData("Interview - Data Analyst - Fabrikam", "recruiter.jo@gmail.com", "Fabrikam")]
    [InlineData("Interview: Data Analyst | Globex Unlimited", "amy@recruit-agency.example", "Globex Unlimited")]
    [InlineData("Interview with Sarah Johnson for Data Analyst", "recruiting@talentbridge.example", "Sarah Johnson")]
    public void Analyze_CompanyNothingBacks_NeutralWordingAndAWarning(string subject, string organizer, string unconfirmed)
    {
        var analysis = Analyze(new EventBuilder().WithSubject(subject).WithHtmlBody("<p>Talk soon.</p>").WithOrganizer(organizer, "Jo Park").ClearAttendees().WithAttendee("ana.souza@outlook.com", "Ana Souza"));

        Assert.Null(analysis.Company);
        Assert.Equal("Data Analyst", analysis.Role);
        var draft = Assert.Single(analysis.ThankYouDrafts);
        Assert.DoesNotContain(unconfirmed, draft.Text.BodyText, StringComparison.Ordinal);
        Assert.Contains("your team", draft.Text.BodyText, StringComparison.Ordinal);
        Assert.Contains(analysis.Warnings, w => w.Contains(unconfirmed, StringComparison.Ordinal) && w.Contains("your team", StringComparison.Ordinal));
    }

    // ---- timelines ------------------------------------------------------------------------------------------------

    [Theory]
    // a source line break in the HTML is a space
    [InlineData("<div>Thanks for your time. We will make a decision and get back to you by\nFriday.</div>", "2026-11-13")]
    [InlineData("<p>We'll be\r\nin touch with next steps by end of day Wednesday.</p>", "2026-11-11")]
    // the date stands in the clause with the response verb
    [InlineData("<p>We're finishing our conversations this week and will decide by Thursday.</p>", "2026-11-12")]
    [InlineData("<p>We are interviewing other candidates through next week, and should have a decision by Friday.</p>", "2026-11-13")]
    // COB/EOD, no later than, decisions go out on, the ordinal, a fortnight
    [InlineData("<p>We will let you know the outcome by COB Thursday.</p>", "2026-11-12")]
    [InlineData("<p>We aim to make a decision no later than Friday.</p>", "2026-11-13")]
    [InlineData("<p>Decisions go out on November 20.</p>", "2026-11-20")]
    [InlineData("<p>Hi Ana, we will get back to you by the 20th.</p>", "2026-11-20")]
    [InlineData("<p>We expect to share a decision within a fortnight.</p>", "2026-11-24")]
    // a break in the HTML ends the sentence: the date on the next line is not the response's
    [InlineData("<div>We will be in touch</div><div>Friday: bring your portfolio</div>", null)]
    // not a timeline: something the candidate is asked to do
    [InlineData("<p>Please confirm your availability by Monday.</p>", null)]
    public void Analyze_StatedTimeline_ReadAsABrowserShowsIt(string html, string? respondBy)
    {
        var analysis = Analyze(new EventBuilder().WithHtmlBody(html));

        Assert.Equal(respondBy is null ? null : DateOnly.Parse(respondBy, System.Globalization.CultureInfo.InvariantCulture), analysis.Timeline?.RespondBy);
    }

    [Theory]
    [InlineData("<p>We will let you know by November 2.</p>", "November 2")]
    [InlineData("<p>Our decision will be shared by 10/30.</p>", "October 30")]
    [InlineData("<p>We will get back to you by the end of October.</p>", "October 31")]
    public void Analyze_StatedDateBeforeTheInterview_IgnoredWithAWarningNeverRolledAYear(string html, string stated)
    {
        var analysis = Analyze(new EventBuilder().WithHtmlBody(html));

        Assert.Null(analysis.Timeline);
        Assert.Equal(new DateOnly(2026, 11, 17), analysis.StatusCheck?.Due); // D + 5 business days, never 2027
        Assert.Contains(analysis.Warnings, w => w.Contains(stated, StringComparison.Ordinal) && w.Contains("before your interview", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_JanuaryDateSaidInDecember_IsNextYear()
    {
        var e = new EventBuilder().EndingAt(new DateTimeOffset(2026, 12, 15, 16, 0, 0, TimeSpan.Zero)).WithHtmlBody("<p>We will let you know by January 8.</p>");

        Assert.Equal(new DateOnly(2027, 1, 8), Analyze(e).Timeline?.RespondBy);
    }

    // ---- recipients and the status check ----------------------------------------------------------------------

    [Fact]
    public void Analyze_GroupInterview_FellowCandidatesAndTheUsersOtherAddressAreNotThanked()
    {
        var e = new EventBuilder().WithSubject("Group interview - Barista - Fourth Coffee").WithOrganizer("mo.ali@fourthcoffee.com", "Mo Ali")
            .WithAttendee("rita.moreno@fourthcoffee.com", "Rita Moreno")
            .WithAttendee("jane.doe@gmail.com", "Jane Doe")
            .WithAttendee("bob.smith@yahoo.com", "Bob Smith")
            .WithAttendee("ana.souza.work@gmail.com", "Ana Souza");

        var analysis = Analyze(e);

        Assert.Equal(["mo.ali@fourthcoffee.com", "rita.moreno@fourthcoffee.com"], analysis.ThankYouDrafts.Select(d => d.To.Address));
        Assert.Equal("mo.ali@fourthcoffee.com", analysis.StatusCheck?.To?.Address);
    }

    [Fact]
    public void Analyze_RecruiterOnAPublicDomainAlone_IsThanked()
    {
        var e = new EventBuilder().WithSubject("Phone screen - Data Analyst - Contoso").WithOrganizer("rosa.diaz@gmail.com", "Rosa Diaz");

        Assert.Equal(["rosa.diaz@gmail.com"], Analyze(e).ThankYouDrafts.Select(d => d.To.Address));
    }

    [Fact]
    public void Analyze_NoEligibleRecipient_NoStatusCheckAndTheReasonSaysSo()
    {
        var e = new EventBuilder().WithOrganizer("no-reply@myworkday.com", "Workday").ClearAttendees().WithAttendee("ana.souza@outlook.com", "Ana Souza");

        var analysis = Analyze(e);

        Assert.Empty(analysis.ThankYouDrafts);
        Assert.Null(analysis.StatusCheck);
        Assert.Equal(FollowUpReasons.NoStatusCheckRecipientSentence, FollowUpReasons.NoStatusCheck(analysis));
        Assert.Equal(FollowUpReasons.NoInterviewersSentence, FollowUpReasons.NothingToDo(analysis));
    }

    // ---- plain language ---------------------------------------------------------------------------------------

    [Fact]
    public void Analyze_EveryWarningAndReason_PlainLanguageWithoutIsoStampsOrJargon()
    {
        var events = new[]
        {
            new EventBuilder().WithHtmlBody("<p>We will let you know by November 2.</p>").WithAttendee("bob.lee@contoso.com", "Bob Lee"),
            new EventBuilder().WithOrganizer("no-reply@greenhouse.io", "Greenhouse"),
            new EventBuilder().WithSubject("Interview - Data Analyst - Fabrikam").WithOrganizer("jo@gmail.com", null),
            new EventBuilder().WithHtmlBody("<p>We do not give out status updates.</p>"),
            new EventBuilder().WithHtmlBody("<p>Please do not contact the interviewers.</p>"),
            new EventBuilder().WithSubject("Radio interview - morning show"),
        };
        var late = Context() with { Now = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero) };
        foreach (var e in events)
        {
            var analysis = InterviewAnalyzer.Analyze(e.Build(), late);
            var texts = analysis.Warnings.Concat(analysis.Classification.Reasons).Concat(analysis.ThankYouDrafts.SelectMany(d => d.Warnings))
                .Append(FollowUpReasons.NothingToDo(analysis) ?? "").Append(FollowUpReasons.NoStatusCheck(analysis) ?? "");
            foreach (var text in texts)
            {
                Assert.DoesNotMatch(IsoStamp(), text);
                Assert.DoesNotMatch(Jargon(), text);
            }
        }
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoStamp();

    [GeneratedRegex(@"generic:|candidate-interview|not-interview|send-by|status-check date \(|placeholder left|greeting mismatch|role missing")]
    private static partial Regex Jargon();

    private static InterviewAnalysis Analyze(EventBuilder builder) => InterviewAnalyzer.Analyze(builder.Build(), Context());

    private static AnalysisContext Context() => new(Ana, UserSchedule.Default);
}
