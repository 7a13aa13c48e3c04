using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Api.Data;

/// <summary>
/// The service's database: the follow-up ledger plus users, subscriptions, durable work, the activity log, the token
/// cache and the Data Protection keys (so a restart or a second instance can still read the encrypted token cache).
/// The ledger's tables belong to the ledger's own migrations; this context's migrations (one set per database, on
/// <see cref="SqliteServiceDbContext"/> and <see cref="PostgresServiceDbContext"/>) hold the service's tables.
/// </summary>
public class ServiceDbContext : FollowUpDbContext, IDataProtectionKeyContext
{
    /// <summary>The service's migrations history table (the ledger keeps its own).</summary>
    public new const string MigrationsHistoryTable = "__service_migrations";

    /// <summary>For derived contexts, which bring their own options type.</summary>
    protected ServiceDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<SubscriptionRecord> Subscriptions => Set<SubscriptionRecord>();

    public DbSet<WorkItem> WorkItems => Set<WorkItem>();

    public DbSet<ActivityEntry> Activity => Set<ActivityEntry>();

    public DbSet<CacheEntry> CacheEntries => Set<CacheEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override bool LedgerTablesExcludedFromMigrations => true;

    public override string HistoryTable => MigrationsHistoryTable;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<UserAccount>(e =>
        {
            e.ToTable("users");
            e.Property(u => u.Id).HasMaxLength(200);
            e.Property(u => u.Signature).HasMaxLength(2000);
            e.Property(u => u.HolidayCountry).HasMaxLength(8);
        });
        modelBuilder.Entity<SubscriptionRecord>(e =>
        {
            e.ToTable("subscriptions");
            e.HasIndex(s => s.UserId);
            e.Property(s => s.ClientState).HasMaxLength(128);
        });
        modelBuilder.Entity<WorkItem>(e =>
        {
            e.ToTable("work_items");
            e.HasIndex(w => new { w.CompletedAt, w.DueAt });
            e.HasIndex(w => w.UserId);
            // At most one pending item per dedupe key, whoever enqueues it: identical notifications arriving together
            // make one work item (SQLite and PostgreSQL both have partial unique indexes).
            e.HasIndex(w => w.DedupeKey).IsUnique().HasFilter("\"CompletedAt\" IS NULL").HasDatabaseName("IX_work_items_DedupeKey_Pending");
        });
        modelBuilder.Entity<ActivityEntry>(e =>
        {
            e.ToTable("activity");
            e.HasIndex(a => new { a.UserId, a.At });
        });
        modelBuilder.Entity<CacheEntry>(e =>
        {
            e.ToTable("cache_entries");
            e.HasKey(c => c.Key);
            e.Property(c => c.Key).HasMaxLength(449);
            e.HasIndex(c => c.ExpiresAt);
        });
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}

/// <summary>The service database on SQLite: the type its migrations belong to.</summary>
public sealed class SqliteServiceDbContext(DbContextOptions<SqliteServiceDbContext> options) : ServiceDbContext(options);

/// <summary>The service database on PostgreSQL: the type its migrations belong to.</summary>
public sealed class PostgresServiceDbContext(DbContextOptions<PostgresServiceDbContext> options) : ServiceDbContext(options);

/// <summary>Opens the service database of a connection string as the right provider's context.</summary>
public static class ServiceDatabase
{
    /// <summary>Options for the service context of a connection string (its own migrations history table).</summary>
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder builder, string connectionString) =>
        LedgerDatabase.Use(builder, connectionString, ServiceDbContext.MigrationsHistoryTable);

    /// <summary>A context outside dependency injection (tests, tools).</summary>
    public static ServiceDbContext Open(string connectionString) =>
        LedgerDatabase.IsPostgres(connectionString)
            ? new PostgresServiceDbContext((DbContextOptions<PostgresServiceDbContext>)Use(new DbContextOptionsBuilder<PostgresServiceDbContext>(), connectionString).Options)
            : new SqliteServiceDbContext((DbContextOptions<SqliteServiceDbContext>)Use(new DbContextOptionsBuilder<SqliteServiceDbContext>(), connectionString).Options);

    /// <summary>
    /// Brings the whole database up to date: the ledger's migrations, then the service's (a database made before
    /// migrations existed is recognised and upgraded in place).
    /// </summary>
    public static async Task MigrateAsync(string connectionString, CancellationToken cancellationToken)
    {
        await LedgerDatabase.MigrateAsync(connectionString, cancellationToken).ConfigureAwait(false);
        await using var db = Open(connectionString);
        await LedgerDatabase.MigrateAsync(db, "users", cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>For `dotnet ef migrations add … --context SqliteServiceDbContext` (design time only).</summary>
internal sealed class SqliteServiceDesignFactory : IDesignTimeDbContextFactory<SqliteServiceDbContext>
{
    public SqliteServiceDbContext CreateDbContext(string[] args) => (SqliteServiceDbContext)ServiceDatabase.Open("Data Source=design-time.db");
}

/// <summary>For `dotnet ef migrations add … --context PostgresServiceDbContext` (design time only; never connects).</summary>
internal sealed class PostgresServiceDesignFactory : IDesignTimeDbContextFactory<PostgresServiceDbContext>
{
    public PostgresServiceDbContext CreateDbContext(string[] args) => (PostgresServiceDbContext)ServiceDatabase.Open("Host=localhost;Username=design;Database=design");
}
