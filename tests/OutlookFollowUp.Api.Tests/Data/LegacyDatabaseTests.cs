using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Api.Data;

namespace OutlookFollowUp.Api.Tests.Data;

/// <summary>A service database created by the schema-at-start code of before is upgraded in place at start.</summary>
public sealed class LegacyDatabaseTests
{
    [Fact]
    public async Task Start_OnADatabaseFromBeforeMigrations_UpgradesItAndKeepsEveryRow()
    {
        var path = Path.Combine(Path.GetTempPath(), $"followup-legacy-{Guid.NewGuid():N}.db");
        const string objectId = "60000000-0000-4000-8000-000000000001";
        var userKey = ApiHost.UserKey(objectId);
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Data", "LegacySchema", "service-sqlite.sql"))
                + $"""
                INSERT INTO "users" ("Id", "ObjectId", "TenantId", "AutoMode", "DefaultBusinessDays", "GraceDays", "Signature", "SessionArmed", "CreatedAt", "LastSeenAt")
                VALUES ('{userKey}', '{objectId}', '{TestTokens.TenantA}', 0, 7, 3, 'Jo', 0, '2026-11-01 10:00:00', '2026-11-01 10:00:00');
                INSERT INTO "work_items" ("UserId", "Kind", "Subject", "DedupeKey", "DueAt", "Attempts", "CreatedAt")
                VALUES ('{userKey}', 'scan', NULL, 'scan:{userKey}', '2026-11-01 10:00:00', 0, '2026-11-01 10:00:00'),
                       ('{userKey}', 'scan', NULL, 'scan:{userKey}', '2026-11-01 10:01:00', 0, '2026-11-01 10:01:00');
                """;
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        await using var host = new ApiHost(databasePath: path);
        using var client = host.As(objectId);

        using var response = await client.GetAsync("/api/settings");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var settings = await response.JsonAsync();
        Assert.Equal(7, settings["defaultBusinessDays"]!.GetValue<int>());
        Assert.Equal("Jo", settings["signature"]!.GetValue<string>());
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        // The two identical pending items of before became one (the unique index of pending work needs it).
        Assert.Equal(1, await db.WorkItems.CountAsync(w => w.UserId == userKey && w.CompletedAt == null));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Contains(await db.Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM \"__ledger_migrations\"").ToListAsync(), m => m.EndsWith("_FollowUpEngine", StringComparison.Ordinal));
    }
}
