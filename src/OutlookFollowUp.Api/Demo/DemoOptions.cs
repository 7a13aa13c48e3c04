namespace OutlookFollowUp.Api.Demo;

/// <summary>Demo-mode settings (section <c>Demo</c>): used only when no Entra configuration is present.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>The simulated mailbox (Contract 3 seed). Default: the bundled Demo/demo-mailbox.json.</summary>
    public string? SeedFile { get; set; }

    /// <summary>
    /// The demo's "today" (yyyy-MM-dd): the seed's dates are moved, by working days, from its anchor day to this one.
    /// Default: today in the demo mailbox's time zone. Tests pin it (e.g. Demo:Today=2026-11-20) so they never depend
    /// on the real date.
    /// </summary>
    public DateOnly? Today { get; set; }

    /// <summary>The time of day the demo clock starts at on <see cref="Today"/>, in the mailbox's zone. Default: 16:00.</summary>
    public TimeOnly StartTime { get; set; } = new(16, 0);

    /// <summary>Move the seed's dates to <see cref="Today"/>. Default: true (false: the seed's dates as written).</summary>
    public bool ShiftToToday { get; set; } = true;

    /// <summary>Let the simulated Graph perform the subscription validation handshake against this host. Default: true.</summary>
    public bool ValidateSubscriptions { get; set; } = true;
}
