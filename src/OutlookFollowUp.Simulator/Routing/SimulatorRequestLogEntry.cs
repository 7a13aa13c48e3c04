namespace OutlookFollowUp.Simulator;

/// <summary>One call the simulator answered.</summary>
/// <param name="Method">HTTP method, upper-case.</param>
/// <param name="PathAndQuery">Path and query as sent (top level: below the server root, e.g. "/v1.0/me?%24select=id"; in a batch: the sub-request url).</param>
/// <param name="StatusCode">Status answered (0 when the connection was dropped on purpose).</param>
/// <param name="InBatch">True for a $batch sub-request.</param>
/// <param name="Timestamp">When the call arrived, by the simulator's <see cref="SimulatorOptions.TimeProvider"/>.</param>
public sealed record SimulatorRequestLogEntry(string Method, string PathAndQuery, int StatusCode, bool InBatch, DateTimeOffset Timestamp);
