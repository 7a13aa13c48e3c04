using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Api.Data;

/// <summary>
/// The service's database: the follow-up ledger plus users, subscriptions, durable work, the activity log, the token
/// cache and the Data Protection keys (so a restart or a second instance can still read the encrypted token cache).
/// </summary>
public sealed class ServiceDbContext(DbContextOptions<ServiceDbContext> options) : FollowUpDbContext(options), IDataProtectionKeyContext
{
    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<SubscriptionRecord> Subscriptions => Set<SubscriptionRecord>();

    public DbSet<WorkItem> WorkItems => Set<WorkItem>();

    public DbSet<ActivityEntry> Activity => Set<ActivityEntry>();

    public DbSet<CacheEntry> CacheEntries => Set<CacheEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<UserAccount>(e =>
        {
            e.ToTable("users");
            e.Property(u => u.Id).HasMaxLength(200);
            e.Property(u => u.Signature).HasMaxLength(2000);
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
            e.HasIndex(w => w.DedupeKey);
            e.HasIndex(w => w.UserId);
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
