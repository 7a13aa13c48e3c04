using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace OutlookFollowUp.Workflow.Ledger;

/// <summary>Chooses the database from the connection string and brings its schema up to date with migrations.</summary>
public static class LedgerDatabase
{
    /// <summary>The default: a SQLite file next to the working directory.</summary>
    public const string DefaultConnectionString = "Data Source=followup.db";

    /// <summary>True for PostgreSQL connection strings (Host=…; or postgres:// URLs).</summary>
    public static bool IsPostgres(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var s = connectionString.TrimStart();
        return s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || s.Contains("Host=", StringComparison.OrdinalIgnoreCase) || s.Contains("Username=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Configures SQLite or PostgreSQL, with the migrations history table given.</summary>
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder builder, string connectionString, string historyTable = FollowUpDbContext.MigrationsHistoryTable)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return IsPostgres(connectionString)
            ? builder.UseNpgsql(ToNpgsql(connectionString), o => o.MigrationsHistoryTable(historyTable))
            : builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable(historyTable));
    }

    /// <summary>A ledger context for a connection string (CLI, tests): the SQLite or PostgreSQL one.</summary>
    public static FollowUpDbContext Open(string connectionString) =>
        IsPostgres(connectionString)
            ? new PostgresLedgerDbContext((DbContextOptions<PostgresLedgerDbContext>)Use(new DbContextOptionsBuilder<PostgresLedgerDbContext>(), connectionString).Options)
            : new SqliteLedgerDbContext((DbContextOptions<SqliteLedgerDbContext>)Use(new DbContextOptionsBuilder<SqliteLedgerDbContext>(), connectionString).Options);

    /// <summary>A SQLite ledger context on an open connection (in-memory databases in tests).</summary>
    public static FollowUpDbContext Open(System.Data.Common.DbConnection sqliteConnection) =>
        new SqliteLedgerDbContext(new DbContextOptionsBuilder<SqliteLedgerDbContext>()
            .UseSqlite(sqliteConnection, o => o.MigrationsHistoryTable(FollowUpDbContext.MigrationsHistoryTable)).Options);

    /// <summary>
    /// Brings the database up to date: creates it when missing (PostgreSQL), switches SQLite to WAL (several processes
    /// share the file), recognises a schema made before migrations existed (the first migration is then recorded as
    /// applied, since its tables are there), and applies every pending migration.
    /// </summary>
    /// <param name="db">The context whose migrations to apply (its type picks the set).</param>
    /// <param name="baselineTable">A table of the first migration: when it exists but no migration was ever recorded, the
    /// database was created by the schema-at-start code that came before migrations.</param>
    /// <param name="cancellationToken">Cancels the upgrade.</param>
    public static async Task MigrateAsync(DbContext db, string baselineTable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var isPostgres = db.Database.IsNpgsql();
        if (isPostgres)
        {
            var creator = db.Database.GetService<IRelationalDatabaseCreator>();
            if (!await creator.ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                await creator.CreateAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }

        if (!isPostgres)
        {
            await AdoptLegacySchemaAsync(db, baselineTable, isPostgres, cancellationToken).ConfigureAwait(false);
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        // Several instances may start at once: one at a time looks at the schema and migrates (a session-level
        // advisory lock, held on this context's connection for the whole upgrade).
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken).ConfigureAwait(false);
            try
            {
                await AdoptLegacySchemaAsync(db, baselineTable, isPostgres, cancellationToken).ConfigureAwait(false);
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The advisory-lock key that serializes schema upgrades on PostgreSQL ("OutlookFollowUp" as a number).</summary>
    private const long MigrationLockKey = 0x4F46_5550_4C45_4447;

    /// <summary>Brings the ledger of this connection string up to date.</summary>
    public static async Task MigrateAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var db = Open(connectionString);
        await MigrateAsync(db, "follow_ups", cancellationToken).ConfigureAwait(false);
    }

    private static async Task AdoptLegacySchemaAsync(DbContext db, string baselineTable, bool isPostgres, CancellationToken cancellationToken)
    {
        // Table checks in plain SQL: the history repository may remember "no history table" once it has looked, and
        // then apply the first migration over tables that are already there.
        var historyTable = db is FollowUpDbContext ledger ? ledger.HistoryTable : FollowUpDbContext.MigrationsHistoryTable;
        if (await TableExistsAsync(db, historyTable, isPostgres, cancellationToken).ConfigureAwait(false)
            || !await TableExistsAsync(db, baselineTable, isPostgres, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var history = db.Database.GetService<IHistoryRepository>();
        var first = db.Database.GetMigrations().First();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(first, ProductInfo.GetVersion())), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> TableExistsAsync(DbContext db, string table, bool isPostgres, CancellationToken cancellationToken)
    {
        var sql = isPostgres
            ? "SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {0}"
            : "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0}";
        return await db.Database.SqlQueryRaw<int>(sql, table).SingleAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private static bool IsNpgsql(this DatabaseFacade database) =>
        string.Equals(database.ProviderName, "Npgsql.EntityFrameworkCore.PostgreSQL", StringComparison.Ordinal);

    private static string ToNpgsql(string connectionString)
    {
        if (!Uri.TryCreate(connectionString.Trim(), UriKind.Absolute, out var uri) || !uri.Scheme.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        var userInfo = uri.UserInfo.Split(':', 2);
        var database = uri.AbsolutePath.Trim('/');
        var port = uri.Port > 0 ? uri.Port : 5432;
        var user = Uri.UnescapeDataString(userInfo[0]);
        var password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "";
        return $"Host={uri.Host};Port={port};Database={database};Username={user};Password={password}";
    }
}

/// <summary>For `dotnet ef migrations add … --context SqliteLedgerDbContext` (design time only).</summary>
internal sealed class SqliteLedgerDesignFactory : IDesignTimeDbContextFactory<SqliteLedgerDbContext>
{
    public SqliteLedgerDbContext CreateDbContext(string[] args) => (SqliteLedgerDbContext)LedgerDatabase.Open("Data Source=design-time.db");
}

/// <summary>For `dotnet ef migrations add … --context PostgresLedgerDbContext` (design time only; never connects).</summary>
internal sealed class PostgresLedgerDesignFactory : IDesignTimeDbContextFactory<PostgresLedgerDbContext>
{
    public PostgresLedgerDbContext CreateDbContext(string[] args) => (PostgresLedgerDbContext)LedgerDatabase.Open("Host=localhost;Username=design;Database=design");
}
