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

    /// <summary>Runs SQL on the database before anything migrated it (to build a database as older versions left it).</summary>
    Task ExecuteRawAsync(string sql);

    /// <summary>The file name part that picks this kind's legacy scripts: sqlite or postgres.</summary>
    string Kind { get; }
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

    public string Kind => "sqlite";

    public async Task ExecuteRawAsync(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

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

    public string Kind => "postgres";

    public async Task ExecuteRawAsync(string sql)
    {
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres" }.ConnectionString))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{_database}'", admin);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
                await create.ExecuteNonQueryAsync();
            }
        }

        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

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
