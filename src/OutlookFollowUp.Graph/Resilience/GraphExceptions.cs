namespace OutlookFollowUp.Graph.Resilience;

/// <summary>
/// Why a gateway call failed, in the gateway's own terms: Workflow and the hosts catch only these (and never Kiota,
/// Graph SDK or Polly types). A host maps <see cref="GraphUnavailableException"/> to 503 and the others to 502.
/// </summary>
public abstract class GraphGatewayException(string message, int status, Exception? inner) : Exception(message, inner)
{
    /// <summary>The HTTP status Graph last answered, or 0 when no response came.</summary>
    public int Status { get; } = status;
}

/// <summary>Graph stayed throttled, unavailable or unreachable for the whole retry budget: try again later.</summary>
public sealed class GraphUnavailableException(string message, int status, Exception? inner = null) : GraphGatewayException(message, status, inner);

/// <summary>Graph refused the request for good (a 4xx that retrying cannot fix) or answered something unreadable.</summary>
public sealed class GraphRefusedException(string message, int status, Exception? inner = null) : GraphGatewayException(message, status, inner);

/// <summary>Graph answered, but one item (an event) cannot be read: that item is the problem, not Graph.</summary>
public sealed class GraphItemUnreadableException(string itemId, string message) : GraphGatewayException(message, 200, null)
{
    /// <summary>The item that cannot be read.</summary>
    public string ItemId { get; } = itemId;
}
