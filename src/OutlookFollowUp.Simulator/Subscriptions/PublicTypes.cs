namespace OutlookFollowUp.Simulator;

/// <summary>A change to an event, for <see cref="GraphSimulator.NotifyEventChangeAsync"/>.</summary>
public enum ChangeType
{
    /// <summary>"created".</summary>
    Created,

    /// <summary>"updated".</summary>
    Updated,

    /// <summary>"deleted".</summary>
    Deleted,
}

/// <summary>A subscription lifecycle event, for <see cref="GraphSimulator.SendLifecycleNotificationAsync"/>.</summary>
public enum LifecycleEvent
{
    /// <summary>"reauthorizationRequired": reauthorize or renew the subscription.</summary>
    ReauthorizationRequired,

    /// <summary>"subscriptionRemoved": Graph removed it (the simulator deletes it too); recreate it.</summary>
    SubscriptionRemoved,

    /// <summary>"missed": notifications were lost; resynchronize.</summary>
    Missed,
}

/// <summary>One notification POST the simulator made.</summary>
/// <param name="SubscriptionId">The subscription it was for.</param>
/// <param name="Url">Where it was sent.</param>
/// <param name="StatusCode">The endpoint's HTTP status, or 0 when it could not be reached in time.</param>
public sealed record NotificationDelivery(string SubscriptionId, Uri Url, int StatusCode)
{
    /// <summary>True when the endpoint answered 2xx.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
