using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using OutlookFollowUp.Api.Mailbox;
using OutlookFollowUp.Graph.Gateway;

namespace OutlookFollowUp.Api.Tests;

public sealed class ConsentTests
{
    [Fact]
    public async Task Api_WhenOnBehalfOfNeedsTheUser_Answers403ProblemDetailsInsteadOf500()
    {
        await using var host = new ApiHost(services: s => s.AddSingleton<IUserMailboxes, ConsentMissing>());
        using var client = host.As("60000000-0000-4000-8000-000000000001");

        using var response = await client.PostJsonAsync("/api/interviews/analyze", new { itemId = Seed.NodEvent });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Consent needed", (await response.ProblemAsync())["title"]!.GetValue<string>());
        Assert.NotEmpty(response.Headers.WwwAuthenticate); // the challenge the pane needs to ask for consent again
    }

    private sealed class ConsentMissing : IUserMailboxes
    {
        public IServiceMailbox Open(string userKey, ClaimsPrincipal? caller) =>
            throw new MsalUiRequiredException("invalid_grant", "AADSTS65001: The user or administrator has not consented.");

        public Task<bool> ArmBackgroundSessionAsync(string userKey, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
            throw new MsalUiRequiredException("invalid_grant", "AADSTS65001");
    }
}
