using Microsoft.EntityFrameworkCore;
using OutlookFollowUp.Api.Data;
using OutlookFollowUp.Workflow.Ledger;

namespace OutlookFollowUp.Api.Interviews;

/// <summary>Reads what the ledger tracks for a user (no writes).</summary>
internal sealed class TrackedInterviews(ServiceDbContext db)
{
    public async Task<IReadOnlyList<FollowUpRecord>> ListAsync(string userKey, CancellationToken cancellationToken) =>
        await db.FollowUps.AsNoTracking().Include(f => f.Drafts)
            .Where(f => f.MailboxId == userKey)
            .OrderByDescending(f => f.InterviewEnd)
            .Take(500)
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    public Task<FollowUpRecord?> GetAsync(string userKey, string followUpId, CancellationToken cancellationToken) =>
        db.FollowUps.AsNoTracking().Include(f => f.Drafts).FirstOrDefaultAsync(f => f.MailboxId == userKey && f.FollowUpId == followUpId, cancellationToken);
}
