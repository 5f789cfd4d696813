using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Pipeline;

namespace NewsFunctions.Functions.Queues;

/// <summary>Reads one source's feeds and queues the articles not seen before.</summary>
public sealed class DiscoverSourceFunction(SourceDiscoverer discoverer)
{
    [Function("DiscoverSource")]
    public Task Run(
        [QueueTrigger("%SourcesQueueName%", Connection = "AzureWebJobsStorage")] SourceMessage message,
        CancellationToken cancellationToken) =>
        discoverer.DiscoverAsync(message, cancellationToken);
}
