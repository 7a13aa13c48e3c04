using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookFollowUp.Simulator.Tests.Infrastructure;

namespace OutlookFollowUp.Simulator.Tests.Mail;

public sealed class MessagesTests
{
    private const string KeyProperty = "String {8ECCC264-6880-4EBE-992F-8888D2EEAA1D} Name InterviewFollowUpKey";
    private static readonly DateTimeOffset Now = new(2026, 11, 17, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CreateMessage_WithExtendedProperty_StoresDraftAndDoesNotReturnProperty()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed(), new SimulatorOptions { TimeProvider = new FakeTimeProvider(Now) });

        var created = await CreateDraftAsync(Graph.Client(sim), "thankyou:ical-1:peter.wu@lucernepublishing.com");

        Assert.True(created!.IsDraft);
        Assert.False(string.IsNullOrEmpty(created.Id));
        Assert.False(string.IsNullOrEmpty(created.ConversationId));
        Assert.False(string.IsNullOrEmpty(created.InternetMessageId));
        Assert.StartsWith("https://outlook.office365.com/owa/", created.WebLink, StringComparison.Ordinal);
        Assert.Equal(Now, created.CreatedDateTime);
        Assert.Equal("Thank you", created.Subject);
        Assert.Equal("peter.wu@lucernepublishing.com", Assert.Single(created.ToRecipients!).EmailAddress!.Address);
        Assert.Null(created.SingleValueExtendedProperties);
        var draft = Assert.Single(sim.GetDrafts());
        Assert.Equal(created.ParentFolderId, draft["parentFolderId"]!.GetValue<string>());
        Assert.Equal("thankyou:ical-1:peter.wu@lucernepublishing.com", draft["singleValueExtendedProperties"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("<p>Dear Peter</p>", draft["body"]!["content"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(KeyProperty, "thankyou:ical-1:peter.wu@lucernepublishing.com", 1)]
    [InlineData(KeyProperty, "THANKYOU:ICAL-1:PETER.WU@LUCERNEPUBLISHING.COM", 1)]
    [InlineData("string {8eccc264-6880-4ebe-992f-8888d2eeaa1d} name InterviewFollowUpKey", "thankyou:ical-1:peter.wu@lucernepublishing.com", 1)]
    [InlineData("String {8ECCC264-6880-4EBE-992F-8888D2EEAA1D} Name interviewfollowupkey", "thankyou:ical-1:peter.wu@lucernepublishing.com", 0)]
    [InlineData(KeyProperty, "thankyou:ical-2:peter.wu@lucernepublishing.com", 0)]
    public async Task ListMessages_ExtendedPropertyFilter_NameCaseSensitiveValueCaseInsensitive(string propertyId, string value, int expected)
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var graph = Graph.Client(sim);
        await CreateDraftAsync(graph, "thankyou:ical-1:peter.wu@lucernepublishing.com");
        await CreateDraftAsync(graph, "thankyou:ical-1:grace.hall@lucernepublishing.com");

        var found = await graph.Me.Messages.GetAsync(rc =>
            rc.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{propertyId}' and ep/value eq '{value}')");

        Assert.Equal(expected, found!.Value!.Count);
        Assert.All(found.Value, m => Assert.Null(m.SingleValueExtendedProperties));
    }

    [Fact]
    public async Task GetMessage_ExpandExtendedPropertyById_ReturnsIt()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var graph = Graph.Client(sim);
        var created = await CreateDraftAsync(graph, "statuscheck-draft:ical-9");

        var read = await graph.Me.Messages[created!.Id].GetAsync(rc =>
            rc.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{KeyProperty}')"]);

        var property = Assert.Single(read!.SingleValueExtendedProperties!);
        Assert.Equal("statuscheck-draft:ical-9", property.Value);
    }

    [Fact]
    public async Task ListMessages_ReceivedDateTimeFilterWithTopAndOrderby_PagesThroughNewerMessages()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var graph = Graph.Client(sim);
        sim.AddInboxMessage(Seeds.Message("S4", "2026-11-15T08:00:00Z", "hr@lucernepublishing.com", "Offer"));

        var first = await graph.Me.Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = "receivedDateTime ge 2026-11-13T09:00:00Z and isDraft eq false";
            rc.QueryParameters.Orderby = ["receivedDateTime desc"];
            rc.QueryParameters.Select = ["subject", "from", "receivedDateTime"];
            rc.QueryParameters.Top = 2;
        });
        var subjects = new List<string>();
        await PageIterator<Message, MessageCollectionResponse>.CreatePageIterator(graph, first!, m =>
        {
            subjects.Add(m.Subject!);
            return true;
        }).IterateAsync();

        Assert.Equal(2, first!.Value!.Count);
        Assert.NotNull(first.OdataNextLink);
        Assert.Equal(["Offer", "Weekend plans", "Automatic reply: Thank you"], subjects);
        Assert.Null(first.Value[0].Body);
    }

    [Fact]
    public async Task ListMessages_GreaterThanFilter_ExcludesBoundaryAndDollarOrPercentNamesBothWork()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        using var http = Graph.Raw(sim);

        var dollar = JsonNode.Parse(await http.GetStringAsync(new Uri(
            "/v1.0/me/messages?$filter=receivedDateTime gt 2026-11-13T09:00:00Z&$select=subject", UriKind.Relative)))!;
        var percent = JsonNode.Parse(await http.GetStringAsync(new Uri(
            "/v1.0/me/messages?%24filter=receivedDateTime%20ge%202026-11-13T09%3A00%3A00Z&%24select=subject", UriKind.Relative)))!;

        Assert.Equal(["S3"], dollar["value"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
        Assert.Equal(["S3", "S2"], percent["value"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
        Assert.Null(percent["value"]![0]!["from"]);
    }

    [Theory]
    [InlineData("receivedDateTime ge 2026-11-13", 2)]
    [InlineData("receivedDateTime lt 2026-11-13T00:00:00.000Z", 1)]
    [InlineData("from/emailAddress/address eq 'ROB.LANE@nodpublishers.com'", 1)]
    [InlineData("receivedDateTime ge 2026-11-01T00:00:00Z and (startswith(subject, 'automatic reply') or contains(subject, 'weekend'))", 2)]
    [InlineData("not(isDraft eq false)", 0)]
    public async Task ListMessages_OtherFilterForms_Evaluated(string filter, int expected)
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());

        var found = await Graph.Client(sim).Me.Messages.GetAsync(rc => rc.QueryParameters.Filter = filter);

        Assert.Equal(expected, found!.Value!.Count);
    }

    [Fact]
    public async Task ListMessages_DraftsHaveReceivedDateTime_SoIsDraftFilterMatters()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed(), new SimulatorOptions { TimeProvider = new FakeTimeProvider(Now) });
        var graph = Graph.Client(sim);
        await CreateDraftAsync(graph, "k1");

        var all = await graph.Me.Messages.GetAsync(rc => rc.QueryParameters.Filter = "receivedDateTime ge 2026-11-17T00:00:00Z");
        var inbound = await graph.Me.Messages.GetAsync(rc => rc.QueryParameters.Filter = "receivedDateTime ge 2026-11-17T00:00:00Z and isDraft eq false");

        Assert.Single(all!.Value!);
        Assert.Empty(inbound!.Value!);
    }

    [Fact]
    public async Task ListMessages_OrderbyNotFirstInFilter_Returns400InefficientFilter()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());

        var ex = await Assert.ThrowsAsync<ODataError>(() => Graph.Client(sim).Me.Messages.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = "isDraft eq false and receivedDateTime ge 2026-11-01T00:00:00Z";
            rc.QueryParameters.Orderby = ["receivedDateTime desc"];
        }));

        Assert.Equal(400, ex.ResponseStatusCode);
        Assert.Equal("InefficientFilter", ex.Error!.Code);
    }

    [Theory]
    [InlineData("receivedDateTime ge")]
    [InlineData("receivedDateTime ge 2026-11-01T00:00:00+01:00")] // an unencoded '+' decodes to a space, as on Graph
    [InlineData("singleValueExtendedProperties/Any(ep: ep/id eq 'x'")]
    public async Task ListMessages_MalformedFilter_Returns400(string filter)
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        using var http = Graph.Raw(sim);

        using var response = await http.GetAsync(new Uri("/v1.0/me/messages?$filter=" + filter, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ListMessages_InternetMessageHeaders_OnlyWhenSelected()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var graph = Graph.Client(sim);

        var plain = await graph.Me.Messages["S2"].GetAsync();
        var selected = await graph.Me.Messages["S2"].GetAsync(rc => rc.QueryParameters.Select = ["subject", "internetMessageHeaders"]);

        Assert.Null(plain!.InternetMessageHeaders);
        var header = Assert.Single(selected!.InternetMessageHeaders!);
        Assert.Equal(("Auto-Submitted", "auto-replied"), (header.Name, header.Value));
    }

    [Fact]
    public async Task GetMessage_ExpandEventMessageEvent_ReturnsTheCalendarEvent()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var invite = Seeds.Message("INV1", "2026-11-02T10:00:00Z", "grace.hall@lucernepublishing.com", "Interview: Editorial Assistant");
        invite["@odata.type"] = "#microsoft.graph.eventMessage";
        invite["meetingMessageType"] = "meetingRequest";
        invite["event"] = new JsonObject { ["id"] = "AAMkAGFD8D214964D4507A8266F92F1CFCE0736A39D2C4" };
        sim.AddInboxMessage(invite);
        var graph = Graph.Client(sim);

        var plain = await graph.Me.Messages["INV1"].GetAsync();
        var expanded = await graph.Me.Messages["INV1"].GetAsync(rc => rc.QueryParameters.Expand = ["microsoft.graph.eventMessage/event"]);

        Assert.Null(Assert.IsType<EventMessage>(plain).Event);
        var eventMessage = Assert.IsType<EventMessage>(expanded);
        Assert.Equal("Interview: Editorial Assistant - Lucerne Publishing", eventMessage.Event!.Subject);
        Assert.Equal("2026-11-10T15:00:00.0000000", eventMessage.Event.Start!.DateTime);
    }

    [Fact]
    public async Task AddSentMessage_IsInSentItemsNotDraftFromTheUser()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        sim.AddSentMessage(Seeds.Message("SENT1", "2026-11-10T18:00:00Z", "ignored@example.com", "Thank you"));
        var graph = Graph.Client(sim);

        var sent = await graph.Me.MailFolders["sentitems"].Messages.GetAsync();
        var inbox = await graph.Me.MailFolders["inbox"].Messages.GetAsync();

        var message = Assert.Single(sent!.Value!);
        Assert.False(message.IsDraft);
        Assert.Equal("Thank you", message.Subject);
        Assert.Equal(3, inbox!.Value!.Count);
        Assert.Empty(sim.GetDrafts());
    }

    private static Task<Message?> CreateDraftAsync(GraphServiceClient graph, string key) =>
        graph.Me.Messages.PostAsync(new Message
        {
            Subject = "Thank you",
            Body = new ItemBody { ContentType = BodyType.Html, Content = "<p>Dear Peter</p>" },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = "peter.wu@lucernepublishing.com", Name = "Peter Wu" } }],
            SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = KeyProperty, Value = key }],
        });
}
