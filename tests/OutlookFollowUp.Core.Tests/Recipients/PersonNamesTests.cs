using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Recipients;

namespace OutlookFollowUp.Core.Tests.Recipients;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Chen, Amy", "amy.chen@contoso.com", "Amy")]
    [InlineData("Chen, Amy", "achen@contoso.com", "Amy")]
    [InlineData("Amy Chen", "achen@contoso.com", "Amy")]
    [InlineData("Dr. Raj Mehta", "rmehta@contoso.com", "Raj")]
    [InlineData("Dr Raj Mehta", "rmehta@contoso.com", "Raj")]
    [InlineData("Raj Mehta, PhD", "rmehta@contoso.com", "Raj")]
    [InlineData("Raj Mehta, Ph.D.", "rmehta@contoso.com", "Raj")]
    [InlineData("Mehta, Dr. Raj", "rmehta@contoso.com", "Raj")]
    [InlineData("Ms. Fiona Clark", "fiona.clark@cpandl.com", "Fiona")]
    [InlineData("Prof. Fiona Clark", "fclark@cpandl.com", "Fiona")]
    [InlineData("José", "jose@contoso.com", "José")]
    [InlineData("José García", "jgarcia@contoso.com", "José")]
    [InlineData("García, José", "jgarcia@contoso.com", "José")]
    [InlineData("ANA SOUZA", "asouza@contoso.com", "Ana")]
    [InlineData("ana souza", "asouza@contoso.com", "Ana")]
    [InlineData("J. Robert Smith", "jrsmith@contoso.com", "Robert")]
    [InlineData("Mary-Jane Watson", "mjw@contoso.com", "Mary-Jane")]
    [InlineData("MARY-JANE WATSON", "mjw@contoso.com", "Mary-Jane")]
    [InlineData("DeShawn Jones", "dj@contoso.com", "DeShawn")]
    [InlineData("Amy Chen (she/her)", "achen@contoso.com", "Amy")]
    [InlineData("Amy Chen - Recruiter", "achen@contoso.com", "Amy")]
    [InlineData("Amy Chen | Contoso", "achen@contoso.com", "Amy")]
    [InlineData("Amy Chen via Greenhouse", "achen@contoso.com", "Amy")]
    [InlineData("\"Chen, Amy\"", "achen@contoso.com", "Amy")]
    [InlineData("Amy", "achen@contoso.com", "Amy")]
    [InlineData("Amy Chen", "amy@amychen.com", "Amy")]
    [InlineData("Lucerne Publishing", "peter.wu@lucernepublishing.com", "Peter")]
    [InlineData("amy.chen@contoso.com", "amy.chen@contoso.com", "Amy")]
    [InlineData("van der Berg, Anna", "avdberg@contoso.com", "Anna")]
    [InlineData("Anna van der Berg", "avdberg@contoso.com", "Anna")]
    [InlineData("O'Brien, Seán", "sobrien@contoso.com", "Seán")]
    [InlineData("Chen, Amy (HR)", "achen@contoso.com", "Amy")]
    [InlineData("Amy Chen [EXTERNAL]", "achen@contoso.com", "Amy")]
    [InlineData("Amy Chen, MBA, PMP", "achen@contoso.com", "Amy")]
    [InlineData("Chen Amy", "achen@contoso.com", "Chen")]
    [InlineData("Mr. John Smith Jr.", "js@contoso.com", "John")]
    [InlineData("Smith Jr., John", "js@contoso.com", "John")]
    [InlineData("Dr. Amy Chen", "achen@contoso.com", "Amy")]
    [InlineData("amy", "achen@contoso.com", "Amy")]
    [InlineData("Amy from Contoso", "achen@contoso.com", "Amy")]
    [InlineData("Amy Chen <amy.chen@contoso.com>", "amy.chen@contoso.com", "Amy")]
    [InlineData("'Amy Chen'", "amy.chen@contoso.com", "Amy")]
    [InlineData("<amy.chen@contoso.com>", "amy.chen@contoso.com", "Amy")]
    public void GreetingName_PersonsDisplayName_ReturnsFirstName(string displayName, string address, string expected)
    {
        Assert.Equal(expected, PersonNames.GreetingName(displayName, address));
    }

    [Theory]
    [InlineData(null, "amy.chen@contoso.com", "Amy")]
    [InlineData("", "amy.chen@contoso.com", "Amy")]
    [InlineData("   ", "amy.chen@contoso.com", "Amy")]
    [InlineData(null, "amy_chen@contoso.com", "Amy")]
    [InlineData(null, "amy-chen@contoso.com", "Amy")]
    [InlineData(null, "AMY.CHEN@contoso.com", "Amy")]
    [InlineData(null, "amy.chen+jobs@contoso.com", "Amy")]
    [InlineData(null, "john.smith2@contoso.com", "John")]
    public void GreetingName_NoDisplayName_UsesFirstLastLocalPart(string? displayName, string address, string expected)
    {
        Assert.Equal(expected, PersonNames.GreetingName(displayName, address));
    }

    [Theory]
    [InlineData(null, "achen@contoso.com")]
    [InlineData("", "achen@contoso.com")]
    [InlineData(null, "a.chen@contoso.com")]
    [InlineData(null, "hr@contoso.com")]
    [InlineData(null, "careers@contoso.com")]
    [InlineData(null, "jobs.2024@contoso.com")]
    [InlineData(null, "talent.team@contoso.com")]
    [InlineData(null, "lucerne.hr@lucernepublishing.com")]
    [InlineData(null, "recruiting.team@contoso.com")]
    [InlineData("HR", "hr@contoso.com")]
    [InlineData("Careers", "careers@contoso.com")]
    [InlineData("Lucerne HR", "hr@lucernepublishing.com")]
    [InlineData("Talent Acquisition", "ta@contoso.com")]
    [InlineData("Margie's Travel Hiring", "hiring@margiestravel.com")]
    [InlineData("Contoso Recruiting Team", "recruiting@contoso.com")]
    [InlineData("The Hiring Committee", "committee@contoso.com")]
    [InlineData("Conference Room 4B", "room4b@contoso.com")]
    [InlineData("Human Resources", "people@contoso.com")]
    [InlineData("Lucerne Publishing", "careers@lucernepublishing.com")]
    [InlineData("Contoso", "contact@contoso.com")]
    [InlineData("Dr. Mehta", "rmehta@contoso.com")]
    [InlineData("Ms. Clark", "fclark@cpandl.com")]
    [InlineData("Smith, J.", "jsmith@contoso.com")]
    [InlineData("J.", "j@contoso.com")]
    [InlineData("Contoso Talent", "talent@contoso.com")]
    [InlineData("Interview Scheduling", "scheduling@contoso.com")]
    [InlineData("Room 101", "room101@contoso.com")]
    [InlineData("Recruiter Amy", "achen@contoso.com")]
    [InlineData(null, null)]
    [InlineData(null, "")]
    public void GreetingName_NoPersonsFirstName_ReturnsNull(string? displayName, string? address)
    {
        Assert.Null(PersonNames.GreetingName(displayName, address));
    }

    [Fact]
    public void GreetingName_EmailAddress_UsesItsNameAndAddress()
    {
        Assert.Equal("Amy", PersonNames.GreetingName(new EmailAddress("achen@contoso.com", "Chen, Amy")));
        Assert.Equal("Amy", PersonNames.GreetingName(new EmailAddress("amy.chen@contoso.com")));
    }

    [Theory]
    [InlineData("José", "jose", true)]
    [InlineData("JOSÉ", "José", true)]
    [InlineData(" Amy ", "amy", true)]
    [InlineData("Amy", "Ana", false)]
    public void SameName_CaseAndDiacritics_AreIgnored(string a, string b, bool expected)
    {
        Assert.Equal(expected, PersonNames.SameName(a, b));
    }
}
