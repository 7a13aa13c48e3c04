using OutlookFollowUp.Core.Classification;
using OutlookFollowUp.Core.Extraction;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Text;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Core.Tests.Classification;

public sealed class InterviewClassifierTests
{
    private static readonly MailboxUser Ana = EventBuilder.Candidate;

    [Theory]
    [InlineData("Interview: Data Analyst - Contoso", "")]
    [InlineData("Phone screen with Contoso", "")]
    [InlineData("Phone Screen: Senior Software Engineer (Contoso)", "")]
    [InlineData("Interview - Customer Success Manager - Contoso", "")]
    [InlineData("Customer Success Manager at Contoso", "Thank you for applying; this is your interview with the hiring manager.")]
    [InlineData("Interview: Podcast Producer - Contoso", "Thank you for applying for the Podcast Producer position.")]
    [InlineData("Podcast Producer - Contoso", "We are excited to interview you for the Podcast Producer position.")]
    [InlineData("Contoso - Data Analyst", "This is your interview for the Data Analyst position.")]
    [InlineData("Chat with Amy", "We'd like to invite you to interview for the Marketing Manager position.")]
    [InlineData("Onsite interview - Contoso", "")]
    [InlineData("Final round - Product Manager - Contoso", "You will meet the hiring manager and two engineers.")]
    [InlineData("Technical interview", "")]
    [InlineData("Recruiter call - Contoso", "")]
    [InlineData("Canceled: Interview - Store Manager - Munson's Pickles", "Canceled.")]
    [InlineData("UX Research Lead - Interview - Contoso", "")]
    [InlineData("Interview: User Researcher - Contoso", "")]
    [InlineData("Interview: Customer Research Manager - Contoso", "")]
    [InlineData("Onsite: Data Analyst - Contoso", "")]
    [InlineData("Meet the team - Contoso", "We look forward to discussing the position with you.")]
    public void Classify_JobInterviewFromAnotherOrganization_IsCandidateInterview(string subject, string body)
    {
        var e = new EventBuilder().WithSubject(subject).WithTextBody(body).Build();

        var result = Classify(e, Ana);

        Assert.Equal(InterviewKind.CandidateInterview, result.Kind);
        Assert.Equal("candidate-interview", result.Label);
        Assert.NotEmpty(result.Reasons);
    }

    [Fact]
    public void Classify_InviteFromHiringSystem_IsCandidateInterview()
    {
        var e = new EventBuilder()
            .WithSubject("Interview Scheduled: Ana Souza - Travel Consultant at Margie's Travel")
            .WithOrganizer("notifications@app.smartrecruiters.com", "Margie's Travel Hiring")
            .ClearAttendees()
            .WithAttendee("lucy.gray@margiestravel.com", "Lucy Gray")
            .WithAttendee("ana.souza@outlook.com", "Ana Souza")
            .WithTextBody("Your interview is scheduled. This mailbox is not monitored; please do not reply to this message.")
            .Build();

        Assert.Equal(InterviewKind.CandidateInterview, Classify(e, Ana).Kind);
    }

    [Fact]
    public void Classify_OrganizerOnPublicDomainLikeTheUser_IsCandidateInterview()
    {
        var me = new MailboxUser(new EmailAddress("ana.souza@gmail.com"), "Ana Souza");
        var e = new EventBuilder()
            .WithOrganizer("amy.chen.recruits@gmail.com", "Amy Chen")
            .ClearAttendees()
            .WithAttendee("ana.souza@gmail.com", "Ana Souza")
            .Build();

        Assert.Equal(InterviewKind.CandidateInterview, Classify(e, me).Kind);
    }

    [Fact]
    public void Classify_UserOrganizes_IsInterviewer()
    {
        var me = new MailboxUser(new EmailAddress("kim.lee@lucernepublishing.com"), "Kim Lee");
        var e = new EventBuilder()
            .WithSubject("Interview: Ana Souza - Editorial Assistant")
            .WithOrganizer("kim.lee@lucernepublishing.com", "Kim Lee")
            .OrganizedByMe()
            .WithAttendee("peter.wu@lucernepublishing.com", "Peter Wu")
            .WithTextBody("Candidate interview. Feedback form attached.")
            .Build();

        var result = Classify(e, me);

        Assert.Equal(InterviewKind.Interviewer, result.Kind);
        Assert.Equal("interviewer", result.Label);
    }

    [Fact]
    public void Classify_OrganizerIsTheUserByAddressOnly_IsInterviewer()
    {
        var me = new MailboxUser(new EmailAddress("Kim.Lee@LucernePublishing.com"), "Kim Lee");
        var e = new EventBuilder()
            .WithSubject("Interview - Editorial Assistant")
            .WithOrganizer("kim.lee@lucernepublishing.com", "Kim Lee")
            .Build();

        Assert.Equal(InterviewKind.Interviewer, Classify(e, me).Kind);
    }

    [Theory]
    [InlineData("peter.wu@lucernepublishing.com")]
    [InlineData("peter.wu@hr.lucernepublishing.com")]
    public void Classify_OrganizerInTheUsersOwnOrganization_IsInterviewer(string organizer)
    {
        var me = new MailboxUser(new EmailAddress("kim.lee@lucernepublishing.com"), "Kim Lee");
        var e = new EventBuilder()
            .WithSubject("Interview - Editorial Assistant")
            .WithOrganizer(organizer, "Peter Wu")
            .ClearAttendees()
            .WithAttendee("kim.lee@lucernepublishing.com", "Kim Lee")
            .WithAttendee("ana.souza@outlook.com", "Ana Souza")
            .Build();

        Assert.Equal(InterviewKind.Interviewer, Classify(e, me).Kind);
    }

    [Fact]
    public void Classify_ColleaguesOnAnInviteFromAHiringSystem_IsInterviewer()
    {
        var me = new MailboxUser(new EmailAddress("sam.ortiz@fabrikam.com"), "Sam Ortiz");
        var e = new EventBuilder()
            .WithSubject("Interview: Data Analyst")
            .WithOrganizer("no-reply@greenhouse.io", "Fabrikam Recruiting")
            .ClearAttendees()
            .WithAttendee("sam.ortiz@fabrikam.com", "Sam Ortiz")
            .WithAttendee("lee.park@fabrikam.com", "Lee Park")
            .WithAttendee("ana.souza@outlook.com", "Ana Souza")
            .Build();

        Assert.Equal(InterviewKind.Interviewer, Classify(e, me).Kind);
    }

    [Theory]
    [InlineData("Interview scorecard: Ana Souza")]
    [InlineData("Candidate: Ana Souza - Data Analyst")]
    [InlineData("Interview kit - Data Analyst")]
    public void Classify_HiringSideWording_IsInterviewer(string subject)
    {
        var me = new MailboxUser(new EmailAddress("sam.ortiz@fabrikam.com"), "Sam Ortiz");
        var e = new EventBuilder()
            .WithSubject(subject)
            .WithOrganizer("no-reply@greenhouse.io", "Fabrikam Recruiting")
            .ClearAttendees()
            .WithAttendee("sam.ortiz@fabrikam.com", "Sam Ortiz")
            .Build();

        Assert.Equal(InterviewKind.Interviewer, Classify(e, me).Kind);
    }

    [Fact]
    public void Classify_CandidateWordingThatNamesTheUser_StaysCandidateInterview()
    {
        var e = new EventBuilder()
            .WithSubject("Candidate Interview: Ana Souza - Data Analyst")
            .WithOrganizer("no-reply@greenhouse.io", "Contoso Recruiting")
            .ClearAttendees()
            .WithAttendee("ana.souza@outlook.com", "Ana Souza")
            .WithAttendee("amy.chen@contoso.com", "Amy Chen")
            .Build();

        Assert.Equal(InterviewKind.CandidateInterview, Classify(e, Ana).Kind);
    }

    [Theory]
    [InlineData("Podcast interview with the Contoso CTO", "")]
    [InlineData("Podcast recording", "We will talk about your book.")]
    [InlineData("Radio interview - morning show", "Live segment about your book.")]
    [InlineData("Press interview with The Daily Planet", "")]
    [InlineData("TV interview", "")]
    [InlineData("User research interview", "We'd like your feedback on the checkout flow.")]
    [InlineData("User interview: checkout flow", "")]
    [InlineData("Customer interview - Fabrikam", "Discovery call about their billing needs.")]
    [InlineData("Exit interview", "HR would like to hear about your time here.")]
    [InlineData("Mock interview with Bellows College career services", "Practice session with feedback.")]
    [InlineData("Practice interview", "")]
    [InlineData("Interview prep with career coach", "")]
    [InlineData("Career coaching session", "We will review your resume and interview skills.")]
    [InlineData("Webinar: How to ace your job interview", "")]
    [InlineData("Interview debrief: Data Analyst candidates", "")]
    [InlineData("Informational interview with Amy", "")]
    [InlineData("Editorial planning meeting", "Agenda: Q1 list.")]
    [InlineData("Team onsite", "Agenda and travel details for the team offsite.")]
    [InlineData("Weekly sync", "")]
    [InlineData("Lunch", "")]
    [InlineData("Job interview practice with Amy", "")]
    [InlineData("Interviewing skills workshop", "")]
    [InlineData("Hiring committee sync", "")]
    [InlineData("Panel discussion: the future of publishing", "")]
    [InlineData("UX research session", "We'd like to watch you use the new app.")]
    [InlineData("Customer discovery call", "")]
    public void Classify_ThingsThatAreNotJobInterviews_IsNotInterview(string subject, string body)
    {
        var e = new EventBuilder()
            .WithSubject(subject)
            .WithTextBody(body)
            .WithOrganizer("amy.chen@contoso.com", "Amy Chen")
            .Build();

        var result = Classify(e, Ana);

        Assert.Equal(InterviewKind.NotInterview, result.Kind);
        Assert.Equal("not-interview", result.Label);
        Assert.NotEmpty(result.Reasons);
    }

    [Fact]
    public void Classify_TeamMeetingOfTheUsersOwnOrganization_IsNotInterview()
    {
        var me = new MailboxUser(new EmailAddress("kim.lee@lucernepublishing.com"), "Kim Lee");
        var e = new EventBuilder()
            .WithSubject("Editorial planning meeting")
            .WithTextBody("Agenda: Q1 list.")
            .WithOrganizer("peter.wu@lucernepublishing.com", "Peter Wu")
            .ClearAttendees()
            .WithAttendee("kim.lee@lucernepublishing.com", "Kim Lee")
            .Build();

        Assert.Equal(InterviewKind.NotInterview, Classify(e, me).Kind);
    }

    private static InterviewClassification Classify(CalendarEvent e, MailboxUser user)
    {
        var body = PlainText.FromBody(e.Body.Content, e.Body.IsHtml);
        var facts = RoleCompanyExtractor.Extract(e, body, user);
        return InterviewClassifier.Classify(e, body, user, facts.Role);
    }
}
