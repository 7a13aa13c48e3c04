using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Recipients;

namespace OutlookFollowUp.Core.Tests.Recipients;

public sealed class DomainsTests
{
    [Theory]
    [InlineData("amy@contoso.com", "bob@contoso.com", true)]
    [InlineData("amy@Contoso.COM", "bob@contoso.com", true)]
    [InlineData("amy@mail.contoso.com", "bob@contoso.com", true)]
    [InlineData("amy@uk.contoso.com", "bob@us.contoso.com", true)]
    [InlineData("amy@hr.contoso.co.uk", "bob@contoso.co.uk", true)]
    [InlineData("amy@contoso.com.au", "bob@careers.contoso.com.au", true)]
    [InlineData("amy@contoso.co.uk", "bob@fabrikam.co.uk", false)]
    [InlineData("amy@contoso.com", "bob@contoso.org", false)]
    [InlineData("amy@contoso.com", "bob@fabrikam.com", false)]
    [InlineData("amy@gmail.com", "bob@gmail.com", false)]
    [InlineData("amy@outlook.com", "bob@outlook.com", false)]
    [InlineData("amy@hotmail.co.uk", "bob@hotmail.co.uk", false)]
    [InlineData("amy@Gmail.com", "bob@gmail.com", false)]
    [InlineData("amy@greenhouse.io", "bob@greenhouse.io", false)]
    [InlineData("amy@contoso.com", "no-address", false)]
    [InlineData("", "", false)]
    public void SameOrganization_TwoAddresses_MatchesOnlyPrivateOrganizationDomains(string a, string b, bool expected)
    {
        Assert.Equal(expected, Domains.SameOrganization(new EmailAddress(a), new EmailAddress(b)));
        Assert.Equal(expected, Domains.SameOrganization(new EmailAddress(b), new EmailAddress(a)));
    }

    [Theory]
    [InlineData("contoso.com", "contoso.com")]
    [InlineData("mail.contoso.com", "contoso.com")]
    [InlineData("a.b.contoso.com", "contoso.com")]
    [InlineData("hr.contoso.co.uk", "contoso.co.uk")]
    [InlineData("contoso.co.uk", "contoso.co.uk")]
    [InlineData("careers.contoso.com.au", "contoso.com.au")]
    [InlineData("Mail.Contoso.COM.", "contoso.com")]
    public void OrganizationDomain_Domain_IsTheRegistrablePart(string domain, string expected)
    {
        Assert.Equal(expected, Domains.OrganizationDomain(domain));
    }

    [Theory]
    [InlineData("careers.contoso.co.uk", "contoso")]
    [InlineData("lucernepublishing.com", "lucernepublishing")]
    [InlineData("adatum-corp.com", "adatum-corp")]
    public void OrganizationLabel_Domain_IsTheNameLabel(string domain, string expected)
    {
        Assert.Equal(expected, Domains.OrganizationLabel(domain));
    }

    [Theory]
    [InlineData("greenhouse.io", "greenhouse.io")]
    [InlineData("app.smartrecruiters.com", "smartrecruiters.com")]
    [InlineData("hire.lever.co", "lever.co")]
    [InlineData("lever.co", "lever.co")]
    [InlineData("contoso.myworkday.com", "myworkday.com")]
    [InlineData("ashbyhq.com", "ashbyhq.com")]
    [InlineData("goodtime.io", "goodtime.io")]
    [InlineData("calendly.com", "calendly.com")]
    [InlineData("contoso.icims.com", "icims.com")]
    [InlineData("GREENHOUSE.IO", "greenhouse.io")]
    [InlineData("notgreenhouse.io", null)]
    [InlineData("greenhouse.io.example.com", null)]
    [InlineData("contoso.com", null)]
    public void SchedulingSystemOf_Domain_RecognizesSystemsAndTheirSubdomains(string domain, string? expected)
    {
        Assert.Equal(expected, Domains.SchedulingSystemOf(domain));
        Assert.Equal(expected is not null, Domains.IsSchedulingSystem(domain));
    }

    [Theory]
    [InlineData("noreply@contoso.com", true)]
    [InlineData("no-reply@contoso.com", true)]
    [InlineData("do-not-reply+123@contoso.com", true)]
    [InlineData("DoNotReply@contoso.com", true)]
    [InlineData("jobs-noreply@contoso.com", true)]
    [InlineData("noreply.jobs@contoso.com", true)]
    [InlineData("notifications@contoso.com", true)]
    [InlineData("calendar-notification@google.com", true)]
    [InlineData("amy@greenhouse.io", true)]
    [InlineData("interviews@app.smartrecruiters.com", true)]
    [InlineData("amy.chen@contoso.com", false)]
    [InlineData("hr@contoso.com", false)]
    [InlineData("norene.reply@contoso.com", false)]
    public void IsAutomatedSender_Address_FlagsMailboxesNobodyReads(string address, bool expected)
    {
        Assert.Equal(expected, Domains.IsAutomatedSender(new EmailAddress(address)));
    }

    [Theory]
    [InlineData("gmail.com", true)]
    [InlineData("Outlook.com", true)]
    [InlineData("yahoo.co.uk", true)]
    [InlineData("contoso.com", false)]
    public void IsPublicMailDomain_Domain_KnowsPublicProviders(string domain, bool expected)
    {
        Assert.Equal(expected, Domains.IsPublicMailDomain(domain));
    }
}
