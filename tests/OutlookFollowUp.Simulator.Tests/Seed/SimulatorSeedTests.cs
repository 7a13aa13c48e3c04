using OutlookFollowUp.Simulator.Tests.Infrastructure;

namespace OutlookFollowUp.Simulator.Tests.Seed;

public sealed class SimulatorSeedTests
{
    [Fact]
    public void Load_SampleMailbox_ReadsAllParts()
    {
        var seed = SimulatorSeed.Load(Fixtures.SampleMailboxPath);

        Assert.Equal("ana.souza@outlook.com", seed.Me["mail"]!.GetValue<string>());
        Assert.Equal("Eastern Standard Time", seed.MailboxSettings["timeZone"]!.GetValue<string>());
        Assert.Equal(9, seed.Events.Count);
        Assert.Equal(3, seed.Inbox.Count);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("""{"events":[]}""", "\"me\" is missing")]
    [InlineData("""{"me":{"mail":"a@b.c"}}""", "me.id is missing")]
    [InlineData("""{"me":{"id":"1","mail":"a@b.c"},"mailboxSettings":{"timeZone":"Mars/Olympus"}}""", "mailboxSettings.timeZone: unknown time zone 'Mars/Olympus'")]
    [InlineData("""{"me":{"id":"1","mail":"a@b.c"},"events":{}}""", "\"events\" must be an array")]
    [InlineData("""{"me":{"id":"1","mail":"a@b.c"},"events":[{"id":"e1","start":{"dateTime":"2026-11-10T10:00:00","timeZone":"UTC"}}]}""", "events[0].end is missing")]
    [InlineData("""{"me":{"id":"1","mail":"a@b.c"},"events":[{"id":"e1","start":{"dateTime":"tomorrow","timeZone":"UTC"},"end":{"dateTime":"2026-11-10T10:00:00","timeZone":"UTC"}}]}""", "events[0].start.dateTime: 'tomorrow'")]
    [InlineData("""{"me":{"id":"1","mail":"a@b.c"},"events":[{"id":"e1","start":{"dateTime":"2026-11-10T10:00:00","timeZone":"Nowhere Time"},"end":{"dateTime":"2026-11-10T11:00:00","timeZone":"UTC"}}]}""", "events[0].start.timeZone: unknown time zone 'Nowhere Time'")]
    [InlineData("""{"me":{"id":"1","mail":"a@b.c"},"inbox":[{"id":"m1"},{"id":"m1"}]}""", "inbox[1].id 'm1' is used twice")]
    [InlineData("""{"me":{"id":"1","mail":"a@b.c"},"inbox":[{"id":"m1","receivedDateTime":"yesterday"}]}""", "inbox[0].receivedDateTime")]
    public void Parse_BadSeed_ThrowsNamingTheProblem(string json, string expected)
    {
        var ex = Assert.Throws<SimulatorSeedException>(() => SimulatorSeed.Parse(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ThrowsSeedException()
    {
        var ex = Assert.Throws<SimulatorSeedException>(() => SimulatorSeed.Load("/nonexistent/seed.json"));

        Assert.Contains("/nonexistent/seed.json", ex.Message, StringComparison.Ordinal);
    }
}
