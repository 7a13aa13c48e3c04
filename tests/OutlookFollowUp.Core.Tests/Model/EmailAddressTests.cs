using OutlookFollowUp.Core.Model;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Core.Tests.Model;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData(" Amy.Chen@Contoso.COM ", "amy.chen@contoso.com", "amy.chen", "contoso.com", true)]
    [InlineData("amy.chen", "amy.chen", "amy.chen", "", false)]
    [InlineData("@contoso.com", "@contoso.com", "", "contoso.com", false)]
    [InlineData("amy@", "amy@", "amy", "", false)]
    [InlineData("amy@@contoso.com", "amy@@contoso.com", "amy", "@contoso.com", false)]
    [InlineData("amy chen@contoso.com", "amy chen@contoso.com", "amy chen", "contoso.com", false)]
    [InlineData("", "", "", "", false)]
    public void Normalized_Address_IsTrimmedLowerCasedAndSplit(string address, string normalized, string local, string domain, bool wellFormed)
    {
        var email = new EmailAddress(address);

        Assert.Equal(normalized, email.Normalized);
        Assert.Equal(local, email.LocalPart);
        Assert.Equal(domain, email.Domain);
        Assert.Equal(wellFormed, email.IsWellFormed);
    }

    [Fact]
    public void SameMailbox_DifferentCase_IsTrueButEmptyNeverMatches()
    {
        Assert.True(new EmailAddress("Amy@Contoso.com").SameMailbox(new EmailAddress("amy@contoso.com ")));
        Assert.False(new EmailAddress("").SameMailbox(new EmailAddress("")));
        Assert.False(new EmailAddress("amy@contoso.com").SameMailbox(null));
    }

    [Fact]
    public void MailboxUserIs_KnownOrUnknownUser_MatchesOnlyTheirAddress()
    {
        Assert.False(MailboxUser.Unknown.Is(new EmailAddress("ana.souza@outlook.com")));
        Assert.True(EventBuilder.Candidate.Is(new EmailAddress("ANA.SOUZA@outlook.com")));
    }

    [Fact]
    public void FollowUpId_ICalUIdPresentOrBlank_IsItElseTheEventId()
    {
        var e = new EventBuilder().WithId("AAMk1", "ICAL1").Build();

        Assert.Equal("ICAL1", e.FollowUpId);
        Assert.Equal("AAMk1", (e with { ICalUId = " " }).FollowUpId);
    }
}
