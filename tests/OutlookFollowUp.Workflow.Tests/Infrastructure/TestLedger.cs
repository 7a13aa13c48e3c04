using Microsoft.Data.Sqlite;
using Npgsql;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Workflow.Tests.Infrastructure;

/// <summary>A follow-up ledger for one test: each run of the scan gets a new context on the same database.</summary>
public interface ITestLedger : IDisposable
{
    /// <summary>A context on this ledger with the schema in place (a new "process").</summary>
    Task<FollowUpDbContext> OpenAsync();

    /// <summary>A new, empty ledger of the same kind (the database was lost).</summary>
    ITestLedger Fresh();
}

/// <summary>Creates the ledgers of one kind.</summary>
public interface ITestLedgerKind
{
    static abstract ITestLedger Create();
}

/// <summary>SQLite in memory, kept alive by one open connection for the test's lifetime.</summary>
public sealed class SqliteLedger : ITestLedger, ITestLedgerKind
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    private SqliteLedger() => _connection.Open();

    public static ITestLedger Create() => new SqliteLedger();

    private readonly SemaphoreSlim _migrated = new(1, 1);
    private bool _isMigrated;

    public async Task<FollowUpDbContext> OpenAsync()
    {
        var db = LedgerDatabase.Open(_connection);
        await TestLedgerMigration.OnceAsync(db, _migrated, () => _isMigrated, () => _isMigrated = true);
        return db;
    }

    public ITestLedger Fresh() => new SqliteLedger();

    public void Dispose()
    {
        _connection.Dispose();
        _migrated.Dispose();
    }
}

/// <summary>A database of its own on the PostgreSQL server named by FOLLOWUP_TEST_POSTGRES, dropped at the end.</summary>
public sealed class PostgresLedger : ITestLedger, ITestLedgerKind
{
    public const string EnvironmentVariable = "FOLLOWUP_TEST_POSTGRES";
    public const string SkipReason = "PostgreSQL not available (set FOLLOWUP_TEST_POSTGRES)";

    private readonly string _connectionString;
    private readonly string _database;

    private PostgresLedger()
    {
        var server = ServerConnectionString ?? throw new InvalidOperationException(SkipReason);
        _database = "followup_test_" + Guid.NewGuid().ToString("N");
        _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;
    }

    /// <summary>The server's connection string, or null when the tests should skip PostgreSQL.</summary>
    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    public static ITestLedger Create() => new PostgresLedger();

    private readonly SemaphoreSlim _migrated = new(1, 1);
    private bool _isMigrated;

    public async Task<FollowUpDbContext> OpenAsync()
    {
        var db = LedgerDatabase.Open(_connectionString);
        await TestLedgerMigration.OnceAsync(db, _migrated, () => _isMigrated, () => _isMigrated = true);
        return db;
    }

    public ITestLedger Fresh() => new PostgresLedger();

    public void Dispose()
    {
        _migrated.Dispose();
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres" }.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}

/// <summary>A test ledger is migrated by its first opener (as the service migrates at start), not by every request.</summary>
internal static class TestLedgerMigration
{
    public static async Task OnceAsync(FollowUpDbContext db, SemaphoreSlim gate, Func<bool> done, Action markDone)
    {
        await gate.WaitAsync();
        try
        {
            if (!done())
            {
                await LedgerDatabase.MigrateAsync(db, "follow_ups", CancellationToken.None);
                markDone();
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
