using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using NewsFunctions.Configuration;
using NewsFunctions.Pipeline;

namespace NewsFunctions.Storage;

/// <summary>
/// The fan-out queues: sources and articles for the pipeline, archive sweeps and re-extractions for rebuilding the
/// archive's articles. Names come from the same settings the queue triggers name as <c>%Setting%</c>.
/// </summary>
public sealed class WorkQueues
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly StorageClients _clients;

    public WorkQueues(StorageClients clients, IConfiguration configuration)
    {
        _clients = clients;
        Sources = clients.Queues.GetQueueClient(NameOf(configuration, AppSettings.SourcesQueueName, AppSettings.SourcesQueueNameDefault));
        Articles = clients.Queues.GetQueueClient(NameOf(configuration, AppSettings.ArticlesQueueName, AppSettings.ArticlesQueueNameDefault));
        Sweeps = clients.Queues.GetQueueClient(NameOf(configuration, AppSettings.ArchiveSweepsQueueName, AppSettings.ArchiveSweepsQueueNameDefault));
        Reextracts = clients.Queues.GetQueueClient(NameOf(configuration, AppSettings.ReextractsQueueName, AppSettings.ReextractsQueueNameDefault));
    }

    public QueueClient Sources { get; }

    public QueueClient Articles { get; }

    public QueueClient Sweeps { get; }

    public QueueClient Reextracts { get; }

    public Task EnqueueAsync(SourceMessage message, CancellationToken cancellationToken = default) =>
        Sources.SendMessageAsync(JsonSerializer.Serialize(message, JsonOptions), cancellationToken);

    /// <param name="message">The article to process.</param>
    /// <param name="delay">How long the message stays invisible: a site's Retry-After, honoured without holding a worker.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    public Task EnqueueAsync(ArticleMessage message, TimeSpan? delay = null, CancellationToken cancellationToken = default) =>
        Articles.SendMessageAsync(JsonSerializer.Serialize(message, JsonOptions), delay, cancellationToken: cancellationToken);

    public Task EnqueueAsync(ArchiveSweepMessage message, CancellationToken cancellationToken = default) =>
        Sweeps.SendMessageAsync(JsonSerializer.Serialize(message, JsonOptions), cancellationToken);

    public Task EnqueueAsync(ReextractMessage message, CancellationToken cancellationToken = default) =>
        Reextracts.SendMessageAsync(JsonSerializer.Serialize(message, JsonOptions), cancellationToken);

    /// <summary>
    /// Puts a message that no try can process into <paramref name="queue"/>'s poison queue, exactly as it came, where the
    /// Functions host would put it after its last try: kept for whoever looks into it, without the pointless tries.
    /// </summary>
    /// <param name="queue">The queue the message came from.</param>
    /// <param name="body">The message's body as the trigger read it.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    public async Task SendToPoisonAsync(QueueClient queue, BinaryData body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var poison = _clients.Queues.GetQueueClient(PoisonQueueName(queue.Name));
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poison.SendMessageAsync(body, cancellationToken: cancellationToken);
    }

    /// <summary>Where the Functions host moves a message after its last failed try.</summary>
    public static string PoisonQueueName(string queueName) => queueName + "-poison";

    public static string NameOf(IConfiguration configuration, string setting, string fallback) =>
        configuration[setting] is { Length: > 0 } name ? name : fallback;
}
