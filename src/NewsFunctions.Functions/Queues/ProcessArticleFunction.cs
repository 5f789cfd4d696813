using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsFunctions.Pipeline;
using NewsFunctions.Storage;

namespace NewsFunctions.Functions.Queues;

/// <summary>Fetches, extracts, enriches, archives and indexes one article.</summary>
public sealed class ProcessArticleFunction(ArticleProcessor processor, WorkQueues queues, ILogger<ProcessArticleFunction> logger)
{
    /// <remarks>The body is bound raw and read here, for the reason <see cref="QueueBodies"/> gives.</remarks>
    [Function("ProcessArticle")]
    public async Task Run(
        [QueueTrigger("%ArticlesQueueName%", Connection = "AzureWebJobsStorage")] BinaryData message,
        CancellationToken cancellationToken)
    {
        if (await QueueBodies.ReadOrPoisonAsync(message, QueueMessages.ReadArticle, queues.Articles, queues, logger, cancellationToken) is { } article)
        {
            await processor.ProcessAsync(article, cancellationToken);
        }
    }
}
