using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Graph.Resilience;
using OutlookFollowUp.Graph.Tests.Infrastructure;
using OutlookFollowUp.Simulator;

namespace OutlookFollowUp.Graph.Tests.Gateway;

/// <summary>Drafts already placed: their state (changed? sent? deleted?), updates of unchanged ones, take-back; ids checked.</summary>
public sealed class PlacedDraftTests
{
    [Fact]
    public async Task EnsureDraftsAsync_Created_CarriesTheStampGraphGaveIt()
    {
        using var h = new GatewayHarness();

        var item = (await h.Gateway.EnsureDraftsAsync(Drafts.Requests(1), CancellationToken.None))[0].Item!;

        var stored = Assert.Single(h.Simulator.GetDrafts());
        Assert.Equal(stored["changeKey"]!.GetValue<string>(), item.Stamp!.ChangeKey);
        Assert.Equal(DateTimeOffset.Parse(stored["lastModifiedDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), item.Stamp.LastModified);
        Assert.Equal(stored["parentFolderId"]!.GetValue<string>(), item.Stamp.ParentFolderId);
    }

    [Fact]
    public async Task GetMessageStatesAsync_TellsEditedSentDeletedAndGone()
    {
        using var h = new GatewayHarness();
        var items = (await h.Gateway.EnsureDraftsAsync(Drafts.Requests(4), CancellationToken.None)).Select(r => r.Item!).ToList();
        h.Simulator.EditDraft(items[1].Id, "<p>mine</p>");
        h.Simulator.SendDraft(items[2].Id);
        h.Simulator.DeleteDraftInOutlook(items[3].Id);
        h.Simulator.ClearLog();

        var states = await h.Gateway.GetMessageStatesAsync([.. items.Select(i => i.Id), "AAMkGONE1"], CancellationToken.None);

        Assert.Equal(items[0].Stamp, states[items[0].Id]!.Stamp);
        Assert.NotEqual(items[1].Stamp!.ChangeKey, states[items[1].Id]!.Stamp.ChangeKey);
        Assert.False(states[items[2].Id]!.IsDraft);
        Assert.NotEqual(items[3].Stamp!.ParentFolderId, states[items[3].Id]!.Stamp.ParentFolderId);
        Assert.Null(states["AAMkGONE1"]);
        Assert.Equal(1, h.Count("POST", "/$batch"));
    }

    [Fact]
    public async Task UpdateDraftsAsync_ReplacesTheContent_AndReturnsTheNewStamp()
    {
        using var h = new GatewayHarness();
        var item = (await h.Gateway.EnsureDraftsAsync(Drafts.Requests(1), CancellationToken.None))[0].Item!;

        var results = await h.Gateway.UpdateDraftsAsync(
            [new DraftUpdate(item.Id, "Thank you - Data Analyst", "<p>Updated with your note.</p>", [new EmailAddress("amy.chen@contoso.com", "Amy Chen")]),
             new DraftUpdate("AAMkGONE2", "x", "<p>x</p>", [])], CancellationToken.None);
        var result = Assert.Single(results, r => r.MessageId == item.Id);

        Assert.True(result.Succeeded);
        var stored = Assert.Single(h.Simulator.GetDrafts());
        Assert.Equal("<p>Updated with your note.</p>", stored["body"]!["content"]!.GetValue<string>());
        Assert.Equal(stored["changeKey"]!.GetValue<string>(), result.Stamp!.ChangeKey);
        Assert.NotEqual(item.Stamp!.ChangeKey, result.Stamp.ChangeKey);
    }

    [Fact]
    public async Task UpdateDraftsAsync_GoneDraft_IsNotFoundNotAFailure()
    {
        using var h = new GatewayHarness();

        var result = Assert.Single(await h.Gateway.UpdateDraftsAsync([new DraftUpdate("AAMkGONE3", "x", "<p>x</p>", [])], CancellationToken.None));

        Assert.True(result.NotFound);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task DeleteMessagesAsync_DeletesOnce_AndOneAlreadyGoneIsDone()
    {
        using var h = new GatewayHarness();
        var item = (await h.Gateway.EnsureDraftsAsync(Drafts.Requests(1), CancellationToken.None))[0].Item!;
        h.Simulator.InjectFault(RequestMatch.For("DELETE", "/me/messages/"), SimulatedFault.LostResponse());

        var results = await h.Gateway.DeleteMessagesAsync([item.Id], CancellationToken.None);

        // The first DELETE was carried out but its answer lost; the retry finds it gone: the same end state.
        Assert.True(results[0].NotFound || results[0].Succeeded);
        Assert.Empty(h.Simulator.GetDrafts());
        Assert.Equal(2, h.Count("DELETE", "/me/messages/"));
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("a/../b")]
    [InlineData("AAMk?$select=id")]
    [InlineData("AAMk#frag")]
    [InlineData("")]
    public async Task EveryIdTakingCall_IdThatIsNotAnOutlookId_IsRefusedBeforeAnythingIsSent(string id)
    {
        using var h = new GatewayHarness();

        await Assert.ThrowsAsync<InvalidGraphIdException>(() => h.Gateway.GetEventAsync(id, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidGraphIdException>(() => h.Gateway.GetEventOfMessageAsync(id, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidGraphIdException>(() => h.Gateway.GetMessageStatesAsync([id], CancellationToken.None));
        await Assert.ThrowsAsync<InvalidGraphIdException>(() => h.Gateway.DeleteMessagesAsync([id], CancellationToken.None));
        await Assert.ThrowsAsync<InvalidGraphIdException>(() => h.Gateway.UpdateTaskAsync("list", id, new TaskUpdate(Completed: true), CancellationToken.None));

        Assert.Empty(h.Log);
    }

    [Fact]
    public async Task GetEventAsync_IdWithSlashPlusEquals_TravelsAsOnePercentEncodedSegment()
    {
        using var h = new GatewayHarness();

        var found = await h.Gateway.GetEventAsync("AAMk+a/b==", CancellationToken.None);

        Assert.Null(found);
        var call = Assert.Single(h.Log);
        Assert.StartsWith("/v1.0/me/events/AAMk%2Ba%2Fb%3D%3D", call.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetEventAsync_GraphRefuses_IsAGatewayRefusalNotAKiotaType()
    {
        using var h = new GatewayHarness();
        h.Simulator.InjectFault(RequestMatch.For("GET", "/me/events/"), SimulatedFault.Refused(403));

        var error = await Assert.ThrowsAsync<GraphRefusedException>(() => h.Gateway.GetEventAsync("AAMkX", CancellationToken.None));

        Assert.Equal(403, error.Status);
    }
}
