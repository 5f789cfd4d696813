using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsFunctions.Pipeline;
using NewsFunctions.Storage;

namespace NewsFunctions.Functions.Queues;

/// <summary>Fetches, extracts, enriches, archives and indexes one article.</summary>
public sealed class ProcessArticleFunction(ArticleProcessor processor, WorkQueues queues, ILogger<ProcessArticleFunction> logger)
{
    /// <remarks>
    /// The body is bound raw and read here: bound as an <see cref="ArticleMessage"/>, a body that is no article message
    /// failed every try (JSON null as a null reference in the stage) before it reached the poison queue.
    /// </remarks>
    [Function("ProcessArticle")]
    public async Task Run(
        [QueueTrigger("%ArticlesQueueName%", Connection = "AzureWebJobsStorage")] BinaryData message,
        CancellationToken cancellationToken)
    {
        ArticleMessage article;
        try
        {
            article = QueueMessages.ReadArticle(message);
        }
        catch (InvalidMessageException e)
        {
            logger.LogError(e, "Queue {Queue}: {Reason} Moved to its poison queue without further tries", queues.Articles.Name, e.Message);
            await queues.SendToPoisonAsync(queues.Articles, message, cancellationToken);
            return;
        }

        await processor.ProcessAsync(article, cancellationToken);
    }
}
