using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace OutlookFollowUp.Workflow.Ledger;

/// <summary>Chooses the database from the connection string and creates the schema.</summary>
public static partial class LedgerDatabase
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

    /// <summary>Configures SQLite or PostgreSQL.</summary>
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return IsPostgres(connectionString)
            ? builder.UseNpgsql(ToNpgsql(connectionString))
            : builder.UseSqlite(connectionString);
    }

    /// <summary>Options for a context outside dependency injection (CLI, tests).</summary>
    public static DbContextOptions<FollowUpDbContext> Options(string connectionString) =>
        (DbContextOptions<FollowUpDbContext>)Use(new DbContextOptionsBuilder<FollowUpDbContext>(), connectionString).Options;

    /// <summary>
    /// Creates every table and index the model needs that the database does not have yet. Unlike EnsureCreated this also
    /// completes a database another context created first (the CLI's ledger, later used by the service).
    /// </summary>
    public static async Task EnsureSchemaAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var isPostgres = IsPostgres(db.Database.GetConnectionString() ?? "");
        if (isPostgres)
        {
            if (!await db.Database.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                await db.Database.GetService<IRelationalDatabaseCreator>().CreateAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            // Several processes (service workers, a CLI run) may share the file.
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

        foreach (var statement in CreateStatements(db.Database.GenerateCreateScript()))
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The model's CREATE statements, each made idempotent with IF NOT EXISTS (SQLite and PostgreSQL both accept it).</summary>
    internal static IEnumerable<string> CreateStatements(string script)
    {
        foreach (var raw in script.Split(";", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var statement = string.Join('\n', raw.Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim();
            if (statement.Length == 0 || statement.StartsWith("COMMIT", StringComparison.OrdinalIgnoreCase) || statement.StartsWith("BEGIN", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            yield return CreateKeyword().Replace(statement, m => m.Value + " IF NOT EXISTS", 1) + ";";
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX)(?!\s+IF\s+NOT\s+EXISTS)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CreateKeyword();

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
