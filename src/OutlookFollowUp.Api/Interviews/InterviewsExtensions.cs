namespace OutlookFollowUp.Api.Interviews;

/// <summary>Registers the interview feature.</summary>
public static class InterviewsExtensions
{
    public static WebApplicationBuilder AddFollowUpInterviews(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<InterviewService>();
        return builder;
    }
}
