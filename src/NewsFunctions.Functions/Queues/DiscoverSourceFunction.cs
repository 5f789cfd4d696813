using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsFunctions.Pipeline;
using NewsFunctions.Storage;

namespace NewsFunctions.Functions.Queues;

/// <summary>Reads one source's feeds and queues the articles not seen before.</summary>
public sealed class DiscoverSourceFunction(SourceDiscoverer discoverer, WorkQueues queues, ILogger<DiscoverSourceFunction> logger)
{
    /// <remarks>The body is bound raw and read here, for the reason <see cref="QueueBodies"/> gives.</remarks>
    [Function("DiscoverSource")]
    public async Task Run(
        [QueueTrigger("%SourcesQueueName%", Connection = "AzureWebJobsStorage")] BinaryData message,
        CancellationToken cancellationToken)
    {
        if (await QueueBodies.ReadOrPoisonAsync(message, QueueMessages.ReadSource, queues.Sources, queues, logger, cancellationToken) is { } source)
        {
            await discoverer.DiscoverAsync(source, cancellationToken);
        }
    }
}
