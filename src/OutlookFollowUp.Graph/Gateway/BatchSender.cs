using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using OutlookFollowUp.Graph.Resilience;

namespace OutlookFollowUp.Graph.Gateway;

/// <summary>The answer to one request inside a $batch.</summary>
/// <param name="Status">The sub-request's own HTTP status.</param>
/// <param name="RetryAfter">Its own Retry-After, when throttled.</param>
/// <param name="Body">Its JSON body.</param>
internal sealed record StepResponse(int Status, TimeSpan? RetryAfter, string Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public bool IsTransient => GraphResilience.IsTransientStatus(Status);
}

/// <summary>
/// Sends requests in JSON batches of at most 20 (Graph's limit), one batch at a time (Outlook already runs four
/// sub-requests of a batch in parallel). Does not retry: callers know which of their requests are safe to resend.
/// </summary>
internal sealed class BatchSender(GraphServiceClient client, TimeProvider timeProvider)
{
    public const int MaxBatchSize = 20;

    public async Task<Dictionary<string, StepResponse>> SendAsync(IReadOnlyList<(string Id, RequestInformation Request)> steps, CancellationToken cancellationToken)
    {
        var responses = new Dictionary<string, StepResponse>(StringComparer.Ordinal);
        foreach (var chunk in steps.Chunk(MaxBatchSize))
        {
            var batch = new BatchRequestContentCollection(client, MaxBatchSize);
            foreach (var (id, request) in chunk)
            {
                await batch.AddBatchRequestStepAsync(request, id).ConfigureAwait(false);
            }

            var answer = await client.Batch.PostAsync(batch, cancellationToken).ConfigureAwait(false);
            var statuses = await answer.GetResponsesStatusCodesAsync().ConfigureAwait(false);
            foreach (var (id, _) in chunk)
            {
                if (!statuses.ContainsKey(id))
                {
                    // Graph answers every id; a missing one is treated like a lost response.
                    responses[id] = new StepResponse(504, null, "");
                    continue;
                }

                using var message = await answer.GetResponseByIdAsync(id).ConfigureAwait(false);
                var body = message.Content is null ? "" : await message.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                responses[id] = new StepResponse((int)message.StatusCode, GraphResilience.RetryAfter(message.Headers, timeProvider), body);
            }
        }

        return responses;
    }
}
