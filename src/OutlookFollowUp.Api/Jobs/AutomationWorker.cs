using Microsoft.Extensions.Options;

namespace OutlookFollowUp.Api.Jobs;

/// <summary>Takes due work from the durable queue and does it, one item at a time, a DI scope per item.</summary>
internal sealed class AutomationWorker(IServiceScopeFactory scopes, IOptions<JobsOptions> options, TimeProvider timeProvider) : BackgroundService
{
    private readonly string _name = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, timeProvider);
        do
        {
            await RunOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Does every item due now; returns how many were processed. Tests call this directly.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            IReadOnlyList<Data.WorkItem> claimed;
            await using (var scope = scopes.CreateAsyncScope())
            {
                claimed = await scope.ServiceProvider.GetRequiredService<WorkQueue>().ClaimAsync(_name, 10, cancellationToken).ConfigureAwait(false);
            }

            if (claimed.Count == 0)
            {
                return done;
            }

            foreach (var item in claimed)
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<WorkProcessor>().ProcessAsync(item, cancellationToken).ConfigureAwait(false);
                done++;
            }
        }

        return done;
    }
}
