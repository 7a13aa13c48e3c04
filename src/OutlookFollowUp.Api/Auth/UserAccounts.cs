using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Api.Data;

namespace OutlookFollowUp.Api.Auth;

/// <summary>The calling user's account row, created on first use.</summary>
internal sealed class UserAccounts(ServiceDbContext db, TimeProvider timeProvider)
{
    public async Task<UserAccount> EnsureAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var current = CurrentUser.From(caller) ?? throw new InvalidOperationException("An authenticated caller has oid and tid claims.");
        var now = timeProvider.GetUtcNow();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == current.Key, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            user = new UserAccount { Id = current.Key, ObjectId = current.ObjectId, TenantId = current.TenantId, CreatedAt = now, LastSeenAt = now };
            db.Users.Add(user);
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // Two first requests raced: the other one created the row.
                db.Entry(user).State = EntityState.Detached;
                user = await db.Users.FirstAsync(u => u.Id == current.Key, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (now - user.LastSeenAt > TimeSpan.FromMinutes(1))
        {
            user.LastSeenAt = now;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return user;
    }
}
