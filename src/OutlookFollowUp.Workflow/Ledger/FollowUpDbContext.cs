using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OutlookFollowUp.Workflow.Ledger;

/// <summary>
/// The follow-up ledger: SQLite by default, PostgreSQL when several instances run. The service derives its own
/// context from this one so that one database holds the ledger and the service's tables.
/// </summary>
public class FollowUpDbContext : DbContext
{
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
        modelBuilder.Entity<FollowUpRecord>(e =>
        {
            e.ToTable("follow_ups");
            e.HasIndex(f => new { f.MailboxId, f.FollowUpId }).IsUnique();
            e.HasIndex(f => new { f.MailboxId, f.State });
            e.Property(f => f.MailboxId).HasMaxLength(320);
            e.Property(f => f.FollowUpId).HasMaxLength(512);
            e.Property(f => f.EventId).HasMaxLength(512);
            e.Property(f => f.State).HasConversion<string>().HasMaxLength(32);
            e.Ignore(f => f.IsOpen);
            e.HasMany(f => f.Drafts).WithOne().HasForeignKey(d => d.FollowUpRecordId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DraftRecord>(e =>
        {
            e.ToTable("drafts");
            e.HasIndex(d => new { d.FollowUpRecordId, d.Key }).IsUnique();
            e.Property(d => d.Key).HasMaxLength(1024);
        });
        modelBuilder.Entity<ScanRunRecord>(e =>
        {
            e.ToTable("scan_runs");
            e.HasIndex(r => new { r.MailboxId, r.StartedAt });
        });
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTime>(
        v => v.UtcDateTime,
        v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
}
