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
        var graph = builder.Configuration.GetSection(GraphOptions.SectionName).Get<GraphOptions>() ?? new GraphOptions();
        var entra = builder.Configuration.GetSection(EntraOptions.SectionName).Get<EntraOptions>();
        if (builder.Environment.IsProduction() && entra?.IsConfigured == true && !string.IsNullOrWhiteSpace(graph.AccessToken) && !graph.AllowSharedAccessToken)
        {
            throw new InvalidOperationException(
                "Graph:AccessToken is set together with Entra configuration (AzureAd): every signed-in user would work on the one mailbox that token opens. " +
                "Remove Graph:AccessToken in Production (users' mailboxes are opened on their behalf), or set Graph:AllowSharedAccessToken=true for a single-user deployment.");
        }

        builder.Services.AddOptions<GraphOptions>().Bind(builder.Configuration.GetSection(GraphOptions.SectionName))
            .Validate(o => o.HasValidBaseUrl(), "Graph:BaseUrl must be an absolute http(s) URL")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton(_ => new SharedGraphHandler());
        builder.Services.AddSingleton<IUserMailboxes, UserMailboxes>();
        builder.Services.AddSingleton<ProfileCache>();
        builder.Services.AddScoped<ActivityRecorder>();
        builder.Services.AddScoped<UserAccounts>();
        builder.Services.AddScoped<UserSessions>();
        return builder;
    }
}
