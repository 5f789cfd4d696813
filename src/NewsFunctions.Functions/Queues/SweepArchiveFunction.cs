using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsFunctions.Pipeline;
using NewsFunctions.Storage;

namespace NewsFunctions.Functions.Queues;

/// <summary>Lists one page of the raw archive, queues a re-extraction of each page in it, and queues the next page.</summary>
public sealed class SweepArchiveFunction(ArchiveReextractor reextractor, WorkQueues queues, ILogger<SweepArchiveFunction> logger)
{
    /// <remarks>The body is bound raw and read here, for the reason <see cref="QueueBodies"/> gives.</remarks>
    [Function("SweepArchive")]
    public async Task Run(
        [QueueTrigger("%ArchiveSweepsQueueName%", Connection = "AzureWebJobsStorage")] BinaryData message,
        CancellationToken cancellationToken)
    {
        if (await QueueBodies.ReadOrPoisonAsync(message, QueueMessages.ReadSweep, queues.Sweeps, queues, logger, cancellationToken) is { } sweep)
        {
            await reextractor.SweepAsync(sweep, cancellationToken);
        }
    }
}
