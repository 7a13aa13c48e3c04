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
        var services = builder.Services;
        if (LedgerDatabase.IsPostgres(connectionString))
        {
            services.AddDbContextFactory<PostgresServiceDbContext>(o => ServiceDatabase.Use(o, connectionString));
            services.AddSingleton<IDbContextFactory<ServiceDbContext>>(sp => new Factory<PostgresServiceDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresServiceDbContext>>()));
        }
        else
        {
            services.AddDbContextFactory<SqliteServiceDbContext>(o => ServiceDatabase.Use(o, connectionString));
            services.AddSingleton<IDbContextFactory<ServiceDbContext>>(sp => new Factory<SqliteServiceDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteServiceDbContext>>()));
        }

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ServiceDbContext>>().CreateDbContext());
        // The use cases of Workflow work on the ledger part of the same context (one unit of work per request).
        services.AddScoped<FollowUpDbContext>(sp => sp.GetRequiredService<ServiceDbContext>());
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("OutlookFollowUp")
            .PersistKeysToDbContext<ServiceDbContext>();
        var keyProtection = builder.Configuration.GetSection(KeyProtectionOptions.SectionName).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        services.AddSingleton(KeyProtection.Apply(dataProtection, keyProtection, new AzureKeyVaultCertificates()));
        services.AddSingleton<IDistributedCache, DbDistributedCache>();
        return builder;
    }

    /// <summary>Applies the ledger's and the service's migrations before the host serves requests.</summary>
    public static async Task InitializeFollowUpDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var connectionString = app.Configuration.GetConnectionString("FollowUp") ?? LedgerDatabase.DefaultConnectionString;
        var keys = app.Services.GetRequiredService<KeyProtectionChoice>();
        KeyProtection.EnsureAllowed(keys, app.Environment);
        await ServiceDatabase.MigrateAsync(connectionString, CancellationToken.None).ConfigureAwait(false);
        if (keys.Certificate is null)
        {
            // Said once, here: the keys (and through them the stored tokens) are readable by whoever can read the database.
            Log.KeysUnprotected(app.Logger, app.Environment.EnvironmentName);
        }
        else
        {
            Log.KeysProtected(app.Logger, keys.Source);
        }
    }

    private sealed class Factory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ServiceDbContext>
        where TContext : ServiceDbContext
    {
        public ServiceDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
