using OutlookFollowUp.Simulator.Tests.Infrastructure;

namespace OutlookFollowUp.Simulator.Tests;

public sealed class SmokeTests
{
    [Fact]
    public async Task GetMe_SampleSeed_ReturnsUser()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var me = await Graph.Client(sim).Me.GetAsync();
        Assert.Equal("Ana Souza", me!.DisplayName);
    }
}
