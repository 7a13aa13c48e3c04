namespace OutlookFollowUp.Graph.Client;

/// <summary>
/// Keeps at most N requests in flight against one mailbox (Outlook allows 4). A <c>$batch</c> counts as N, because
/// Outlook runs up to 4 of its sub-requests at once; batches therefore run one at a time and alone.
/// </summary>
internal sealed class MailboxConcurrencyHandler(int limit) : DelegatingHandler
{
    private readonly SemaphoreSlim _permits = new(limit, limit);
    private readonly SemaphoreSlim _batchGate = new(1, 1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isBatch = request.RequestUri?.AbsolutePath.EndsWith("/$batch", StringComparison.OrdinalIgnoreCase) == true;
        var taken = 0;
        try
        {
            if (isBatch)
            {
                await _batchGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            try
            {
                for (var need = isBatch ? limit : 1; taken < need; taken++)
                {
                    await _permits.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                if (isBatch)
                {
                    _batchGate.Release();
                }
            }

            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (taken > 0)
            {
                _permits.Release(taken);
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _permits.Dispose();
            _batchGate.Dispose();
        }

        base.Dispose(disposing);
    }
}
