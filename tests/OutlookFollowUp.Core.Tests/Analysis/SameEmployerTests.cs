using OutlookFollowUp.Core.Analysis;

namespace OutlookFollowUp.Core.Tests.Analysis;

public sealed class SameEmployerTests
{
    [Theory]
    [InlineData("Contoso", "Contoso", true)]
    [InlineData("Contoso Ltd.", "contoso", true)]
    [InlineData("The Home Depot", "Home Depot", true)]
    [InlineData("Margie's Travel", "Margies Travel", true)]
    [InlineData("Contoso", "Fabrikam", false)]
    public void Of_BothCompaniesKnown_TheCompanyDecides(string a, string b, bool same)
    {
        Assert.Equal(same, SameEmployer.Of(a, ["agency.example"], b, ["agency.example"]));
        Assert.Equal(same, SameEmployer.Of(a, ["contoso.com"], b, ["other.example"]));
    }

    [Fact]
    public void Of_AgencyRecruiterForTwoClients_NotTheSameEmployer()
    {
        Assert.False(SameEmployer.Of("Contoso", ["talentbridge.example"], "Fabrikam", ["talentbridge.example"]));
    }

    [Theory]
    [InlineData(null, "Contoso")]
    [InlineData("Contoso", null)]
    [InlineData(null, null)]
    public void Of_CompanyUnknownOnOneSide_SharedEmployerDomainLinks(string? a, string? b)
    {
        Assert.True(SameEmployer.Of(a, ["contoso.com"], b, ["careers.contoso.com"]));
        Assert.False(SameEmployer.Of(a, ["contoso.com"], b, ["fabrikam.com"]));
    }

    [Theory]
    [InlineData("gmail.com")]
    [InlineData("greenhouse.io")]
    [InlineData("myworkday.com")]
    public void Of_PublicOrSchedulingDomain_NeverLinks(string domain)
    {
        Assert.False(SameEmployer.Of(null, [domain], null, [domain]));
    }

    [Fact]
    public void Of_EmployerContacts_ComparesCompanyAndDomains()
    {
        var a = new EmployerContacts(["contoso.com"], [], null, null);
        var b = new EmployerContacts(["contoso.com"], [], "no-reply@greenhouse.io", "Contoso");
        Assert.True(SameEmployer.Of(a, b));
        Assert.False(SameEmployer.Of(b, b with { Company = "Fabrikam" }));
    }
}
