using OutlookFollowUp.Graph.Tests.Infrastructure;
using OutlookFollowUp.TestUtilities.GraphJson;

namespace OutlookFollowUp.Graph.Tests.Gateway;

public sealed class MessageTests
{
    private static readonly DateTimeOffset Since = new(2026, 11, 10, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetMessagesReceivedSinceAsync_ManyPages_ReadsEveryMessageSinceTheMoment()
    {
        var inbox = Enumerable.Range(-5, 30).Select(i => GraphMessageJson.From($"p{i + 5}@contoso.com", $"P {i + 5}", Since.AddHours(i), "Next steps")).ToList();
        using var h = new GatewayHarness(inbox: inbox, configure: o => o.MessagePageSize = 10);

        var messages = await h.Gateway.GetMessagesReceivedSinceAsync(Since, CancellationToken.None);

        // i = 0..24 are at or after the moment.
        Assert.Equal(25, messages.Count);
        Assert.All(messages, m => Assert.True(m.ReceivedAt >= Since));
        Assert.Equal(3, h.Count("GET", "/me/messages"));
    }

    [Fact]
    public async Task GetMessagesReceivedSinceAsync_MapsSenderSubjectPreviewAndHeaders()
    {
        var inbox = new[]
        {
            GraphMessageJson.From("rob.lane@nodpublishers.com", "Rob Lane", Since.AddDays(1), "Automatic reply: Thank you", "I am out of the office.", ("Auto-Submitted", "auto-replied"), ("X-Custom", "1")),
            GraphMessageJson.From("hr@lucernepublishing.com", "Lucerne HR", Since.AddDays(2), "Next steps", "We would like to invite you."),
        };
        using var h = new GatewayHarness(inbox: inbox);

        var messages = (await h.Gateway.GetMessagesReceivedSinceAsync(Since, CancellationToken.None)).OrderBy(m => m.ReceivedAt).ToList();

        Assert.Equal(2, messages.Count);
        var auto = messages[0];
        Assert.Equal("rob.lane@nodpublishers.com", auto.From?.Address);
        Assert.Equal("Rob Lane", auto.From?.Name);
        Assert.Equal("Automatic reply: Thank you", auto.Subject);
        Assert.Equal("I am out of the office.", auto.BodyPreview);
        Assert.Equal(Since.AddDays(1), auto.ReceivedAt);
        Assert.False(auto.IsDraft);
        Assert.Equal("auto-replied", auto.Headers?["auto-submitted"]);
        Assert.Null(messages[1].Headers?.GetValueOrDefault("Auto-Submitted"));
    }

    [Fact]
    public async Task GetMessagesReceivedSinceAsync_DraftsAndSentMail_AreReturnedMarkedAsSuch()
    {
        using var h = new GatewayHarness();
        await h.Gateway.EnsureDraftsAsync([Drafts.Request("thankyou:ical-1:amy.chen@contoso.com")], CancellationToken.None);
        h.Simulator.AddSentMessage(GraphMessageJson.From(SampleMailboxJson.UserAddress, SampleMailboxJson.UserName, Since.AddDays(1), "Thank you"));

        var messages = await h.Gateway.GetMessagesReceivedSinceAsync(Since, CancellationToken.None);

        Assert.Contains(messages, m => m.IsDraft);
        Assert.Contains(messages, m => !m.IsDraft && m.From?.Address == SampleMailboxJson.UserAddress);
    }
}
