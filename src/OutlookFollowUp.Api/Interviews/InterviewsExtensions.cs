using OutlookFollowUp.Workflow;

namespace OutlookFollowUp.Api.Interviews;

/// <summary>Registers the interview feature: the Workflow use cases and what the endpoints read.</summary>
public static class InterviewsExtensions
{
    public static WebApplicationBuilder AddFollowUpInterviews(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddFollowUpWorkflow(builder.Configuration);
        builder.Services.AddScoped<TrackedInterviews>();
        return builder;
    }
}
