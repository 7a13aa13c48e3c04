using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Api.Data;

/// <summary>Registers the service database (ledger included), Data Protection keys in it, and the token-cache store.</summary>
public static class DataExtensions
{
    public static WebApplicationBuilder AddFollowUpData(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString("FollowUp") ?? LedgerDatabase.DefaultConnectionString;
        builder.Services.AddDbContextFactory<ServiceDbContext>(o => LedgerDatabase.Use(o, connectionString));
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ServiceDbContext>>().CreateDbContext());
        builder.Services.AddDataProtection()
            .SetApplicationName("OutlookFollowUp")
            .PersistKeysToDbContext<ServiceDbContext>();
        builder.Services.AddSingleton<IDistributedCache, DbDistributedCache>();
        return builder;
    }

    /// <summary>Creates or completes the schema before the host serves requests.</summary>
    public static async Task InitializeFollowUpDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        await LedgerDatabase.EnsureSchemaAsync(db, CancellationToken.None).ConfigureAwait(false);
    }
}
