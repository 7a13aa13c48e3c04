using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OutlookFollowUp.BrowserTests;

/// <summary>
/// The demo as a person uses it, in Chromium, finding controls by role and accessible name (DESIGN.md "The add-in").
/// These need only the API that exists today (analyze, drafts, settings, activity).
/// </summary>
public sealed class DemoPaneTests(DemoServer demo) : IClassFixture<DemoServer>, IAsyncLifetime
{
    private const string Panel = "Interview: Frontend Engineer - Northwind Traders";
    private const string PutDrafts = "Put drafts in my Drafts folder";

    public Task InitializeAsync() => demo.ResetAsync();

    public Task DisposeAsync() => demo.CloseContextsAsync();

    [Fact]
    public async Task Pane_NoteForOneInterviewer_ShowsInThatPreviewOnly()
    {
        var page = await OpenAsync(Panel);

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Note for Raj Mehta" }).PressSequentiallyAsync("we compared notes on the checkout redesign");

        var raj = page.GetByRole(AriaRole.Region, new() { Name = "Preview for Raj Mehta" });
        await Assertions.Expect(raj).ToContainTextAsync("checkout redesign");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Preview for Chen, Amy" })).Not.ToContainTextAsync("checkout redesign");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Preview for José García" })).Not.ToContainTextAsync("checkout redesign");
        await Assertions.Expect(page.GetByText("42 / 600")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task PutDrafts_DoubleClick_OneDraftPerInterviewerWithTheNote()
    {
        var page = await OpenAsync(Panel);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Note for Raj Mehta" }).PressSequentiallyAsync("we compared notes on the checkout redesign");
        var raj = page.GetByRole(AriaRole.Region, new() { Name = "Preview for Raj Mehta" });
        await Assertions.Expect(raj).ToContainTextAsync("checkout redesign");
        var previewText = await raj.Locator(".preview-body").InnerTextAsync();
        var placeRequests = 0;
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/api/interviews/drafts", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref placeRequests);
            }
        };

        await page.GetByRole(AriaRole.Button, new() { Name = PutDrafts }).DblClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "in your Drafts folder" }).First).ToContainTextAsync("3 drafts are in your Drafts folder");
        Assert.Equal(1, placeRequests);
        var mailbox = await demo.MailboxAsync();
        var drafts = mailbox["drafts"]!.AsArray().Select(d => d!["to"]!.GetValue<string>()).ToList();
        Assert.Equal(3, drafts.Count);
        Assert.Equal(
            ["amy.chen@northwindtraders.com", "jose.garcia@northwindtraders.com", "raj.mehta@northwindtraders.com"],
            drafts.Order(StringComparer.Ordinal));

        // The simulated Drafts view shows every draft with its address; Raj's holds exactly the previewed text.
        var drafted = page.GetByRole(AriaRole.Article, new() { Name = "Draft to raj.mehta@northwindtraders.com" });
        await Assertions.Expect(drafted).ToContainTextAsync("checkout redesign");
        var draftText = await drafted.Locator(".mail-body").InnerTextAsync();
        Assert.Equal(Normalize(previewText), Normalize(draftText));
        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = "Draft to jose.garcia@northwindtraders.com" })).ToContainTextAsync("José,");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the draft for Raj Mehta" })).ToBeVisibleAsync();

        await page.Locator(".place").ScreenshotAsync(new() { Path = DemoServer.ScreenshotPath("pane-drafts-placed-320.png") });

        // Putting them again places nothing new.
        await page.GetByRole(AriaRole.Button, new() { Name = PutDrafts }).ClickAsync();
        await Assertions.Expect(page.GetByText("Already there, unchanged")).ToBeVisibleAsync();
        Assert.Equal(3, (await demo.MailboxAsync())["drafts"]!.AsArray().Count);
    }

    [Fact]
    public async Task PublicHolidays_FromTheMailbox_CanBeChangedInThePane()
    {
        var page = await OpenAsync(Panel);
        await Assertions.Expect(page.GetByText("Public holidays of United States are skipped too (from your mailbox’s language and region).")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Public holidays to skip" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "None", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("Public holidays are no longer skipped.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("No public holidays are skipped.")).ToBeVisibleAsync();
        // A setting of the user's, not of the page: it is still there when the pane opens again.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByText("No public holidays are skipped.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task StatusCheckDate_OffersWorkingDaysOnly_AndMovesTheReminder()
    {
        var page = await OpenAsync(Panel);
        var date = page.GetByRole(AriaRole.Combobox, new() { Name = "Status-check date" });
        await Assertions.Expect(date).ToContainTextAsync("Tuesday, December 1");
        await page.GetByRole(AriaRole.Button, new() { Name = PutDrafts }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the draft for Raj Mehta" })).ToBeVisibleAsync();

        await date.ClickAsync();
        var options = await page.GetByRole(AriaRole.Option).AllInnerTextsAsync();
        Assert.DoesNotContain(options, o => o.StartsWith("Saturday", StringComparison.Ordinal) || o.StartsWith("Sunday", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Option, new() { Name = "Wednesday, December 2", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("Status check moved to Wednesday, December 2.")).ToBeVisibleAsync();
        var tasks = (await demo.MailboxAsync())["tasks"]!.AsArray();
        Assert.Contains(tasks, t => t!["due"]?.GetValue<string>()?.StartsWith("2026-12-02", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Notes_AreKeptPerInterviewWhileThePaneIsOpen()
    {
        var page = await OpenAsync(Panel);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Note for Raj Mehta" }).PressSequentiallyAsync("the checkout redesign");

        await page.GetByRole(AriaRole.Button, new() { Name = "Interview: Product Designer - Fabrikam" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Note for Sam Ortiz" })).ToBeEmptyAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = Panel }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Note for Raj Mehta" })).ToHaveValueAsync("the checkout redesign");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Preview for Raj Mehta" })).ToContainTextAsync("the checkout redesign");
    }

    [Fact]
    public async Task Note_OverTheLimit_SaysSoAndIsNotCut()
    {
        var page = await OpenAsync(Panel);
        var note = page.GetByRole(AriaRole.Textbox, new() { Name = "Note for Raj Mehta" });

        await note.FillAsync(new string('a', 610));

        await Assertions.Expect(page.GetByText("610 / 600: 10 over the limit")).ToBeVisibleAsync();
        await Assertions.Expect(note).ToHaveValueAsync(new string('a', 610));

        await page.GetByRole(AriaRole.Button, new() { Name = PutDrafts }).ClickAsync();
        await Assertions.Expect(page.GetByText("The note for Raj Mehta is 610 characters; 600 at most.")).ToBeVisibleAsync();
        Assert.Empty((await demo.MailboxAsync())["drafts"]!.AsArray());
    }

    [Fact]
    public async Task DraftsView_WrapsALongNote_AndNeverWidensThePage()
    {
        var page = await OpenAsync(Panel);
        var unbroken = string.Concat(Enumerable.Repeat("averyveryverylongwordwithoutanyspaces", 12));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Note for Raj Mehta" }).FillAsync("we talked about " + unbroken);
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Preview for Raj Mehta" })).ToContainTextAsync("averyvery");

        await page.GetByRole(AriaRole.Button, new() { Name = PutDrafts }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = "Draft to raj.mehta@northwindtraders.com" })).ToContainTextAsync("averyvery");
        var (scroll, viewport) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), page.ViewportSize!.Width);
        Assert.True(scroll <= viewport, $"the page is {scroll} px wide in a {viewport} px window");
    }

    [Fact]
    public async Task NoContactInvite_SaysWhyAndOffersNoDrafts()
    {
        var page = await OpenAsync("Onsite: Senior Product Designer - Wingtip Toys");

        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("asked candidates not to contact");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = PutDrafts })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("^Note for") })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task NotAnInterview_SaysSo()
    {
        var page = await OpenAsync("Podcast interview: Design Matters, episode 42");

        await Assertions.Expect(page.GetByText("No, this is not a job interview")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = PutDrafts })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "This is my interview" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task NoStatusInquiries_ThankYousYesStatusCheckNoAndWhy()
    {
        var page = await OpenAsync("Phone screen: UX Researcher - Tailspin Toys");

        await Assertions.Expect(page.GetByText("Thank-you notes: yes. Status check: no, because the employer asked candidates not to ask about the status")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Note for Lena Fischer" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Dates_AreInWordsNeverIso()
    {
        var page = await OpenAsync(Panel);
        await Assertions.Expect(page.GetByText("They said they would get back to you by Friday, November 27")).ToBeVisibleAsync();
        var paneText = await page.Locator("#pane").InnerTextAsync();
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", paneText);
    }

    [Fact]
    public async Task TaskPane_OutsideOutlook_SaysSoAndPointsToTheDemo()
    {
        var page = await demo.NewPageAsync(320, 700);
        await page.GotoAsync("/taskpane.html");

        await Assertions.Expect(page.GetByText("outside Outlook")).ToBeVisibleAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = "the demo page" });
        await link.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = Panel })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task LetAWeekPass_AutomaticInterview_StatusCheckDraftAndReminderAppear()
    {
        var page = await OpenAsync("Interview: Product Designer - Fabrikam");
        await page.GetByRole(AriaRole.Switch, new() { Name = "Follow up automatically after this interview" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Automatic mode is on for this interview.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Let a day pass" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Demo today: Saturday, November 21")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = "Draft to priya.patel@fabrikam.com" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Let a week pass" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Drafts", Exact = true })).ToContainTextAsync("Following up on the Product Designer position");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "To Do: Interview follow-ups" })).Not.ToContainTextAsync("No reminders yet");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Inbox: answers from employers" })).ToContainTextAsync("Next steps: final round at Northwind Traders");
    }

    [Fact]
    public async Task SpanishInvite_DraftsInSpanish_AndCanBeSwitchedToEnglish()
    {
        var page = await OpenAsync("Entrevista: Analista de Datos - Contoso");
        await Assertions.Expect(page.GetByText("Drafts are in Spanish, the invite’s language.")).ToBeVisibleAsync();
        var lucia = page.GetByRole(AriaRole.Region, new() { Name = "Preview for Lucía Fernández" });
        await Assertions.Expect(lucia).ToContainTextAsync("Hola, Lucía:");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Write the drafts in" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "English", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("The drafts are now in English.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Drafts are in English, as you chose.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Preview for Lucía Fernández" })).ToContainTextAsync("Lucía,");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Preview for Lucía Fernández" })).Not.ToContainTextAsync("Hola");

        // What is placed is what the preview shows: the English drafts.
        await page.GetByRole(AriaRole.Button, new() { Name = PutDrafts }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the draft for Lucía Fernández" })).ToBeVisibleAsync();
        var drafted = page.GetByRole(AriaRole.Article, new() { Name = "Draft to lucia.fernandez@contoso.com" });
        await Assertions.Expect(drafted).Not.ToContainTextAsync("Hola");
        await page.Locator(".place").ScreenshotAsync(new() { Path = DemoServer.ScreenshotPath("pane-language-switched-320.png") });
    }

    [Fact]
    public async Task EmployerReply_AfterTheDraftsFromThePane_ShowsTheOutcome()
    {
        var page = await OpenAsync(Panel);
        await page.GetByRole(AriaRole.Button, new() { Name = PutDrafts }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open the draft for Raj Mehta" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Let a week pass" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Inbox: answers from employers" })).ToContainTextAsync("Next steps: final round at Northwind Traders");
        await page.GetByRole(AriaRole.Button, new() { Name = Panel }).ClickAsync();

        await Assertions.Expect(page.GetByText("Northwind Traders replied on Tue: next step.")).ToBeVisibleAsync();
        var tasks = (await demo.MailboxAsync())["tasks"]!.AsArray();
        Assert.Contains(tasks, t => t!["title"]?.GetValue<string>() == "Check in about Frontend Engineer" && t["status"]?.GetValue<string>() == "completed");
        await page.Locator("#pane").ScreenshotAsync(new() { Path = DemoServer.ScreenshotPath("pane-reply-outcome-320.png") });
    }

    [Fact]
    public async Task Pages_WorkUnderTheServicesContentSecurityPolicy()
    {
        var page = await demo.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        var demoPage = await page.GotoAsync("/demo/index.html?event=DemoNorthwindPanel");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Note for Raj Mehta" }).PressSequentiallyAsync("the checkout redesign");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Preview for Raj Mehta" })).ToContainTextAsync("the checkout redesign");
        var pane = await page.GotoAsync("/taskpane.html");
        await Assertions.Expect(page.GetByText("outside Outlook")).ToBeVisibleAsync();

        // The policy the service sends (not one the test makes up): own scripts and Office.js only, framed by Outlook.
        foreach (var response in new[] { demoPage!, pane! })
        {
            var policy = await response.HeaderValueAsync("content-security-policy");
            Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com;", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'self' https://outlook.office.com", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        }

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("DemoNorthwindPanel", "pane-panel-320.png")]
    [InlineData("DemoWingtipOnsite", "pane-no-contact-320.png")]
    [InlineData("DemoTailspinScreen", "pane-no-status-inquiries-320.png")]
    [InlineData("DemoPodcast", "pane-not-interview-320.png")]
    public async Task Pane_At320px_HasNoSeriousOrCriticalAxeViolations(string eventId, string screenshot)
    {
        var page = await demo.NewPageAsync(320, 900);
        await page.GotoAsync($"/demo/index.html?event={eventId}");
        await Assertions.Expect(page.Locator("#pane h2")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var results = await page.RunAxe(new AxeRunOptions());
        var bad = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();

        await page.Locator(".side").ScreenshotAsync(new() { Path = DemoServer.ScreenshotPath(screenshot) });
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 320, $"the page is {width} px wide at 320 px");
        Assert.True(bad.Count == 0, string.Join("\n", bad.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    [Fact]
    public async Task TaskPaneOutsideOutlook_At320px_HasNoSeriousOrCriticalAxeViolations()
    {
        var page = await demo.NewPageAsync(320, 600);
        await page.GotoAsync("/taskpane.html");
        await Assertions.Expect(page.GetByText("outside Outlook")).ToBeVisibleAsync();

        var results = await page.RunAxe();
        await page.ScreenshotAsync(new() { Path = DemoServer.ScreenshotPath("taskpane-outside-outlook-320.png"), FullPage = true });
        Assert.DoesNotContain(results.Violations, v => v.Impact is "serious" or "critical");
    }

    private async Task<IPage> OpenAsync(string subject)
    {
        var page = await demo.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = subject }).ClickAsync();
        await Assertions.Expect(page.Locator("#pane h2")).ToBeVisibleAsync();
        return page;
    }

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
