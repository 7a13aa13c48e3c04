using System.Collections.Concurrent;

namespace OutlookFollowUp.Graph.Client;

/// <summary>
/// Keeps at most N requests in flight against one mailbox (Outlook allows 4). A <c>$batch</c> counts as N, because
/// Outlook runs up to 4 of its sub-requests at once; batches therefore run one at a time and alone.
/// </summary>
internal sealed class MailboxConcurrencyHandler(MailboxLimit limit) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isBatch = request.RequestUri?.AbsolutePath.EndsWith("/$batch", StringComparison.OrdinalIgnoreCase) == true;
        var taken = await limit.EnterAsync(isBatch, cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            limit.Exit(taken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            limit.Release();
        }

        base.Dispose(disposing);
    }
}

/// <summary>
/// The request slots of one mailbox. Gateways created with the same mailbox key share one limit, so the service's
/// workers, webhook handlers and interactive requests together stay within Outlook's 4 concurrent requests per
/// mailbox; a gateway without a key has a limit of its own.
/// </summary>
internal sealed class MailboxLimit : IDisposable
{
    private static readonly ConcurrentDictionary<string, MailboxLimit> Shared = new(StringComparer.Ordinal);
    private static readonly Lock SharedGate = new();

    private readonly SemaphoreSlim _permits;
    private readonly SemaphoreSlim _batchGate = new(1, 1);
    private readonly string? _key;
    private int _users = 1;

    private MailboxLimit(int limit, string? key)
    {
        Limit = limit;
        _key = key;
        _permits = new SemaphoreSlim(limit, limit);
    }

    public int Limit { get; }

    /// <summary>The limit for <paramref name="mailboxKey"/> (shared while any gateway holds it), or a private one.</summary>
    public static MailboxLimit Acquire(string? mailboxKey, int limit)
    {
        if (mailboxKey is null)
        {
            return new MailboxLimit(limit, null);
        }

        lock (SharedGate)
        {
            if (Shared.TryGetValue(mailboxKey, out var existing))
            {
                existing._users++;
                return existing;
            }

            var created = new MailboxLimit(limit, mailboxKey);
            Shared[mailboxKey] = created;
            return created;
        }
    }

    /// <summary>Takes one slot, or all of them for a $batch (one batch at a time); returns how many were taken.</summary>
    public async Task<int> EnterAsync(bool isBatch, CancellationToken cancellationToken)
    {
        var taken = 0;
        try
        {
            if (isBatch)
            {
                await _batchGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            try
            {
                for (var need = isBatch ? Limit : 1; taken < need; taken++)
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

            return taken;
        }
        catch
        {
            Exit(taken);
            throw;
        }
    }

    public void Exit(int taken)
    {
        if (taken > 0)
        {
            _permits.Release(taken);
        }
    }

    /// <summary>A gateway that used this limit is gone; the last one out removes and disposes it.</summary>
    public void Release()
    {
        lock (SharedGate)
        {
            if (--_users > 0)
            {
                return;
            }

            if (_key is not null)
            {
                Shared.TryRemove(_key, out _);
            }
        }

        Dispose();
    }

    public void Dispose()
    {
        _permits.Dispose();
        _batchGate.Dispose();
    }
}
