using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Workflow.Claims;
using OutlookFollowUp.Workflow.Engine;
using OutlookFollowUp.Workflow.UseCases;

namespace OutlookFollowUp.Workflow;

/// <summary>Registers the follow-up engine and its use cases for a host (the ledger context is the host's).</summary>
public static class WorkflowExtensions
{
    public static IServiceCollection AddFollowUpWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ClaimOptions>().Bind(configuration.GetSection(ClaimOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // One gate per process: requests of this instance queue here; other instances meet at the claim rows.
        services.AddSingleton<InterviewGate>();
        services.AddScoped(sp => new FollowUpEngine(
            sp.GetRequiredService<Ledger.FollowUpDbContext>(),
            sp.GetRequiredService<InterviewGate>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ClaimOptions>>().Value));
        services.AddScoped<InterviewReader>();
        services.AddScoped<PlaceDraftsUseCase>();
        services.AddScoped<MoveStatusCheckUseCase>();
        services.AddScoped<EndFollowUpUseCase>();
        services.AddScoped<CancelFollowUpUseCase>();
        services.AddScoped<TakeBackDraftsUseCase>();
        services.AddScoped<SetAutomationUseCase>();
        services.AddScoped<CorrectInterviewUseCase>();
        return services;
    }
}
