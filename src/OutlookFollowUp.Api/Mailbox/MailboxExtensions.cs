using Microsoft.Extensions.Options;
using OutlookFollowUp.Api.Activity;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Graph.Client;

namespace OutlookFollowUp.Api.Mailbox;

/// <summary>Registers Graph access per user, the activity log and the user accounts.</summary>
public static class MailboxExtensions
{
    public static WebApplicationBuilder AddFollowUpMailbox(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<GraphOptions>().Bind(builder.Configuration.GetSection(GraphOptions.SectionName))
            .Validate(o => o.HasValidBaseUrl(), "Graph:BaseUrl must be an absolute http(s) URL")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<SharedGraphHandler>();
        builder.Services.AddSingleton<IUserMailboxes, UserMailboxes>();
        builder.Services.AddSingleton<ProfileCache>();
        builder.Services.AddScoped<ActivityRecorder>();
        builder.Services.AddScoped<UserAccounts>();
        builder.Services.AddScoped<UserSessions>();
        return builder;
    }
}
