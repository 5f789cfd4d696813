using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Pipeline;

namespace NewsFunctions.Functions.Queues;

/// <summary>Fetches, extracts, enriches, archives and indexes one article.</summary>
public sealed class ProcessArticleFunction(ArticleProcessor processor)
{
    [Function("ProcessArticle")]
    public Task Run(
        [QueueTrigger("%ArticlesQueueName%", Connection = "AzureWebJobsStorage")] ArticleMessage message,
        CancellationToken cancellationToken) =>
        processor.ProcessAsync(message, cancellationToken);
}
