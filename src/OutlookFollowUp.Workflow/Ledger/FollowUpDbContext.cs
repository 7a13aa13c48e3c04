using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OutlookFollowUp.Workflow.Ledger;

/// <summary>
/// The follow-up ledger: SQLite by default, PostgreSQL when several instances run. Its schema comes from EF Core
/// migrations, one set per database (<see cref="SqliteLedgerDbContext"/>, <see cref="PostgresLedgerDbContext"/>); the
/// service derives its own context, whose migrations leave these tables to the ledger's.
/// </summary>
public class FollowUpDbContext : DbContext
{
    /// <summary>The ledger's migrations history table (the service keeps its own).</summary>
    public const string MigrationsHistoryTable = "__ledger_migrations";

    public FollowUpDbContext(DbContextOptions<FollowUpDbContext> options)
        : base(options)
    {
    }

    /// <summary>For derived contexts, which bring their own options type.</summary>
    protected FollowUpDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<FollowUpRecord> FollowUps => Set<FollowUpRecord>();

    public DbSet<DraftRecord> Drafts => Set<DraftRecord>();

    public DbSet<ScanRunRecord> ScanRuns => Set<ScanRunRecord>();

    public DbSet<InterviewClaim> InterviewClaims => Set<InterviewClaim>();

    /// <summary>The migrations history table of this context's migrations.</summary>
    public virtual string HistoryTable => MigrationsHistoryTable;

    /// <summary>True when the ledger's tables are owned by another context's migrations (the service's).</summary>
    protected virtual bool LedgerTablesExcludedFromMigrations => false;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Instants are stored as UTC date-times: comparable in SQLite (text) and timestamptz in PostgreSQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var excluded = LedgerTablesExcludedFromMigrations;
        modelBuilder.Entity<FollowUpRecord>(e =>
        {
            e.ToTable("follow_ups", t => t.ExcludeFromMigrations(excluded));
            e.HasIndex(f => new { f.MailboxId, f.FollowUpId }).IsUnique();
            e.HasIndex(f => new { f.MailboxId, f.State });
            e.Property(f => f.MailboxId).HasMaxLength(320);
            e.Property(f => f.FollowUpId).HasMaxLength(512);
            e.Property(f => f.EventId).HasMaxLength(512);
            e.Property(f => f.State).HasConversion<string>().HasMaxLength(32);
            e.Property(f => f.DraftsPlacedBy).HasConversion<string>().HasMaxLength(16);
            e.Property(f => f.RoleOverride).HasMaxLength(200);
            e.Property(f => f.CompanyOverride).HasMaxLength(200);
            e.Property(f => f.AddedInterviewers).HasMaxLength(4000).HasDefaultValue("");
            e.Ignore(f => f.IsOpen);
            e.Ignore(f => f.HasPendingCheck);
            e.Ignore(f => f.SendThanksPending);
            e.Ignore(f => f.DueHeldByReply);
            e.Ignore(f => f.WorkedWithoutAutomaticModeNow);
            e.Property(f => f.ReplyOutcome).HasMaxLength(32);
            e.Property(f => f.LanguageOverride).HasMaxLength(8);
            e.Ignore(f => f.AddedInterviewerList);
            e.Ignore(f => f.Overrides);
            e.HasMany(f => f.Drafts).WithOne().HasForeignKey(d => d.FollowUpRecordId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DraftRecord>(e =>
        {
            e.ToTable("drafts", t => t.ExcludeFromMigrations(excluded));
            e.HasIndex(d => new { d.FollowUpRecordId, d.Key }).IsUnique();
            e.Property(d => d.Key).HasMaxLength(1024);
            e.Property(d => d.State).HasConversion<string>().HasMaxLength(16).HasDefaultValue(DraftState.Placed);
            e.Property(d => d.ChangeKey).HasMaxLength(256);
            e.Property(d => d.FolderId).HasMaxLength(512);
            e.Property(d => d.ContentHash).HasMaxLength(64);
            e.Property(d => d.WebLink).HasMaxLength(2048);
            e.Ignore(d => d.Stamp);
        });
        modelBuilder.Entity<ScanRunRecord>(e =>
        {
            e.ToTable("scan_runs", t => t.ExcludeFromMigrations(excluded));
            e.HasIndex(r => new { r.MailboxId, r.StartedAt });
            e.HasIndex(r => new { r.MailboxId, r.Outcome });
        });
        modelBuilder.Entity<InterviewClaim>(e =>
        {
            e.ToTable("interview_claims", t => t.ExcludeFromMigrations(excluded));
            e.HasKey(c => new { c.MailboxId, c.FollowUpId });
            e.Property(c => c.MailboxId).HasMaxLength(320);
            e.Property(c => c.FollowUpId).HasMaxLength(512);
            e.Property(c => c.Owner).HasMaxLength(64);
        });
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTime>(
        v => v.UtcDateTime,
        v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
}

/// <summary>The ledger on SQLite: the type its migrations belong to.</summary>
public sealed class SqliteLedgerDbContext(DbContextOptions<SqliteLedgerDbContext> options) : FollowUpDbContext(options);

/// <summary>The ledger on PostgreSQL: the type its migrations belong to.</summary>
public sealed class PostgresLedgerDbContext(DbContextOptions<PostgresLedgerDbContext> options) : FollowUpDbContext(options);
