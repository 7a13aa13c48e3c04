using Microsoft.Playwright;

namespace OutlookFollowUp.BrowserTests;

/// <summary>
/// What the pane does with the API's newer endpoints (take back, update after a note, corrections, facts, preview with
/// role and company). They pass once the service has those endpoints; until then each fails with the service's "not
/// found" in the pane's status line.
/// </summary>
[Trait("Category", "NeedsNewApi")]
public sealed class DemoPaneNewApiTests(DemoServer demo) : IClassFixture<DemoServer>, IAsyncLifetime
{
    private const string Panel = "Interview: Frontend Engineer - Northwind Traders";
    private const string PutDrafts = "Put drafts in my Drafts folder";

    public Task InitializeAsync() => demo.ResetAsync();

    public Task DisposeAsync() => demo.CloseContextsAsync();

    [Fact]
    public async Task TakeBack_RemovesTheDraftsWePlaced()
    {
        var page = await OpenAsync(Panel);
        await page.GetByRole(AriaRole.Button, new() { Name = PutDrafts }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the draft for Raj Mehta" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Take back these drafts" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Took back 3 drafts from your Drafts folder")).ToBeVisibleAsync();
        Assert.Empty((await demo.MailboxAsync())["drafts"]!.AsArray());
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the draft for Raj Mehta" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task NoteAddedAfterTheDrafts_UpdatesThatUnchangedDraft()
    {
        var page = await OpenAsync(Panel);
        await page.GetByRole(AriaRole.Button, new() { Name = PutDrafts }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the draft for Raj Mehta" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Note for Raj Mehta" }).PressSequentiallyAsync("we sketched the new onboarding flow");
        await page.GetByRole(AriaRole.Button, new() { Name = PutDrafts }).ClickAsync();

        await Assertions.Expect(page.GetByText("Updated with your note: Raj Mehta.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = "Draft to raj.mehta@northwindtraders.com" })).ToContainTextAsync("new onboarding flow");
        Assert.Equal(3, (await demo.MailboxAsync())["drafts"]!.AsArray().Count);
    }

    [Fact]
    public async Task RoleEdited_ShowsInThePreview()
    {
        var page = await OpenAsync(Panel);
        var role = page.GetByRole(AriaRole.Textbox, new() { Name = "Role", Exact = true });
        await role.FillAsync("Senior Frontend Engineer");
        await role.PressAsync("Tab");

        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Preview for Raj Mehta" })).ToContainTextAsync("Senior Frontend Engineer");
        await Assertions.Expect(page.GetByText("Role and company saved.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AddInterviewer_GetsANoteBoxAndAPreview()
    {
        var page = await OpenAsync(Panel);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Dana Kim");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email address" }).FillAsync("dana.kim@northwindtraders.com");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add interviewer" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Note for Dana Kim" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Preview for Dana Kim" })).ToContainTextAsync("Dana");
    }

    [Fact]
    public async Task NotMyInterview_IsRemembered()
    {
        var page = await OpenAsync(Panel);

        await page.GetByRole(AriaRole.Button, new() { Name = "This is not my interview" }).ClickAsync();

        await Assertions.Expect(page.GetByText("You said this is not your interview, so nothing is drafted for it.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "This is my interview" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheyAlreadyAnswered_EndsTheFollowUp()
    {
        var page = await OpenAsync(Panel);
        await page.GetByRole(AriaRole.Button, new() { Name = PutDrafts }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the draft for Raj Mehta" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "They already answered me" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Follow-up ended: you told us they already answered you.")).ToBeVisibleAsync();
    }

    private async Task<IPage> OpenAsync(string subject)
    {
        var page = await demo.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = subject }).ClickAsync();
        await Assertions.Expect(page.Locator("#pane h2")).ToBeVisibleAsync();
        return page;
    }
}
