namespace OutlookFollowUp.Api.Demo;

/// <summary>Demo-mode settings (section <c>Demo</c>): used only when no Entra configuration is present.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>The simulated mailbox (Contract 3 seed). Default: the bundled Demo/demo-mailbox.json.</summary>
    public string? SeedFile { get; set; }

    /// <summary>Move the seed's events by whole weeks so the latest ends just before now. Default: true.</summary>
    public bool ShiftToToday { get; set; } = true;

    /// <summary>Let the simulated Graph perform the subscription validation handshake against this host. Default: true.</summary>
    public bool ValidateSubscriptions { get; set; } = true;
}
