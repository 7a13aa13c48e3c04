using OutlookFollowUp.Core.Keys;

namespace OutlookFollowUp.Core.Tests.Keys;

public sealed class FollowUpKeysTests
{
    [Fact]
    public void Keys_FollowTheContract()
    {
        Assert.Equal("thankyou:ICAL1:amy.chen@contoso.com", FollowUpKeys.ThankYou("ICAL1", " Amy.Chen@Contoso.com "));
        Assert.Equal("statuscheck:ICAL1", FollowUpKeys.StatusCheckTask("ICAL1"));
        Assert.Equal("statuscheck-draft:ICAL1", FollowUpKeys.StatusCheckDraft("ICAL1"));
    }
}
