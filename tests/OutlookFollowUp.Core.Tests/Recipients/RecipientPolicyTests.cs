using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Core.Recipients;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Core.Tests.Recipients;

public sealed class RecipientPolicyTests
{
    private static readonly MailboxUser Me = EventBuilder.Candidate;

    [Fact]
    public void Select_SameAddressInDifferentCase_IsOneRecipient()
    {
        var e = new EventBuilder()
            .WithOrganizer("Amy.Chen@Contoso.com", "Amy Chen")
            .WithAttendee("amy.chen@contoso.com", "Chen, Amy")
            .WithAttendee("BOB.LEE@contoso.com", "Bob Lee")
            .WithAttendee("bob.lee@CONTOSO.com", "Bob Lee", AttendeeType.Optional)
            .Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.Equal(["amy.chen@contoso.com", "bob.lee@contoso.com"], set.ThankYou.Select(r => r.Address));
        Assert.Equal(AttendeeType.Required, set.ThankYou[1].Type);
    }

    [Fact]
    public void Select_OrganizerListedAfterAttendees_ComesFirst()
    {
        var e = new EventBuilder()
            .ClearAttendees()
            .WithAttendee("bob.lee@contoso.com", "Bob Lee")
            .WithAttendee("ana.souza@outlook.com", "Ana Souza")
            .WithAttendee("amy.chen@contoso.com", "Amy Chen")
            .WithOrganizer("amy.chen@contoso.com", "Amy Chen")
            .Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.Equal(["amy.chen@contoso.com", "bob.lee@contoso.com"], set.ThankYou.Select(r => r.Address));
        Assert.True(set.ThankYou[0].IsOrganizer);
        Assert.False(set.ThankYou[1].IsOrganizer);
    }

    [Fact]
    public void Select_TheUserInAnyCase_IsExcluded()
    {
        var e = new EventBuilder()
            .ClearAttendees()
            .WithAttendee("ANA.Souza@Outlook.COM", "Ana Souza")
            .Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.Equal(["amy.chen@contoso.com"], set.ThankYou.Select(r => r.Address));
        Assert.Contains(set.Excluded, x => x.Address == "ana.souza@outlook.com" && x.Reason == ExclusionReason.TheUser);
    }

    [Fact]
    public void Select_UnknownUser_ExcludesNobodyAsTheUser()
    {
        var e = new EventBuilder().Build();

        var set = RecipientPolicy.Select(e, MailboxUser.Unknown);

        Assert.Equal(["amy.chen@contoso.com", "ana.souza@outlook.com"], set.ThankYou.Select(r => r.Address));
    }

    [Fact]
    public void Select_UserOrganizes_OrganizerIsExcludedAndAttendeeGetsStatusCheck()
    {
        var e = new EventBuilder()
            .WithOrganizer("ana.souza@outlook.com", "Ana Souza")
            .WithAttendee("bob.lee@contoso.com", "Bob Lee")
            .Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.Equal(["bob.lee@contoso.com"], set.ThankYou.Select(r => r.Address));
        Assert.Equal("bob.lee@contoso.com", set.StatusCheck?.Address);
    }

    [Fact]
    public void Select_ResourcesAndDeclined_AreExcluded()
    {
        var e = new EventBuilder()
            .WithAttendee("room-4b@contoso.com", "Conference Room 4B", AttendeeType.Resource)
            .WithAttendee("projector@contoso.com", "Projector", AttendeeType.Resource, AttendeeResponse.Accepted)
            .WithAttendee("victor.hugo@contoso.com", "Victor Hugo", AttendeeType.Required, AttendeeResponse.Declined)
            .WithAttendee("irene.adler@contoso.com", "Irene Adler", AttendeeType.Required, AttendeeResponse.TentativelyAccepted)
            .WithAttendee("eli.stone@contoso.com", "Eli Stone", AttendeeType.Required, AttendeeResponse.NotResponded)
            .Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.Equal(["amy.chen@contoso.com", "irene.adler@contoso.com", "eli.stone@contoso.com"], set.ThankYou.Select(r => r.Address));
        Assert.Contains(set.Excluded, x => x.Address == "room-4b@contoso.com" && x.Reason == ExclusionReason.Resource);
        Assert.Contains(set.Excluded, x => x.Address == "projector@contoso.com" && x.Reason == ExclusionReason.Resource);
        Assert.Contains(set.Excluded, x => x.Address == "victor.hugo@contoso.com" && x.Reason == ExclusionReason.Declined);
    }

    [Fact]
    public void Select_DeclinedInOneOfTwoEntries_IsExcluded()
    {
        var e = new EventBuilder()
            .WithAttendee("victor.hugo@contoso.com", "Victor Hugo")
            .WithAttendee("Victor.Hugo@contoso.com", "Victor Hugo", AttendeeType.Required, AttendeeResponse.Declined)
            .Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.DoesNotContain(set.ThankYou, r => r.Address == "victor.hugo@contoso.com");
    }

    [Theory]
    [InlineData("noreply@contoso.com")]
    [InlineData("no-reply@contoso.com")]
    [InlineData("do-not-reply@contoso.com")]
    [InlineData("notifications@contoso.com")]
    [InlineData("scheduling@greenhouse.io")]
    [InlineData("interviews@app.smartrecruiters.com")]
    [InlineData("no-reply@hire.lever.co")]
    [InlineData("contoso@myworkday.com")]
    [InlineData("amy@ashbyhq.com")]
    [InlineData("scheduler@goodtime.io")]
    [InlineData("amy-chen@calendly.com")]
    [InlineData("recruiting@contoso.icims.com")]
    public void Select_AutomatedSender_IsExcluded(string address)
    {
        var e = new EventBuilder()
            .WithOrganizer(address, "Contoso Recruiting")
            .WithAttendee("bob.lee@contoso.com", "Bob Lee")
            .Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.Equal(["bob.lee@contoso.com"], set.ThankYou.Select(r => r.Address));
        Assert.Contains(set.Excluded, x => x.Address == address && x.Reason == ExclusionReason.AutomatedSender);
        Assert.Equal("bob.lee@contoso.com", set.StatusCheck?.Address);
    }

    [Theory]
    [InlineData("Amy Chen")]
    [InlineData("")]
    [InlineData("amy.chen")]
    [InlineData("@contoso.com")]
    [InlineData("amy@")]
    [InlineData("amy@@contoso.com")]
    public void Select_AddressWithoutAt_IsExcluded(string address)
    {
        var e = new EventBuilder()
            .WithOrganizer(address, "Amy Chen")
            .WithAttendee("bob.lee@contoso.com", "Bob Lee")
            .Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.Equal(["bob.lee@contoso.com"], set.ThankYou.Select(r => r.Address));
        Assert.Contains(set.Excluded, x => x.Reason == ExclusionReason.NoAddress);
    }

    [Fact]
    public void Select_OptionalAttendee_IsThankedButNotAskedAboutStatus()
    {
        var e = new EventBuilder()
            .WithOrganizer("scheduling@greenhouse.io", "Contoso Hiring")
            .ClearAttendees()
            .WithAttendee("ana.souza@outlook.com", "Ana Souza")
            .WithAttendee("eli.stone@contoso.com", "Eli Stone", AttendeeType.Optional)
            .WithAttendee("dana.white@contoso.com", "Dana White")
            .Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.Equal(["eli.stone@contoso.com", "dana.white@contoso.com"], set.ThankYou.Select(r => r.Address));
        Assert.Equal("dana.white@contoso.com", set.StatusCheck?.Address);
    }

    [Fact]
    public void Select_EligibleOrganizer_GetsTheStatusCheck()
    {
        var e = new EventBuilder().WithAttendee("bob.lee@contoso.com", "Bob Lee").Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.Equal("amy.chen@contoso.com", set.StatusCheck?.Address);
    }

    [Fact]
    public void Select_NoOrganizerAndOnlyOptionalAttendees_HasNoStatusCheckRecipient()
    {
        var e = new EventBuilder()
            .WithoutOrganizer()
            .WithAttendee("eli.stone@contoso.com", "Eli Stone", AttendeeType.Optional)
            .Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.Equal(["eli.stone@contoso.com"], set.ThankYou.Select(r => r.Address));
        Assert.Null(set.StatusCheck);
    }

    [Fact]
    public void Select_Recipient_CarriesGreetingName()
    {
        var e = new EventBuilder()
            .WithOrganizer("achen@contoso.com", "Chen, Amy")
            .WithAttendee("raj.mehta@contoso.com", null)
            .WithAttendee("hr@contoso.com", "Contoso HR")
            .Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.Equal(["Amy", "Raj", null], set.ThankYou.Select(r => r.GreetingName));
    }

    [Fact]
    public void Select_DuplicateWithNameLater_FillsTheMissingName()
    {
        var e = new EventBuilder()
            .WithOrganizer("achen@contoso.com", null)
            .WithAttendee("ACHEN@contoso.com", "Chen, Amy")
            .Build();

        var set = RecipientPolicy.Select(e, Me);

        var amy = Assert.Single(set.ThankYou);
        Assert.Equal("Chen, Amy", amy.DisplayName);
        Assert.Equal("Amy", amy.GreetingName);
    }

    [Theory]
    [InlineData("Room 4", "room4@proseware.com")]
    [InlineData("Conf Rm Lakeview", "lakeview@contoso.com")]
    [InlineData("Conference Room 2B", "conf2b@contoso.com")]
    [InlineData("Lakeview", "room.lakeview@contoso.com")]
    [InlineData("Boardroom", "boardroom@contoso.com")]
    public void Select_RoomListedAsRequiredAttendee_IsNotThanked(string name, string address)
    {
        var e = new OutlookFollowUp.TestUtilities.EventBuilder().WithAttendee(address, name).Build();

        var set = RecipientPolicy.Select(e, OutlookFollowUp.TestUtilities.EventBuilder.Candidate);

        Assert.DoesNotContain(set.ThankYou, r => r.Address == address);
        Assert.Contains(set.Excluded, x => x.Address == address && x.Reason == ExclusionReason.Resource);
    }

    [Theory]
    [InlineData("Roomie Chen", "roomie.chen@contoso.com")]
    [InlineData("Brooke Rooms", "brooke.rooms@contoso.com")]
    public void Select_PeopleWhoseNamesContainRoom_AreThanked(string name, string address)
    {
        var e = new OutlookFollowUp.TestUtilities.EventBuilder().WithAttendee(address, name).Build();

        Assert.Contains(RecipientPolicy.Select(e, OutlookFollowUp.TestUtilities.EventBuilder.Candidate).ThankYou, r => r.Address == address);
    }

    [Theory]
    [InlineData("Ana Souza")]
    [InlineData("Souza, Ana")]
    [InlineData("ana souza")]
    public void Select_UsersNameOnAnotherAddress_IsTheUser(string name)
    {
        var e = new EventBuilder().WithAttendee("ana.s@fabrikam.com", name).Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.DoesNotContain(set.ThankYou, r => r.Address == "ana.s@fabrikam.com");
        Assert.Contains(set.Excluded, x => x.Address == "ana.s@fabrikam.com" && x.Reason == ExclusionReason.TheUser);
    }

    [Fact]
    public void Select_SameFirstNameOnly_IsNotTheUser()
    {
        var e = new EventBuilder().WithAttendee("ana.lee@contoso.com", "Ana Lee").WithAttendee("ana@contoso.com", "Ana").Build();

        Assert.Equal(["amy.chen@contoso.com", "ana.lee@contoso.com", "ana@contoso.com"], RecipientPolicy.Select(e, Me).ThankYou.Select(r => r.Address));
    }

    [Fact]
    public void Select_GroupInterview_PublicDomainAttendeesAreFellowCandidates()
    {
        var e = new EventBuilder()
            .WithAttendee("bob.lee@contoso.com", "Bob Lee")
            .WithAttendee("jane.doe@gmail.com", "Jane Doe")
            .WithAttendee("sam.roe@outlook.com", "Sam Roe")
            .Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.Equal(["amy.chen@contoso.com", "bob.lee@contoso.com"], set.ThankYou.Select(r => r.Address));
        Assert.Equal(2, set.Excluded.Count(x => x.Reason == ExclusionReason.FellowCandidate));
    }

    [Fact]
    public void Select_OnePublicDomainAttendee_IsStillThanked()
    {
        var e = new EventBuilder().WithAttendee("jane.doe@gmail.com", "Jane Doe").Build();

        Assert.Contains(RecipientPolicy.Select(e, Me).ThankYou, r => r.Address == "jane.doe@gmail.com");
    }

    [Fact]
    public void Select_RecruiterOrganizerOnPublicDomain_NeverAFellowCandidate()
    {
        var e = new EventBuilder().WithOrganizer("rosa.diaz@gmail.com", "Rosa Diaz")
            .WithAttendee("bob.lee@contoso.com", "Bob Lee")
            .WithAttendee("jane.doe@gmail.com", "Jane Doe")
            .WithAttendee("sam.roe@yahoo.com", "Sam Roe")
            .Build();

        var set = RecipientPolicy.Select(e, Me);

        Assert.Equal(["rosa.diaz@gmail.com", "bob.lee@contoso.com"], set.ThankYou.Select(r => r.Address));
        Assert.Equal("rosa.diaz@gmail.com", set.StatusCheck?.Address);
    }
}
