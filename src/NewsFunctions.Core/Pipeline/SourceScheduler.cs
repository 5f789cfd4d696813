using Microsoft.Extensions.Logging;
using NewsFunctions.Sources;
using NewsFunctions.Storage;

namespace NewsFunctions.Pipeline;

/// <summary>Stage 1 (timer): one queue message per enabled source, so each source is read by its own invocation.</summary>
public sealed class SourceScheduler(SourceCatalog catalog, WorkQueues queues, ILogger<SourceScheduler> logger)
{
    public async Task<int> ScheduleAllAsync(CancellationToken cancellationToken = default)
    {
        var count = 0;
        foreach (var source in catalog.Enabled)
        {
            await queues.EnqueueAsync(new SourceMessage(source.Id), cancellationToken);
            count++;
        }

        logger.LogInformation("Scheduled {Count} sources for discovery", count);
        return count;
    }
}
