using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace OutlookFollowUp.Api.Jobs;

/// <summary>Background automation settings (section <c>Jobs</c>).</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Run the background worker and the sweep. Default: true (tests drive RunOnceAsync themselves).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the worker looks for due work. Default: 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often every automatic user's mailbox is swept as a safety net for missed notifications. Default: 30 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The calendar window a background scan reads. Default: 14 days.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "90.00:00:00")]
    public TimeSpan ScanLookback { get; set; } = TimeSpan.FromDays(14);

    /// <summary>The subscription lifetime asked for (Graph may grant less; its answer is used). Default: 4,200 minutes.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromMinutes(4200);

    /// <summary>Renew a subscription when it expires within this time. Default: 24 hours.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "3.00:00:00")]
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a worker holds a claimed item before another instance may take it over. Default: 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a work item is given up (with back-off in between). Default: 8.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>
    /// Pending work items one user may have; beyond it new event work is coalesced into one scan of their mailbox
    /// (which catches up on everything). Default: 200.
    /// </summary>
    [Range(10, 100_000)]
    public int MaxPendingPerUser { get; set; } = 200;

    /// <summary>Notification requests that fail validation one source address may send per minute before it gets 429. Default: 30.</summary>
    [Range(1, 100_000)]
    public int RejectedNotificationsPerMinute { get; set; } = 30;

    /// <summary>How long activity entries are kept. Default: 90 days.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan ActivityRetention { get; set; } = TimeSpan.FromDays(90);
}

/// <summary>Validates <see cref="JobsOptions"/> at start.</summary>
[OptionsValidator]
public sealed partial class JobsOptionsValidator : IValidateOptions<JobsOptions>;
