using NewsFunctions.Fetching;

namespace NewsFunctions.Storage;

/// <summary>
/// Creates the containers, tables and queues the app uses. In Azure the Bicep template creates them too; doing it
/// here as well makes a fresh Azurite, or a renamed resource, work without a manual step.
/// </summary>
public sealed class StorageInitializer(ArticleArchive archive, ArticleIndex index, SourceState sources, HostSchedule hosts, WorkQueues queues)
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await Task.WhenAll(
            archive.Raw.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            archive.Articles.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            index.Articles.CreateIfNotExistsAsync(cancellationToken),
            index.Feed.CreateIfNotExistsAsync(cancellationToken),
            index.Seen.CreateIfNotExistsAsync(cancellationToken),
            sources.Table.CreateIfNotExistsAsync(cancellationToken),
            hosts.Table.CreateIfNotExistsAsync(cancellationToken),
            queues.Sources.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            queues.Articles.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            queues.Sweeps.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            queues.Reextracts.CreateIfNotExistsAsync(cancellationToken: cancellationToken));
    }
}
