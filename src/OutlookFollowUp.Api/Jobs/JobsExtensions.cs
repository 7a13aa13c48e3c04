using Microsoft.Extensions.Options;

namespace OutlookFollowUp.Api.Jobs;

/// <summary>Registers durable background automation.</summary>
public static class JobsExtensions
{
    public static WebApplicationBuilder AddFollowUpJobs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<JobsOptions>().Bind(builder.Configuration.GetSection(JobsOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<JobsOptions>, JobsOptionsValidator>();
        builder.Services.AddScoped<WorkQueue>();
        builder.Services.AddSingleton<Notifications.RejectedNotifications>();
        builder.Services.AddScoped<WorkProcessor>();
        builder.Services.AddScoped<Automation>();
        builder.Services.AddSingleton<AutomationWorker>();
        builder.Services.AddSingleton<AutomationSweep>();
        var jobs = builder.Configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        if (jobs.Enabled)
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<AutomationWorker>());
            builder.Services.AddHostedService(sp => sp.GetRequiredService<AutomationSweep>());
        }

        return builder;
    }
}
