using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;

namespace OutlookFollowUp.Api.Data;

/// <summary>
/// IDistributedCache on the product's own database: the L2 store of MSAL's token cache (Identity.Web encrypts the
/// entries with Data Protection before they get here), shared by every instance and surviving restarts.
/// </summary>
internal sealed class DbDistributedCache(IDbContextFactory<ServiceDbContext> contexts, TimeProvider timeProvider) : IDistributedCache
{
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90); // refresh tokens live 90 days

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        await using var db = await contexts.CreateDbContextAsync(token).ConfigureAwait(false);
        var entry = await db.CacheEntries.FirstOrDefaultAsync(c => c.Key == key, token).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        if (entry is null || entry.ExpiresAt <= now)
        {
            return null;
        }

        if (entry.SlidingExpiration is { } sliding)
        {
            entry.ExpiresAt = Min(now + sliding, entry.AbsoluteExpiration);
            await db.SaveChangesAsync(token).ConfigureAwait(false);
        }

        return entry.Value;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = timeProvider.GetUtcNow();
        var absolute = options.AbsoluteExpiration ?? (options.AbsoluteExpirationRelativeToNow is { } relative ? now + relative : null);
        var expires = options.SlidingExpiration is { } sliding ? Min(now + sliding, absolute) : absolute ?? now + DefaultLifetime;

        await using var db = await contexts.CreateDbContextAsync(token).ConfigureAwait(false);
        var entry = await db.CacheEntries.FirstOrDefaultAsync(c => c.Key == key, token).ConfigureAwait(false);
        if (entry is null)
        {
            db.CacheEntries.Add(new CacheEntry { Key = key, Value = value, AbsoluteExpiration = absolute, SlidingExpiration = options.SlidingExpiration, ExpiresAt = expires });
        }
        else
        {
            entry.Value = value;
            entry.AbsoluteExpiration = absolute;
            entry.SlidingExpiration = options.SlidingExpiration;
            entry.ExpiresAt = expires;
        }

        await db.SaveChangesAsync(token).ConfigureAwait(false);
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public async Task RefreshAsync(string key, CancellationToken token = default) => await GetAsync(key, token).ConfigureAwait(false);

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        await using var db = await contexts.CreateDbContextAsync(token).ConfigureAwait(false);
        await db.CacheEntries.Where(c => c.Key == key).ExecuteDeleteAsync(token).ConfigureAwait(false);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset? b) => b is { } limit && limit < a ? limit : a;
}
