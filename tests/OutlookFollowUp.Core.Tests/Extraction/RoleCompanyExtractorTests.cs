using OutlookFollowUp.Core.Extraction;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Text;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Core.Tests.Extraction;

public sealed class RoleCompanyExtractorTests
{
    private static readonly MailboxUser Ana = EventBuilder.Candidate;

    [Theory]
    [InlineData("Interview: Data Analyst - Contoso", "amy.chen@contoso.com", "Data Analyst", "Contoso")]
    [InlineData("Data Analyst at Contoso", "amy.chen@contoso.com", "Data Analyst", "Contoso")]
    [InlineData("Contoso | Data Analyst", "amy.chen@contoso.com", "Data Analyst", "Contoso")]
    [InlineData("Interview for Data Analyst position at Contoso", "amy.chen@contoso.com", "Data Analyst", "Contoso")]
    [InlineData("Interview for the Data Analyst role at Contoso", "amy.chen@contoso.com", "Data Analyst", "Contoso")]
    [InlineData("Data Analyst @ Contoso", "amy.chen@contoso.com", "Data Analyst", "Contoso")]
    [InlineData("Interview with Contoso for Data Analyst", "amy.chen@contoso.com", "Data Analyst", "Contoso")]
    [InlineData("Interview with Contoso for the Data Analyst position", "amy.chen@contoso.com", "Data Analyst", "Contoso")]
    [InlineData("Phone Screen: Senior Software Engineer (Contoso)", "amy.chen@contoso.com", "Senior Software Engineer", "Contoso")]
    [InlineData("Fwd: RE: Interview: Data Analyst - Contoso", "amy.chen@contoso.com", "Data Analyst", "Contoso")]
    [InlineData("Canceled: Interview - Store Manager - Munson's Pickles", "kim.lee@munsonspickles.com", "Store Manager", "Munson's Pickles")]
    [InlineData("Updated invitation: Interview - Store Manager - Munson's Pickles", "kim.lee@munsonspickles.com", "Store Manager", "Munson's Pickles")]
    [InlineData("Invitation: Interview - Data Analyst - Contoso @ Tue Nov 10, 2026 3pm - 4pm (EST) (ana.souza@outlook.com)", "amy.chen@contoso.com", "Data Analyst", "Contoso")]
    [InlineData("Invitation: Data Analyst at Contoso @ Tue Nov 10, 2026 3pm - 4pm (EST) (ana.souza@outlook.com)", "amy.chen@contoso.com", "Data Analyst", "Contoso")]
    [InlineData("Video Interview | Blue Yonder Airlines | Flight Operations Analyst", "hector.vega@blueyonderairlines.com", "Flight Operations Analyst", "Blue Yonder Airlines")]
    [InlineData("Panel interview - Claims Adjuster - Humongous Insurance", "irene.adler@humongousinsurance.com", "Claims Adjuster", "Humongous Insurance")]
    [InlineData("2nd interview: Logistics Coordinator @ Consolidated Messenger", "dana.white@consolidatedmessenger.com", "Logistics Coordinator", "Consolidated Messenger")]
    [InlineData("Interview for Accountant position at City Power & Light", "oliver.brown@cpandl.com", "Accountant", "City Power & Light")]
    [InlineData("Interview - Data Engineer - A. Datum Corporation", "nina.shah@adatum-corp.com", "Data Engineer", "A. Datum Corporation")]
    [InlineData("Final round interview \u2013 Product Manager \u2013 Fabrikam", "sam.ortiz@fabrikam.com", "Product Manager", "Fabrikam")]
    [InlineData("Editorial Assistant - Lucerne Publishing: Interview", "grace.hall@lucernepublishing.com", "Editorial Assistant", "Lucerne Publishing")]
    [InlineData("Fabrikam - Software Engineer Interview", "sam.ortiz@fabrikam.com", "Software Engineer", "Fabrikam")]
    [InlineData("Software Engineer Interview - Fabrikam", "sam.ortiz@fabrikam.com", "Software Engineer", "Fabrikam")]
    [InlineData("Interview: Software Engineer, Fabrikam", "sam.ortiz@fabrikam.com", "Software Engineer", "Fabrikam")]
    [InlineData("Interview for Software Engineer at Fabrikam Inc.", "sam.ortiz@fabrikam.com", "Software Engineer", "Fabrikam Inc")]
    [InlineData("Ana Souza <> Fabrikam (Software Engineer)", "sam.ortiz@fabrikam.com", "Software Engineer", "Fabrikam")]
    [InlineData("Fabrikam: Phone Screen for Software Engineer", "sam.ortiz@fabrikam.com", "Software Engineer", "Fabrikam")]
    [InlineData("Ana Souza x Fabrikam - Software Engineer", "sam.ortiz@fabrikam.com", "Software Engineer", "Fabrikam")]
    [InlineData("Interview: Software Engineer II - Fabrikam", "sam.ortiz@fabrikam.com", "Software Engineer II", "Fabrikam")]
    [InlineData("Interview - Head of Marketing - Fabrikam", "sam.ortiz@fabrikam.com", "Head of Marketing", "Fabrikam")]
    [InlineData("Interview - Director of Operations at Tailspin Toys", "sam.ortiz@tailspintoys.com", "Director of Operations", "Tailspin Toys")]
    [InlineData("Interview: Data Analyst - Contoso Ltd.", "amy.chen@contoso.com", "Data Analyst", "Contoso Ltd")]
    [InlineData("Interview - Senior UX Designer - Wide World Importers", "amy.chen@wideworldimporters.com", "Senior UX Designer", "Wide World Importers")]
    [InlineData("Your interview with Northwind Traders for Barista", "amy.chen@northwindtraders.com", "Barista", "Northwind Traders")]
    [InlineData("Zoom interview: Junior Accountant | Woodgrove Bank", "amy.chen@woodgrovebank.com", "Junior Accountant", "Woodgrove Bank")]
    [InlineData("Interview Invitation - Woodgrove Bank - Teller", "amy.chen@woodgrovebank.com", "Teller", "Woodgrove Bank")]
    [InlineData("Interview: Software Engineer, Backend - Fabrikam", "sam.ortiz@fabrikam.com", "Software Engineer, Backend", "Fabrikam")]
    // ATS subjects that carry the candidate's own name
    [InlineData("Interview Scheduled: Ana Souza - Travel Consultant at Margie's Travel", "no-reply@greenhouse.io", "Travel Consultant", "Margie's Travel")]
    [InlineData("Interview Confirmation - Ana Souza - Software Engineer - Fabrikam", "sam.ortiz@fabrikam.com", "Software Engineer", "Fabrikam")]
    [InlineData("Fabrikam Interview - Ana Souza - Software Engineer", "sam.ortiz@fabrikam.com", "Software Engineer", "Fabrikam")]
    [InlineData("Ana Souza / Data Analyst / Contoso", "amy.chen@contoso.com", "Data Analyst", "Contoso")]
    public void Extract_SubjectShape_FindsRoleAndCompany(string subject, string organizer, string role, string company)
    {
        var e = new EventBuilder().WithSubject(subject).WithOrganizer(organizer, null).Build();

        var facts = RoleCompanyExtractor.Extract(e, "", Ana);

        Assert.Equal(role, facts.Role);
        Assert.Equal(company, facts.Company);
    }

    [Fact]
    public void Extract_InterviewWithCompanyOnly_HasCompanyAndNoRole()
    {
        var e = new EventBuilder().WithSubject("Interview with Fabrikam").WithOrganizer("sam.ortiz@fabrikam.com", "Sam Ortiz").Build();

        var facts = RoleCompanyExtractor.Extract(e, "Looking forward to speaking with you.", Ana);

        Assert.Equal(new RoleAndCompany(null, "Fabrikam"), facts);
    }

    [Fact]
    public void Extract_SubjectWithoutFacts_FallsBackToTheBody()
    {
        var e = new EventBuilder().WithSubject("Interview").Build();
        var body = "Hi Ana, thank you for your interest in the Data Analyst position. You will meet the team at Contoso.";

        var facts = RoleCompanyExtractor.Extract(e, body, Ana);

        Assert.Equal("Data Analyst", facts.Role);
        Assert.Equal("Contoso", facts.Company);
    }

    [Fact]
    public void Extract_AttendeeNameForRole_IsTheRole()
    {
        var e = new EventBuilder().WithSubject("Interview: Jordan Smith for Backend Engineer").WithAttendee("jordan.smith@gmail.com", "Jordan Smith").Build();

        Assert.Equal("Backend Engineer", RoleCompanyExtractor.Extract(e, "", Ana).Role);
    }

    [Fact]
    public void Extract_BodyRoleLine_IsTheRole()
    {
        var e = new EventBuilder().WithSubject("Phone screen").WithOrganizer("ravi@wingtiptoys.com", "Ravi Patel").Build();
        var body = "We'll share feedback within a week.\n\nRole: Customer Success Manager at Wingtip Toys\nLocation: Remote";

        var facts = RoleCompanyExtractor.Extract(e, body, Ana);

        Assert.Equal("Customer Success Manager", facts.Role);
    }

    [Theory]
    [InlineData("Onsite interview day - Fabrikam")]
    [InlineData("Interview prep session - Fabrikam")]
    [InlineData("Fabrikam - interview details")]
    public void Extract_WhatRemainsOfInterviewWords_IsNoRole(string subject)
    {
        var e = new EventBuilder().WithSubject(subject).WithOrganizer("lena.park@fabrikam.com", "Lena Park").Build();

        var facts = RoleCompanyExtractor.Extract(e, "See you then.", Ana);

        Assert.Null(facts.Role);
        Assert.Equal("Fabrikam", facts.Company);
    }

    [Fact]
    public void Extract_SubjectNamesAPerson_FindsRoleInBodyAndCompanyFromTheDomain()
    {
        var e = new EventBuilder().WithSubject("Interview with Amy Chen").Build();
        var body = "We're excited to talk with you about the Marketing Manager role. Contoso is growing fast.";

        var facts = RoleCompanyExtractor.Extract(e, body, Ana);

        Assert.Equal("Marketing Manager", facts.Role);
        Assert.Equal("Contoso", facts.Company);
    }

    [Theory]
    [InlineData("Fabrikam Recruiting", "Fabrikam")]
    [InlineData("Fabrikam Hiring Team", "Fabrikam")]
    [InlineData("Fabrikam via Greenhouse", "Fabrikam")]
    [InlineData("Fabrikam Talent Acquisition", "Fabrikam")]
    public void Extract_SchedulingSystemOrganizer_TakesCompanyFromItsDisplayName(string organizerName, string company)
    {
        var e = new EventBuilder()
            .WithSubject("Interview: Data Analyst")
            .WithOrganizer("no-reply@greenhouse.io", organizerName)
            .ClearAttendees()
            .WithAttendee("ana.souza@outlook.com", "Ana Souza")
            .Build();

        var facts = RoleCompanyExtractor.Extract(e, "", Ana);

        Assert.Equal("Data Analyst", facts.Role);
        Assert.Equal(company, facts.Company);
    }

    [Theory]
    [InlineData("Greenhouse")]
    [InlineData("Notifications")]
    [InlineData("")]
    public void Extract_GenericSchedulingSystemName_IsNoCompany(string organizerName)
    {
        var e = new EventBuilder()
            .WithSubject("Interview: Data Analyst")
            .WithOrganizer("no-reply@greenhouse.io", organizerName)
            .ClearAttendees()
            .Build();

        var facts = RoleCompanyExtractor.Extract(e, "", Ana);

        Assert.Null(facts.Company);
    }

    [Fact]
    public void Extract_SubjectWithOnlyInterviewWords_HasNoRole()
    {
        var e = new EventBuilder().WithSubject("Phone interview").WithOrganizer("amy.chen@gmail.com", "Amy Chen").Build();

        var facts = RoleCompanyExtractor.Extract(e, "Looking forward to it.", Ana);

        Assert.Null(facts.Role);
    }

    [Fact]
    public void Extract_HtmlBody_IsReadAfterPlainText()
    {
        var e = new EventBuilder().WithSubject("Interview").Build();
        var body = PlainText.FromBody("<p>Thank you for applying for the <b>Data&nbsp;Analyst</b> position.</p>", isHtml: true);

        var facts = RoleCompanyExtractor.Extract(e, body, Ana);

        Assert.Equal("Data Analyst", facts.Role);
    }

    [Theory]
    [InlineData("Lucerne Publishing", "lucernepublishing", true)]
    [InlineData("A. Datum Corporation", "adatum-corp", true)]
    [InlineData("Contoso", "contoso", true)]
    [InlineData("Fabrikam", "contoso", false)]
    [InlineData("Co", "co", false)]
    public void MatchesDomainLabel_Phrase_ComparesLettersOnly(string phrase, string label, bool expected)
    {
        Assert.Equal(expected, RoleCompanyExtractor.MatchesDomainLabel(phrase, label));
    }
}
