using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using OutlookFollowUp.Simulator.Tests.Infrastructure;

namespace OutlookFollowUp.Simulator.Tests.Batch;

public sealed class BatchTests
{
    [Fact]
    public async Task Batch_SubRequestThrottled_EnvelopeOkAndSubResponseCarriesRetryAfter()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var graph = Graph.Client(sim);
        var fault = sim.InjectFault(RequestMatch.For("POST", "/me/messages"), SimulatedFault.Throttled(TimeSpan.FromSeconds(7)));
        var batch = new BatchRequestContentCollection(graph);
        var meStep = await batch.AddBatchRequestStepAsync(graph.Me.ToGetRequestInformation());
        var draftStep = await batch.AddBatchRequestStepAsync(graph.Me.Messages.ToPostRequestInformation(new Message { Subject = "Thank you" }));

        var response = await graph.Batch.PostAsync(batch);
        var statuses = await response.GetResponsesStatusCodesAsync();
        using var throttled = await response.GetResponseByIdAsync(draftStep);

        Assert.Equal(HttpStatusCode.OK, statuses[meStep]);
        Assert.Equal((HttpStatusCode)429, statuses[draftStep]);
        Assert.Equal(TimeSpan.FromSeconds(7), throttled.Headers.RetryAfter!.Delta);
        Assert.Empty(sim.GetDrafts());
        Assert.Equal(1, fault.Hits);
        Assert.Equal(1, sim.HttpRequestCount);
        Assert.Equal(2, sim.BatchSubRequestCount);
        Assert.Contains(sim.GetRequestLog(), e => e is { InBatch: true, Method: "POST", StatusCode: 429 });

        // The SDK's helper re-sends only the failed step; this time it is created.
        var retry = batch.NewBatchWithFailedRequests(statuses);
        var retried = await graph.Batch.PostAsync(retry);
        Assert.Equal(HttpStatusCode.Created, Assert.Single(await retried.GetResponsesStatusCodesAsync()).Value);
        Assert.Single(sim.GetDrafts());
    }

    [Fact]
    public async Task Batch_DependsOnFailedRequest_Returns424ForDependent()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var body = """
            {"requests":[
              {"id":"1","method":"GET","url":"/me/events/nope"},
              {"id":"2","method":"GET","url":"/me","dependsOn":["1"]},
              {"id":"3","method":"POST","url":"/me/todo/lists","headers":{"Content-Type":"application/json"},"body":{"displayName":"Interview follow-ups"}}
            ]}
            """;

        var (status, json) = await PostBatchAsync(sim, body);

        Assert.Equal(HttpStatusCode.OK, status);
        var responses = json!["responses"]!.AsArray();
        Assert.Equal([404, 424, 201], responses.Select(r => r!["status"]!.GetValue<int>()));
        Assert.Equal("ErrorItemNotFound", responses[0]!["body"]!["error"]!["code"]!.GetValue<string>());
        Assert.Equal("Interview follow-ups", responses[2]!["body"]!["displayName"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(21, false, false, "exceeds the limit of 20")]
    [InlineData(2, true, false, "unique")]
    [InlineData(1, false, true, "Content-Type")]
    public async Task Batch_InvalidEnvelope_Returns400(int count, bool duplicateIds, bool bodyWithoutHeaders, string message)
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());
        var requests = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var request = new JsonObject { ["id"] = duplicateIds ? "same" : $"r{i}", ["method"] = "GET", ["url"] = "/me" };
            if (bodyWithoutHeaders)
            {
                request["method"] = "POST";
                request["url"] = "/me/messages";
                request["body"] = new JsonObject { ["subject"] = "x" };
            }

            requests.Add(request);
        }

        var (status, json) = await PostBatchAsync(sim, new JsonObject { ["requests"] = requests }.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, json!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, sim.BatchSubRequestCount);
    }

    [Fact]
    public async Task Batch_SixSlowSubRequests_RunsAtMostFourAtOnceSoNoneIsThrottled()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed(), new SimulatorOptions { Latency = TimeSpan.FromMilliseconds(200) });
        var requests = new JsonArray(Enumerable.Range(1, 6)
            .Select(i => (JsonNode)new JsonObject { ["id"] = $"{i}", ["method"] = "GET", ["url"] = "/me/mailboxSettings" })
            .ToArray());

        var (status, json) = await PostBatchAsync(sim, new JsonObject { ["requests"] = requests }.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(json!["responses"]!.AsArray(), r => Assert.Equal(200, r!["status"]!.GetValue<int>()));
        Assert.Equal(6, sim.BatchSubRequestCount);
    }

    [Fact]
    public async Task Batch_WithoutToken_Returns401ForTheEnvelope()
    {
        await using var sim = GraphSimulator.Start(Fixtures.SampleSeed());

        var (status, _) = await PostBatchAsync(sim, """{"requests":[{"id":"1","method":"GET","url":"/me"}]}""", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    private static async Task<(HttpStatusCode Status, JsonNode? Json)> PostBatchAsync(GraphSimulator sim, string body, string? token = Graph.Token)
    {
        using var http = Graph.Raw(sim, token);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/v1.0/$batch", UriKind.Relative), content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }
}
