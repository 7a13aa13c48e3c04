using System.Collections.Concurrent;

namespace OutlookFollowUp.Simulator.Routing;

internal sealed class RequestLog(int maxEntries)
{
    private readonly ConcurrentQueue<SimulatorRequestLogEntry> _entries = new();
    private int _httpRequests;
    private int _batchSubRequests;

    public int HttpRequestCount => Volatile.Read(ref _httpRequests);

    public int BatchSubRequestCount => Volatile.Read(ref _batchSubRequests);

    public IReadOnlyList<SimulatorRequestLogEntry> Snapshot() => _entries.ToArray();

    public void Add(SimulatorRequestLogEntry entry)
    {
        if (entry.InBatch)
        {
            Interlocked.Increment(ref _batchSubRequests);
        }
        else
        {
            Interlocked.Increment(ref _httpRequests);
        }

        _entries.Enqueue(entry);
        while (_entries.Count > maxEntries && _entries.TryDequeue(out _))
        {
        }
    }

    public void Clear()
    {
        _entries.Clear();
        Interlocked.Exchange(ref _httpRequests, 0);
        Interlocked.Exchange(ref _batchSubRequests, 0);
    }
}
