using System.Text;
using System.Text.Json.Nodes;

namespace OutlookFollowUp.Graph.Tests.Infrastructure;

/// <summary>
/// Sits between the gateway and the Simulator and spoils the $batch sub-request that creates the item tagged
/// <paramref name="key"/> (a draft's extended property without its id, or a task's linked resource as an object), so the
/// Simulator refuses that one create with 400 as Graph would refuse an invalid item.
/// </summary>
internal sealed class RefuseOneCreateHandler(string key) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath.EndsWith("/$batch", StringComparison.Ordinal) == true && request.Content is not null)
        {
            var batch = JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
            foreach (var step in batch["requests"]!.AsArray())
            {
                if (step?["body"] is JsonObject body && body.ToJsonString().Contains(key, StringComparison.Ordinal))
                {
                    if (body["singleValueExtendedProperties"] is JsonArray properties)
                    {
                        properties[0]!.AsObject().Remove("id");
                    }

                    if (body["linkedResources"] is not null)
                    {
                        body["linkedResources"] = new JsonObject { ["externalId"] = key };
                    }
                }
            }

            var content = new StringContent(batch.ToJsonString(), Encoding.UTF8, "application/json");
            request.Content = content;
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
