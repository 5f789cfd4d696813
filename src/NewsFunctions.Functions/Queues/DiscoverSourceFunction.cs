using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsFunctions.Pipeline;
using NewsFunctions.Storage;

namespace NewsFunctions.Functions.Queues;

/// <summary>Reads one source's feeds and queues the articles not seen before.</summary>
public sealed class DiscoverSourceFunction(SourceDiscoverer discoverer, WorkQueues queues, ILogger<DiscoverSourceFunction> logger)
{
    /// <remarks>The body is bound raw and read here, for the reason <see cref="ProcessArticleFunction.Run"/> gives.</remarks>
    [Function("DiscoverSource")]
    public async Task Run(
        [QueueTrigger("%SourcesQueueName%", Connection = "AzureWebJobsStorage")] BinaryData message,
        CancellationToken cancellationToken)
    {
        SourceMessage source;
        try
        {
            source = QueueMessages.ReadSource(message);
        }
        catch (InvalidMessageException e)
        {
            logger.LogError(e, "Queue {Queue}: {Reason} Moved to its poison queue without further tries", queues.Sources.Name, e.Message);
            await queues.SendToPoisonAsync(queues.Sources, message, cancellationToken);
            return;
        }

        await discoverer.DiscoverAsync(source, cancellationToken);
    }
}
