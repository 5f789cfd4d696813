using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using NewsFunctions.Configuration;
using NewsFunctions.Pipeline;

namespace NewsFunctions.Storage;

/// <summary>The two fan-out queues. Names come from the same settings the queue triggers name as <c>%Setting%</c>.</summary>
public sealed class WorkQueues
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public WorkQueues(StorageClients clients, IConfiguration configuration)
    {
        Sources = clients.Queues.GetQueueClient(NameOf(configuration, AppSettings.SourcesQueueName, AppSettings.SourcesQueueNameDefault));
        Articles = clients.Queues.GetQueueClient(NameOf(configuration, AppSettings.ArticlesQueueName, AppSettings.ArticlesQueueNameDefault));
    }

    public QueueClient Sources { get; }

    public QueueClient Articles { get; }

    public Task EnqueueAsync(SourceMessage message, CancellationToken cancellationToken = default) =>
        Sources.SendMessageAsync(JsonSerializer.Serialize(message, JsonOptions), cancellationToken);

    /// <param name="message">The article to process.</param>
    /// <param name="delay">How long the message stays invisible: a site's Retry-After, honoured without holding a worker.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    public Task EnqueueAsync(ArticleMessage message, TimeSpan? delay = null, CancellationToken cancellationToken = default) =>
        Articles.SendMessageAsync(JsonSerializer.Serialize(message, JsonOptions), delay, cancellationToken: cancellationToken);

    /// <summary>Where the Functions host moves a message after its last failed try.</summary>
    public static string PoisonQueueName(string queueName) => queueName + "-poison";

    public static string NameOf(IConfiguration configuration, string setting, string fallback) =>
        configuration[setting] is { Length: > 0 } name ? name : fallback;
}
