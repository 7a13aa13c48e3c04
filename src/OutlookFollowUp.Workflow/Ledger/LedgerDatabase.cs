using Microsoft.EntityFrameworkCore;

namespace OutlookFollowUp.Workflow.Ledger;

/// <summary>Chooses the database from the connection string and creates the schema.</summary>
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

    /// <summary>Creates the schema when the database is new.</summary>
    public static async Task EnsureSchemaAsync(FollowUpDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        if (!IsPostgres(db.Database.GetConnectionString() ?? ""))
        {
            // Several processes (service workers, a CLI run) may share the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }

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
