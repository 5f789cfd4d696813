using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsFunctions.Pipeline;
using NewsFunctions.Storage;

namespace NewsFunctions.Functions.Queues;

/// <summary>Extracts and enriches one archived article again from its raw page, without fetching it.</summary>
public sealed class ReextractArticleFunction(ArchiveReextractor reextractor, WorkQueues queues, ILogger<ReextractArticleFunction> logger)
{
    /// <remarks>The body is bound raw and read here, for the reason <see cref="QueueBodies"/> gives.</remarks>
    [Function("ReextractArticle")]
    public async Task Run(
        [QueueTrigger("%ReextractsQueueName%", Connection = "AzureWebJobsStorage")] BinaryData message,
        CancellationToken cancellationToken)
    {
        if (await QueueBodies.ReadOrPoisonAsync(message, QueueMessages.ReadReextract, queues.Reextracts, queues, logger, cancellationToken) is { } reextract)
        {
            await reextractor.ReextractAsync(reextract, cancellationToken);
        }
    }
}
