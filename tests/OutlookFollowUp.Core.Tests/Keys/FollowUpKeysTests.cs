using OutlookFollowUp.Core.Keys;

namespace OutlookFollowUp.Core.Tests.Keys;

public sealed class FollowUpKeysTests
{
    [Fact]
    public void ThankYou_MixedCaseAddress_IsTrimmedAndLowerCased()
    {
        Assert.Equal("thankyou:ICAL1:amy.chen@contoso.com", FollowUpKeys.ThankYou("ICAL1", " Amy.Chen@Contoso.com "));
    }

    [Fact]
    public void StatusCheckTask_ICalUId_IsPrefixed()
    {
        Assert.Equal("statuscheck:ICAL1", FollowUpKeys.StatusCheckTask("ICAL1"));
    }

    [Fact]
    public void StatusCheckDraft_ICalUId_IsPrefixed()
    {
        Assert.Equal("statuscheck-draft:ICAL1", FollowUpKeys.StatusCheckDraft("ICAL1"));
    }
}
